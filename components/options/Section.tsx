/** One titled section of the options page; its id is the navigation's anchor. */
import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  description?: ComponentChildren;
  actions?: ComponentChildren;
  children: ComponentChildren;
}

export function Section({ id, title, description, actions, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section class="card section" id={id} aria-labelledby={headingId}>
      <div class="section-head">
        <div>
          <h2 id={headingId}>{title}</h2>
          {description && <p class="section-description">{description}</p>}
        </div>
        {actions && <div class="section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
