/**
 * One enabled site's exclusions: CSS selectors of the page parts Ringside never scans (a ledger,
 * an internal notes panel), one per line. Each line is checked by the browser's CSS parser before
 * it is saved; a wrong line is named and nothing already saved is lost.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseSelectorLines } from '../../lib/detect/exclusions';
import type { Ack } from '../../lib/messages';
import { t } from '../../utils/i18n';
import { FieldErrors, invalidProps } from './FieldErrors';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';

export interface SiteExclusionsProps {
  /** "https://crm.example.com" */
  origin: string;
  /** The site's name as the list shows it. */
  label: string;
  saved: readonly string[];
  locked: boolean;
  onSave: (origin: string, selectors: string[]) => Promise<Ack>;
}

/** True when the browser parses `selector` as a selector list. */
function isSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function SiteExclusions({ origin, label, saved, locked, onSave }: SiteExclusionsProps) {
  const savedText = saved.join('\n');
  const [text, setText] = useState(savedText);
  const [errors, setErrors] = useState<string[]>([]);
  const { note, run } = useSaveFlow();
  useEffect(() => setText(savedText), [savedText]);
  const id = `exclude-${origin.replace(/[^a-z0-9]+/gi, '-')}`;

  const save = (event: Event) => {
    event.preventDefault();
    const parsed = parseSelectorLines(text, isSelector);
    setErrors(parsed.errors);
    if (parsed.errors.length) return;
    const count = parsed.selectors.length;
    void run(
      () => onSave(origin, parsed.selectors),
      count
        ? t('options.exclusions.saved', { site: label, count })
        : t('options.exclusions.none', { site: label }),
    );
  };

  return (
    <form class="site-exclusions" onSubmit={save}>
      <label class="field-label" for={id}>
        {t('options.exclusions.label', { site: label })}
      </label>
      <textarea
        id={id}
        class="input"
        rows={2}
        value={text}
        disabled={locked}
        placeholder="#ledger, .internal-notes"
        {...invalidProps(`${id}-err`, errors)}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <FieldErrors id={`${id}-err`} messages={errors} />
      <p class="hint">{t('options.exclusions.hint', { attribute: 'data-ringside="off"' })}</p>
      <button
        type="submit"
        class="btn btn-secondary btn-sm"
        disabled={locked || text === savedText}
      >
        {t('options.exclusions.save')}
      </button>
      <InlineNote note={note} />
    </form>
  );
}
