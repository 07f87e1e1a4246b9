/**
 * Why an imported document was refused: every problem, each with the path it names, and the
 * assurance that nothing changed.
 */
import { problemCount, splitPathError } from '../../lib/ui/errors';
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { SHOWN_PROBLEMS } from '../shared/SyncStatus';

export interface ImportErrorsProps {
  /** The file name or "the edited config". */
  source: string;
  /**
   * The background's one-sentence summary. It repeats the title and the list ("… is not a valid
   * account config (3 problems). Ringside keeps using …"), so it is shown only when there is no
   * list: a refusal with no problems to list (a policy, a missing kept config).
   */
  error: string;
  errors: readonly string[];
}

export function ImportErrors({ source, error, errors }: ImportErrorsProps) {
  const count = problemCount(errors);
  const listed = errors.filter((e) => !e.startsWith('… and '));
  return (
    <div class="alert alert-error import-errors" role="alert" data-testid="import-errors">
      <Icon name="error" />
      <div>
        <p class="import-errors-title">
          {count > 0
            ? t('options.import.refusedProblems', { source, count })
            : t('options.import.refused', { source })}
        </p>
        {error && count === 0 && <p>{error}</p>}
        {count > 0 && (
          <ul class="path-errors">
            {listed.slice(0, SHOWN_PROBLEMS).map((text, i) => {
              const { path, message } = splitPathError(text);
              return (
                <li key={i}>
                  {path && <code class="path">{path}</code>}
                  <span>{message}</span>
                </li>
              );
            })}
            {count > SHOWN_PROBLEMS && (
              <li class="more">{t('options.import.more', { count: count - SHOWN_PROBLEMS })}</li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
