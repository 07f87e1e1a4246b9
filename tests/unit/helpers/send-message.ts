/**
 * Delivers a message to the background's wired listener the way @webext-core/messaging sends it
 * (through wxt's fake browser), and unwraps the answer: the background's unit tests talk to the
 * service exactly as a page does.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType } from '../../../lib/messages';

/** An extension page (the options page) as the sender. */
export const pageSender = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});

export async function sendMessage(
  type: MessageType,
  data: unknown,
  sender: object = pageSender(),
): Promise<unknown> {
  let respond!: (value: unknown) => void;
  const answer = new Promise<{ res?: unknown; err?: unknown }>(
    (resolve) => (respond = resolve as never),
  );
  // trigger() gives each listener's return value; settle them too, so a listener's rejection
  // fails the test instead of being lost.
  await Promise.all(
    await fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type, data, timestamp: Date.now() },
      sender,
      respond,
    ),
  );
  const { res, err } = await answer;
  if (err) throw new Error(JSON.stringify(err));
  return res;
}
