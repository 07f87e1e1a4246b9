/**
 * The row actions of an account table (numbers, ring groups, agents), built once per table: each
 * action is a stable function (memoized rows do not render again when the page does) that applies
 * its edit to the latest draft, and `add` appends a new row the table's way. The three tables
 * differ only in `make` and `addRow`.
 */
import { useMemo } from 'preact/hooks';
import type { Draft } from '../../../lib/ui/draft';
import { useLatest } from './useLatest';

/** Applies an edit to the latest draft; the edit also gets the ids saved in the config in use. */
export type ApplyEdit = (edit: (draft: Draft, savedIds: ReadonlySet<string>) => Draft) => void;

export function useDraftActions<A>(
  props: { draft: Draft; onChange: (draft: Draft) => void; savedIds: ReadonlySet<string> },
  make: (apply: ApplyEdit) => A,
  addRow: (draft: Draft) => Draft,
): { actions: A; add: () => void } {
  const latest = useLatest({ ...props, make, addRow });
  return useMemo(() => {
    const apply: ApplyEdit = (edit) =>
      latest.current.onChange(edit(latest.current.draft, latest.current.savedIds));
    return {
      actions: latest.current.make(apply),
      add: () => apply((d) => latest.current.addRow(d)),
    };
  }, [latest]);
}
