/**
 * The options page's check of the draft account after every edit: `parseAccountConfig`'s errors
 * and warnings, plus what the editor refuses on top (lib/ui/table-rules.ts editorProblems: a
 * number listed twice, an email that is not one), each by path for the field it names.
 *
 * A small account is checked at once. A large one (10,000 numbers take hundreds of milliseconds)
 * is checked in slices that yield to the page between them, so typing never waits for it: until a
 * check finishes, the page shows the last one's messages, and a newer edit abandons it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseAccountConfig } from '../../../lib/caller-id/index';
import { parseAccountConfigInSlices } from '../../../lib/caller-id/config';
import type { AccountConfig, ParseResult } from '../../../lib/caller-id/types';
import type { Draft } from '../../../lib/ui/draft';
import { PathErrors } from '../../../lib/ui/errors';
import { e164Reader, editorProblems } from '../../../lib/ui/table-rules';
import { translator } from '../../../utils/i18n';

/** Drafts with more rows than this are checked in slices. */
export const CHECK_AT_ONCE_UP_TO = 500;

export interface DraftCheck {
  errors: PathErrors;
  warnings: PathErrors;
  /** The normalised config when the draft is valid (and the editor has nothing against it). */
  valid: AccountConfig | null;
  /** True while a sliced check of the latest draft runs. */
  checking: boolean;
}

const size = (d: Draft) => d.numbers.length + d.agents.length + d.ringGroups.length;

// A macrotask, so input events and rendering run between slices.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useDraftCheck(draft: Draft | null): DraftCheck {
  const small = !draft || size(draft) <= CHECK_AT_ONCE_UP_TO;
  const now = useMemo(() => (draft && small ? parseAccountConfig(draft) : null), [draft, small]);
  const [later, setLater] = useState<{ draft: Draft; result: ParseResult } | null>(null);
  useEffect(() => {
    if (!draft || small) return;
    let current = true;
    void parseAccountConfigInSlices(draft, { pause, sliceMs: 8 }).then((result) => {
      if (current) setLater({ draft, result });
    });
    return () => {
      current = false;
    };
  }, [draft, small]);
  const country = draft?.account.defaultCountry;
  const toE164 = useMemo(() => (country ? e164Reader(country) : null), [country]);
  // Written again in the new language when the page's language changes.
  const words = translator.value;
  const extra = useMemo(
    () => (draft && toE164 ? editorProblems(draft, toE164, words) : []),
    [draft, toE164, words],
  );
  const result = now ?? later?.result ?? null;
  return useMemo(() => {
    const errors = new PathErrors([...(result && !result.ok ? result.errors : []), ...extra]);
    // A warning where the editor already refuses (a number listed twice) would say it twice.
    const refused = new Set(new PathErrors(extra).all.map((e) => e.path));
    const warnings = new PathErrors(result?.ok ? result.warnings : []);
    return {
      errors,
      warnings: new PathErrors(warnings.all.filter((w) => !refused.has(w.path)).map((w) => w.text)),
      valid: result?.ok && extra.length === 0 ? result.config : null,
      checking: !small && later?.draft !== draft,
    };
  }, [result, extra, small, later, draft]);
}
