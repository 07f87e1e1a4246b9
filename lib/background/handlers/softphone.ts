/** The softphone's messages, handed to its controller (../softphone.ts) when there is one. */
import type { BackgroundContext, Handlers } from '../context';

const noSoftphone = () => ({ ok: false as const, error: 'The softphone is not available here.' });

export function softphoneHandlers(
  c: BackgroundContext,
): Handlers<'softphoneControl' | 'softphoneDevices' | 'setSipPassword' | 'softphoneReconnect'> {
  const { softphone } = c;
  return {
    async softphoneControl({ action, tone }) {
      return softphone ? softphone.control(action, tone) : noSoftphone();
    },
    async softphoneDevices(req) {
      return softphone ? softphone.devices(req) : noSoftphone();
    },
    async setSipPassword({ password }) {
      return softphone ? softphone.setPassword(password) : noSoftphone();
    },
    async softphoneReconnect() {
      return softphone ? softphone.reconnect() : noSoftphone();
    },
  };
}
