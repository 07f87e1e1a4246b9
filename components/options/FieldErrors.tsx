/**
 * The validation messages for one field, right under it, and the attributes that tie them to the
 * field for screen readers (`invalidProps`).
 */
import { Icon } from '../shared/Icon';

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="field-error" id={id}>
      {messages.map((m) => (
        <li key={m}>
          <Icon name="error" size={13} />
          <span>{m}</span>
        </li>
      ))}
    </ul>
  );
}

/** aria-invalid and aria-describedby for a field with messages; nothing for a valid one. */
export function invalidProps(id: string, messages: readonly string[]) {
  return messages.length > 0
    ? { 'aria-invalid': true as const, 'aria-describedby': id }
    : { 'aria-invalid': undefined, 'aria-describedby': undefined };
}
