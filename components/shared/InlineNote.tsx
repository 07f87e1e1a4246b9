/**
 * A short result next to a Save button ("Saved.", the error, or a warning that it was saved but
 * may not work), announced when it changes.
 */
import { Icon, type IconName } from './Icon';

export type Note = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

const ICON: Record<NonNullable<Note>['kind'], IconName> = {
  ok: 'check',
  warning: 'warning',
  error: 'error',
};

export function InlineNote({ note }: { note: Note }) {
  return (
    <span
      class={note ? `inline-note ${note.kind}` : 'inline-note'}
      role="status"
      aria-live="polite"
    >
      {note && <Icon name={ICON[note.kind]} size={14} />}
      {note?.text}
    </span>
  );
}
