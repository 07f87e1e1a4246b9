/**
 * The warnings for one field, right under it: what `parseAccountConfig` warns about (an agent who
 * shares no ring group with any number, a number in no ring group). Saving is allowed; the admin
 * sees while editing what an import of the same document would have said.
 */
import { Icon } from '../shared/Icon';

export function FieldWarnings({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="field-warning" id={id}>
      {messages.map((m) => (
        <li key={m}>
          <Icon name="warning" size={13} />
          <span>{m}</span>
        </li>
      ))}
    </ul>
  );
}
