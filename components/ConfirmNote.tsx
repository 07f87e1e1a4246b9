/**
 * Why a call needs an explicit "Call anyway" (calling hours, special-rate numbers): each
 * confirmation's sentence, announced when it appears.
 */
import type { CallConfirmation } from '../lib/messages';
import { Icon } from './Icon';

export function ConfirmNote({ items }: { items: CallConfirmation[] }) {
  if (items.length === 0) return null;
  return (
    <div class="confirm-note" role="alert" data-testid="confirm-note">
      {items.map((c) => (
        <p key={c.kind}>
          <Icon name="error" size={14} />
          {c.message}
        </p>
      ))}
      <p class="hint">Press “Call anyway” to place the call.</p>
    </div>
  );
}
