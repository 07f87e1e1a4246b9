/**
 * What `parseAccountConfig` warns about in the account being edited (the same warnings an import
 * of the document shows), listed once above the sections; each is also shown beside its field.
 * Saving is allowed: these are things the admin probably did not mean, not errors.
 */
import type { PathErrors } from '../../lib/ui/errors';
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';

/** The list shows this many; the rest are counted. */
const SHOWN = 20;

export function DraftWarnings({ warnings }: { warnings: PathErrors }) {
  if (warnings.count === 0) return null;
  const more = warnings.count - SHOWN;
  return (
    <div class="alert alert-warning problems" id="warnings">
      <Icon name="warning" />
      <div>
        <p>{t('options.warnings.title', { count: warnings.count })}</p>
        <ul class="path-errors">
          {warnings.all.slice(0, SHOWN).map((w, i) => (
            <li key={i}>
              {w.path && <code class="path">{w.path}</code>}
              <span>{w.message}</span>
            </li>
          ))}
          {more > 0 && <li>{t('options.warnings.more', { count: more })}</li>}
        </ul>
      </div>
    </div>
  );
}
