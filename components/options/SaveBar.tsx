/**
 * The account editor's save bar: it appears once the account has unsaved changes, says how many
 * problems stop it from being saved, and saves it as this computer's config through the background.
 */
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { InlineNote, type Note } from '../shared/InlineNote';

export interface SaveBarProps {
  dirty: boolean;
  problems: number;
  busy: boolean;
  note: Note;
  onSave: () => void;
  onDiscard: () => void;
}

export function SaveBar({ dirty, problems, busy, note, onSave, onDiscard }: SaveBarProps) {
  if (!dirty && !note) return null;
  return (
    <div class="save-bar" role="region" aria-label={t('options.saveBar.label')}>
      <div class="save-bar-inner">
        <span class="save-bar-text">
          {dirty ? (
            problems > 0 ? (
              <>
                <Icon name="error" class="danger" />
                {t('options.saveBar.problems', { count: problems })}
                <a href="#problems">{t('options.saveBar.show')}</a>
              </>
            ) : (
              <>
                <Icon name="info" />
                {t('options.saveBar.unsaved')}
              </>
            )
          ) : (
            <InlineNote note={note} />
          )}
        </span>
        {dirty && (
          <>
            {note?.kind === 'error' && <InlineNote note={note} />}
            <button type="button" class="btn btn-secondary" onClick={onDiscard} disabled={busy}>
              {t('options.saveBar.discard')}
            </button>
            <button
              type="button"
              class="btn btn-primary"
              onClick={onSave}
              disabled={busy || problems > 0}
            >
              {busy ? t('options.saving') : t('options.saveBar.save')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
