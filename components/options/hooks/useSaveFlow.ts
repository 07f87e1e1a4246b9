/**
 * The one save flow of the options page's sections: busy while the background saves, then one
 * note beside the button ("Saved.", the refusal, or what went wrong). Every section saves through
 * it, so they all behave alike: a new attempt replaces the last note, and a "Saved." note is
 * dropped once something fails after it (a sync or an import the page shows elsewhere), so the
 * page never says "Saved." next to a newer failure.
 */
import { useState } from 'preact/hooks';
import { describeFailure } from '../../../lib/ui/errors';
import { t, translator } from '../../../utils/i18n';
import type { Note } from '../../shared/InlineNote';

/** What a save answers: the background's `Ack` and its richer relatives. */
export type SaveAnswer = { ok: true } | { ok: false; error: string };

export interface SaveFlowOptions {
  /** When the latest failure the page shows elsewhere happened (epoch ms), if any. */
  failedAt?: number;
}

export interface SaveFlow {
  busy: boolean;
  /** The note to show; null when there is none or a later failure made it stale. */
  note: Note;
  /** Shows a note of the section's own (a field to fix first, a warning after saving). */
  say: (note: Note) => void;
  /**
   * Runs `save`: busy meanwhile, then "Saved." (or `okText`), the refusal, or the failure as the
   * note. Resolves true when it was saved.
   */
  run: (save: () => Promise<SaveAnswer>, okText?: string) => Promise<boolean>;
}

interface Shown {
  note: Note;
  /** When the attempt that led to the note started: failures after it make "Saved." stale. */
  since: number;
}

export function useSaveFlow({ failedAt }: SaveFlowOptions = {}): SaveFlow {
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>({ note: null, since: 0 });

  const say = (note: Note) => setShown({ note, since: Date.now() });

  const run = async (save: () => Promise<SaveAnswer>, okText = t('options.saved')) => {
    const since = Date.now();
    setBusy(true);
    setShown({ note: null, since });
    try {
      const result = await save();
      setShown({
        note: result.ok ? { kind: 'ok', text: okText } : { kind: 'error', text: result.error },
        since,
      });
      return result.ok;
    } catch (error) {
      setShown({
        note: { kind: 'error', text: describeFailure(error, 'extension-page', translator.value) },
        since,
      });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const stale = shown.note?.kind === 'ok' && failedAt !== undefined && failedAt >= shown.since;
  return { busy, note: stale ? null : shown.note, say, run };
}
