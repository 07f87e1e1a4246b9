/** Routes every message of lib/messages.ts to the background service, with the sender checked there. */
import { browser } from 'wxt/browser';
import type { BackgroundService } from '../../lib/background/service';
import type { MessageContext } from '../../lib/background/platform';
import { classifySender, MESSAGE_ACCESS } from '../../lib/messages-schema';
import type { MessageType } from '../../lib/messages';
import { onMessage } from '../../utils/messaging';

export function messageContext(sender: chrome.runtime.MessageSender): MessageContext {
  return {
    sender: classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    tabId: sender.tab?.id,
    tabTitle: sender.tab?.title,
    senderUrl: sender.url,
  };
}

/** Returns a function that removes the listeners again (tests register more than once). */
export function registerMessages(service: BackgroundService): () => void {
  const removers = (Object.keys(MESSAGE_ACCESS) as MessageType[]).map((type) =>
    onMessage(type, ({ data, sender }) => service.handle(type, data, messageContext(sender))),
  );
  return () => removers.forEach((remove) => remove());
}
