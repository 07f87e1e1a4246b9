/**
 * The messages of one table row, by field, from the page's errors and warnings, plus one string
 * that changes exactly when any of them changes (what a memoized row compares).
 */
import type { PathErrors } from './errors';

export interface RowMessages {
  /** Errors for `${path}.${field}` (and, for the row's `own` fields, inside it). */
  errors: Record<string, string[]>;
  warnings: Record<string, string[]>;
  key: string;
}

/**
 * `fields` maps a field name to the paths it shows: `{ name: ['name', 'id', ''] }` shows messages
 * at `${path}.name`, `${path}.id` and `${path}` itself under the name; a path ending in `*` also
 * takes everything inside it (`ringGroups*`: `ringGroups[2]` too).
 */
export function rowMessages(
  errors: PathErrors,
  warnings: PathErrors | undefined,
  path: string,
  fields: Record<string, string[]>,
): RowMessages {
  const pick = (all: PathErrors | undefined) => {
    const out: Record<string, string[]> = {};
    for (const [field, subs] of Object.entries(fields)) {
      out[field] = all
        ? subs.flatMap((sub) => {
            const full = sub === '' ? path : `${path}.${sub.replace(/\*$/, '')}`;
            return sub.endsWith('*') ? all.within(full).map((e) => e.message) : all.at(full);
          })
        : [];
    }
    return out;
  };
  const e = pick(errors);
  const w = pick(warnings);
  return { errors: e, warnings: w, key: JSON.stringify([e, w]) };
}
