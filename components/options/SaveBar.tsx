/**
 * The account editor's save bar: it appears once the account has unsaved changes, says how many
 * problems stop it from being saved, and saves it as this computer's config through the background.
 */
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
    <div class="save-bar" role="region" aria-label="Unsaved account changes">
      <div class="save-bar-inner">
        <span class="save-bar-text">
          {dirty ? (
            problems > 0 ? (
              <>
                <Icon name="error" class="danger" />
                {problems} problem{problems === 1 ? '' : 's'} to fix before saving
                <a href="#problems">Show</a>
              </>
            ) : (
              <>
                <Icon name="info" />
                Unsaved changes to the account
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
              Discard
            </button>
            <button
              type="button"
              class="btn btn-primary"
              onClick={onSave}
              disabled={busy || problems > 0}
            >
              {busy ? 'Saving…' : 'Save changes'}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
