/**
 * Routes every message of lib/messages.ts to the background service, with the sender checked
 * there. The listener is our own (lib/background/router.ts says why): types are looked up as own
 * keys only, and replies use @webext-core/messaging's wire format so pages keep its sendMessage.
 */
import { browser } from 'wxt/browser';
import type { BackgroundService } from '../../lib/background/service';
import type { MessageContext } from '../../lib/background/platform';
import { dispatchMessage } from '../../lib/background/router';
import { classifySender } from '../../lib/messages-schema';

export function messageContext(sender: chrome.runtime.MessageSender): MessageContext {
  return {
    sender: classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    tabId: sender.tab?.id,
    tabTitle: sender.tab?.title,
    senderUrl: sender.url,
  };
}

/** Returns a function that removes the listener again (tests register more than once). */
export function registerMessages(service: BackgroundService): () => void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true => {
    void dispatchMessage(message, (type, data) =>
      service.handle(type, data, messageContext(sender)),
    ).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
