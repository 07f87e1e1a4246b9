/**
 * Why an imported document was refused: every problem, each with the path it names, and the
 * assurance that nothing changed.
 */
import { splitPathError } from '../lib/ui/errors';
import { Icon } from './Icon';

export interface ImportErrorsProps {
  /** The file name or "the edited config". */
  source: string;
  /** The one-sentence summary from the background. */
  error: string;
  errors: readonly string[];
}

export function ImportErrors({ source, error, errors }: ImportErrorsProps) {
  const count = errors.length;
  return (
    <div class="alert alert-error import-errors" role="alert" data-testid="import-errors">
      <Icon name="error" />
      <div>
        <p class="import-errors-title">
          {source} was not imported
          {count > 0 ? `: ${count} problem${count === 1 ? '' : 's'}` : ''}. Nothing was changed.
        </p>
        {error && <p>{error}</p>}
        {count > 0 && (
          <ul class="path-errors">
            {errors.map((text, i) => {
              const { path, message } = splitPathError(text);
              return (
                <li key={i}>
                  {path && <code class="path">{path}</code>}
                  <span>{message}</span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
