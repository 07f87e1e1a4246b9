/** The softphone's messages, handed to its controller (../softphone.ts) when there is one. */
import type { Translator } from '../../i18n/translator';
import type { BackgroundContext, Handlers } from '../context';

const noSoftphone = (tr: Translator) => ({
  ok: false as const,
  error: tr.t('calls.provider.noSoftphone'),
});

export function softphoneHandlers(
  c: BackgroundContext,
): Handlers<'softphoneControl' | 'softphoneDevices' | 'setSipPassword' | 'softphoneReconnect'> {
  const { softphone } = c;
  return {
    async softphoneControl({ action, tone }) {
      return softphone ? softphone.control(action, tone) : noSoftphone(c.translator());
    },
    async softphoneDevices(req) {
      return softphone ? softphone.devices(req) : noSoftphone(c.translator());
    },
    async setSipPassword({ password }) {
      return softphone ? softphone.setPassword(password) : noSoftphone(c.translator());
    },
    async softphoneReconnect() {
      return softphone ? softphone.reconnect() : noSoftphone(c.translator());
    },
  };
}
