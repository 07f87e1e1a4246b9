/**
 * The one way a config document becomes active: parse (when text), validate with
 * `parseAccountConfig`, then store. A document that fails never replaces the active config; its
 * error and every message are recorded in the sync state for the options page and the popup.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { parseAccountConfig } from '../caller-id';
import { parseAccountConfigInSlices, type ParseProgress } from '../caller-id/config';
import { prepareConfigIndex } from '../caller-id/config-index';
import { parseJsonInSlices, parseJsonOnce } from '../sync/json-slices';
import { getActiveInfo, sha256Hex, storeValidSnapshot } from './configs';
import type { RingsideDb } from './schema';
import { recordConfigError } from './sync-state';
import type { ConfigSnapshot, ConfigSourceKind, SyncError } from './types';

export interface ConfigMeta {
  source: ConfigSourceKind;
  /** The sync URL, a file name, "options page" or "bundled demo account". */
  origin: string;
  etag?: string;
  at: number;
  /**
   * Validate in slices, waiting on this between them (a macrotask in the background), so a large
   * document does not hold up the worker's other messages. Without it, one synchronous pass.
   */
  pause?: () => Promise<void>;
  onProgress?: (progress: ParseProgress) => void | Promise<void>;
  /** Hears the snapshot just stored (the background keeps it in memory instead of re-reading it). */
  onStored?: (snapshot: ConfigSnapshot) => void;
  /** The language of the error and of each problem (the background's); English when absent. */
  translator?: Translator;
}

/**
 * At most this many problems are stored and sent to the pages, then one line "… and N more
 * problems": a document with 100,000 bad numbers must not turn into 100,000 stored messages.
 */
export const MAX_STORED_PROBLEMS = 200;

/** The first `max` problems, plus one line that counts the rest. */
export function capProblems(problems: readonly string[], max = MAX_STORED_PROBLEMS): string[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.length - max;
  return [...problems.slice(0, max), `… and ${rest} more problem${rest === 1 ? '' : 's'}`];
}

export type ApplyResult =
  | { ok: true; changed: boolean; snapshot: ConfigSnapshot; warnings: string[] }
  | { ok: false; error: SyncError };

/** Appended to every failure message, so the person knows nothing changed. */
export async function keptConfigNote(db: RingsideDb, tr: Translator = english): Promise<string> {
  const active = await getActiveInfo(db);
  return active
    ? tr.t('config.apply.kept', { account: active.accountName })
    : tr.t('config.apply.noneActive');
}

/**
 * `input` is the document as text (from the network or an import) or as a parsed value (the
 * bundled demo, a kept snapshot). The hash is taken over the text as received.
 */
export async function applyConfigDocument(
  db: RingsideDb,
  input: string | unknown,
  meta: ConfigMeta,
): Promise<ApplyResult> {
  const tr = meta.translator ?? english;
  const fail = async (
    kind: 'json' | 'schema',
    what: string,
    details: string[],
  ): Promise<ApplyResult> => {
    const error: SyncError = {
      at: meta.at,
      kind,
      message: `${what} ${await keptConfigNote(db, tr)}`,
      details: capProblems(details),
      source: meta.source,
      origin: meta.origin,
    };
    await recordConfigError(db, error);
    return { ok: false, error };
  };

  let value: unknown = input;
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (typeof input === 'string') {
    // Read in slices too when validation is (a 1 MB document is one long JSON.parse otherwise).
    const json = meta.pause
      ? await parseJsonInSlices(input, { pause: meta.pause })
      : parseJsonOnce(input);
    if (json.ok) value = json.value;
    else {
      const reason = json.reason;
      const empty = input.trim() === '';
      const origin = meta.origin;
      return fail(
        'json',
        empty
          ? tr.t('config.apply.empty', { origin })
          : tr.t('config.apply.notJson', { origin, reason }),
        [empty ? tr.t('config.apply.emptyDetail') : tr.t('config.apply.syntax', { reason })],
      );
    }
  }
  // Each phase (reading, checking, indexing, hashing, storing) starts a task of its own, so the
  // end of one and the start of the next never add up to one long task.
  await meta.pause?.();
  const parsed = meta.pause
    ? await parseAccountConfigInSlices(value, {
        pause: meta.pause,
        onProgress: meta.onProgress,
        translator: tr,
      })
    : parseAccountConfig(value, { translator: tr });
  if (!parsed.ok) {
    return fail(
      'schema',
      tr.t('config.apply.invalid', { origin: meta.origin, count: parsed.errors.length }),
      parsed.errors,
    );
  }
  // The new config's selection index, built in slices before it becomes active: the first
  // preview after the swap finds it instead of building it while the page waits.
  if (meta.pause) {
    await meta.pause();
    await prepareConfigIndex(parsed.config, { pause: meta.pause });
    await meta.pause();
  }
  const hash = await sha256Hex(text, meta.pause);
  const { changed, snapshot } = await storeValidSnapshot(db, {
    config: parsed.config,
    warnings: parsed.warnings,
    hash,
    source: meta.source,
    origin: meta.origin,
    etag: meta.etag,
    at: meta.at,
    pause: meta.pause,
  });
  meta.onStored?.(snapshot);
  return { ok: true, changed, snapshot, warnings: parsed.warnings };
}
