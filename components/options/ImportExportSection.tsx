/**
 * JSON import and export of the account config. An import is checked by the background with
 * `parseAccountConfig`; a refused one lists every problem by path and changes nothing.
 */
import { useState } from 'preact/hooks';
import type { AccountConfig } from '../../lib/caller-id/types';
import type { ImportConfigResult } from '../../lib/messages';
import { describeFailure } from '../../lib/ui/errors';
import { t, translator } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { ImportErrors } from './ImportErrors';
import { LockedNote } from './LockedNote';
import { Section } from './Section';

export interface ImportExportSectionProps {
  onImport: (text: string, fileName: string) => Promise<ImportConfigResult>;
  /** The config in use, exported as it is. */
  active: AccountConfig | null;
  locked?: boolean;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'done'; fileName: string; result: ImportConfigResult };

export function exportFileName(config: AccountConfig, at = new Date()): string {
  const day = at.toISOString().slice(0, 10);
  const id = config.account.id.replace(/[^\w.-]+/g, '-') || 'account';
  return `ringside-${id}-${day}.json`;
}

export function ImportExportSection({
  onImport,
  active,
  locked = false,
}: ImportExportSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const pickFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after fixing it
    if (!file) return;
    setOutcome({ kind: 'busy', fileName: file.name });
    let result: ImportConfigResult;
    try {
      result = await onImport(await file.text(), file.name);
    } catch (error) {
      result = {
        ok: false,
        error: describeFailure(error, 'extension-page', translator.value),
        errors: [],
      };
    }
    setOutcome({ kind: 'done', fileName: file.name, result });
  };

  const exportActive = () => {
    if (!active) return;
    const blob = new Blob([JSON.stringify(active, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(active);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <Section
      id="import-export"
      title={t('options.importExport.title')}
      description={t('options.importExport.description')}
    >
      {locked && <LockedNote />}
      <div class="button-row">
        <label
          class={
            locked ? 'btn btn-secondary file-button disabled' : 'btn btn-secondary file-button'
          }
        >
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            disabled={locked}
            aria-describedby="import-hint"
            onChange={(e) => void pickFile(e.currentTarget)}
          />
          <Icon name="upload" />
          {t('options.importExport.import')}
        </label>
        <button type="button" class="btn btn-secondary" disabled={!active} onClick={exportActive}>
          <Icon name="download" />
          {t('options.importExport.export')}
        </button>
      </div>
      <p class="hint" id="import-hint">
        {t('options.importExport.hint')}
      </p>
      <div aria-live="polite">
        {outcome.kind === 'busy' && (
          <p class="hint">{t('options.importExport.checking', { file: outcome.fileName })}</p>
        )}
        {outcome.kind === 'done' && outcome.result.ok && (
          <div class="alert alert-ok" role="status" data-testid="import-ok">
            <Icon name="ok" />
            <div>
              <p>
                {outcome.result.changed
                  ? t('options.importExport.imported', { file: outcome.fileName })
                  : t('options.importExport.importedSame', { file: outcome.fileName })}
              </p>
              {outcome.result.warnings.length > 0 && (
                <ul class="path-errors">
                  {outcome.result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </div>
      {outcome.kind === 'done' && !outcome.result.ok && (
        <ImportErrors
          source={outcome.fileName}
          error={outcome.result.error}
          errors={outcome.result.errors}
        />
      )}
    </Section>
  );
}
