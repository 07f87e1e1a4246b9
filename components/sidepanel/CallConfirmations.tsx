/**
 * What a call needs confirming before it is placed (a premium-rate or other costly destination,
 * lib/calls/destination-checks.ts), in the side panel: each message, and what to do next. The
 * Call button beside it turns into "Call anyway" after a first click (lib/ui/confirm-gate.ts).
 */
import type { ConfirmView } from '../../lib/ui/confirm-gate';
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';

export function CallConfirmations({ view }: { view: ConfirmView }) {
  if (!view.messages.length) return null;
  return (
    <div class="call-confirm" role="alert" data-testid="call-confirm">
      {view.messages.map((message) => (
        <p key={message}>
          <Icon name="warning" size={14} />
          <span>{message}</span>
        </p>
      ))}
      <p class="call-confirm-ask">
        {view.armed ? t('sidepanel.confirm.armed') : t('sidepanel.confirm.needed')}
      </p>
    </div>
  );
}
