/**
 * The CRM sites Ringside runs on. Each site is enabled on its own (the browser asks for access to
 * that site only) and can be turned off again here.
 */
import { useState } from 'preact/hooks';
import type { Ack } from '../../lib/messages';
import { FieldErrors, invalidProps } from './FieldErrors';
import { Icon } from '../shared/Icon';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';
import { Section } from './Section';
import { SiteExclusions } from './SiteExclusions';

export interface SitesSectionProps {
  /** Match patterns such as "https://acme.lightning.force.com/*"; null while they are read. */
  sites: string[] | null;
  /** Call from the click itself: the browser's permission prompt needs the user's gesture. */
  onAdd: (origin: string) => Promise<Ack>;
  onRemove: (pattern: string) => Promise<Ack>;
  /** The admin's exclusions per site origin, and how to save one site's list. */
  exclusions?: Readonly<Record<string, readonly string[]>>;
  exclusionsLocked?: boolean;
  onSaveExclusions?: (origin: string, selectors: string[]) => Promise<Ack>;
}

/** "https://crm.example.com/*" → "https://crm.example.com" (the key of its exclusions). */
export function patternOrigin(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\//.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : null;
}

/** "crm.example.com" or "https://crm.example.com/x" → "https://crm.example.com"; null if not a site. */
export function siteOrigin(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // "crm.example.com." (a fully qualified name) is the same site, but a pattern with the dot
    // would never match its pages, and the note would read "Enabled on crm.example.com..".
    url.hostname = url.hostname.replace(/\.$/, '');
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** "https://crm.example.com/*" → "crm.example.com" (with the scheme when it is not https). */
export function siteLabel(pattern: string): string {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return pattern;
  return match[1] === 'https' ? match[2]! : `${match[1]}://${match[2]}`;
}

export function SitesSection({
  sites,
  onAdd,
  onRemove,
  exclusions = {},
  exclusionsLocked = false,
  onSaveExclusions,
}: SitesSectionProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { note, run } = useSaveFlow();

  const add = (event: Event) => {
    event.preventDefault();
    const origin = siteOrigin(text);
    if (!origin) {
      setProblem('Enter a site address such as crm.example.com or https://crm.example.com.');
      return;
    }
    setProblem(null);
    // `run` calls onAdd before it awaits anything: the permission request stays inside the click.
    void run(() => onAdd(origin), `Enabled on ${siteLabel(`${origin}/*`)}.`).then((added) => {
      if (added) setText('');
    });
  };

  const remove = (pattern: string) => {
    void run(() => onRemove(pattern), `Turned off on ${siteLabel(pattern)}.`);
  };

  return (
    <Section
      id="sites"
      title="Sites"
      description="Ringside finds phone numbers and adds click-to-call only on the sites enabled here or from the toolbar popup."
    >
      {sites === null ? (
        <p class="hint">Reading the enabled sites…</p>
      ) : sites.length > 0 ? (
        <ul class="site-list" aria-label="Enabled sites">
          {sites.map((pattern) => (
            <li key={pattern} class="site-row">
              <Icon name="globe" />
              <span class="site-name">{siteLabel(pattern)}</span>
              <code class="id">{pattern}</code>
              <button
                type="button"
                class="btn btn-danger btn-sm"
                aria-label={`Turn off on ${siteLabel(pattern)}`}
                onClick={() => remove(pattern)}
              >
                Turn off
              </button>
              {onSaveExclusions && patternOrigin(pattern) && (
                <SiteExclusions
                  origin={patternOrigin(pattern)!}
                  label={siteLabel(pattern)}
                  saved={exclusions[patternOrigin(pattern)!] ?? []}
                  locked={exclusionsLocked}
                  onSave={onSaveExclusions}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty-state">No sites enabled yet.</p>
      )}
      <form class="inline-form" onSubmit={add}>
        <div class="field grow">
          <label class="field-label" for="site-add">
            Enable a site
          </label>
          <input
            id="site-add"
            class="input"
            value={text}
            placeholder="crm.example.com"
            {...invalidProps('site-add-err', problem ? [problem] : [])}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <FieldErrors id="site-add-err" messages={problem ? [problem] : []} />
        </div>
        <button type="submit" class="btn btn-secondary">
          <Icon name="plus" size={14} />
          Enable
        </button>
      </form>
      <InlineNote note={note} />
    </Section>
  );
}
