/** What every account table of the options page receives. */
import type { Draft } from '../../lib/ui/draft';
import type { PathErrors } from '../../lib/ui/errors';

export interface TableProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: PathErrors;
  /** `parseAccountConfig`'s warnings, shown beside their fields; saving is still allowed. */
  warnings?: PathErrors;
  /** Ids saved in the config in use: their ids stay, new rows get ids from their names. */
  savedIds: ReadonlySet<string>;
  locked?: boolean;
}
