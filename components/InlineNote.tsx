/** A short result next to a Save button ("Saved.", or the error), announced when it changes. */
import { Icon } from './Icon';

export type Note = { kind: 'ok' | 'error'; text: string } | null;

export function InlineNote({ note }: { note: Note }) {
  return (
    <span
      class={note ? `inline-note ${note.kind}` : 'inline-note'}
      role="status"
      aria-live="polite"
    >
      {note && <Icon name={note.kind === 'ok' ? 'check' : 'error'} size={14} />}
      {note?.text}
    </span>
  );
}
