/**
 * The CRM sites Ringside runs on. Each site is enabled on its own (the browser asks for access to
 * that site only) and can be turned off again here.
 */
import { useState } from 'preact/hooks';
import type { Ack } from '../../lib/messages';
import { t } from '../../utils/i18n';
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
      setProblem(t('options.sites.invalid'));
      return;
    }
    setProblem(null);
    // `run` calls onAdd before it awaits anything: the permission request stays inside the click.
    const enabled = t('options.sites.enabled', { site: siteLabel(`${origin}/*`) });
    void run(() => onAdd(origin), enabled).then((added) => {
      if (added) setText('');
    });
  };

  const remove = (pattern: string) => {
    void run(() => onRemove(pattern), t('options.sites.turnedOff', { site: siteLabel(pattern) }));
  };

  return (
    <Section
      id="sites"
      title={t('options.sites.title')}
      description={t('options.sites.description')}
    >
      {sites === null ? (
        <p class="hint">{t('options.sites.reading')}</p>
      ) : sites.length > 0 ? (
        <ul class="site-list" aria-label={t('options.sites.listLabel')}>
          {sites.map((pattern) => (
            <li key={pattern} class="site-row">
              <Icon name="globe" />
              <span class="site-name">{siteLabel(pattern)}</span>
              <code class="id">{pattern}</code>
              <button
                type="button"
                class="btn btn-danger btn-sm"
                aria-label={t('options.sites.turnOffLabel', { site: siteLabel(pattern) })}
                onClick={() => remove(pattern)}
              >
                {t('options.sites.turnOff')}
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
        <p class="empty-state">{t('options.sites.none')}</p>
      )}
      <form class="inline-form" onSubmit={add}>
        <div class="field grow">
          <label class="field-label" for="site-add">
            {t('options.sites.addLabel')}
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
          {t('options.sites.add')}
        </button>
      </form>
      <InlineNote note={note} />
    </Section>
  );
}
