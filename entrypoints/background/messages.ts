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
import { isSiteEnabled } from '../../utils/sites';

export function messageContext(sender: chrome.runtime.MessageSender): MessageContext {
  return {
    sender: classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    tabId: sender.tab?.id,
    tabTitle: sender.tab?.title,
    senderUrl: sender.url,
  };
}

/**
 * Whether a content script's tab shows an enabled site in its top frame. The script runs only on
 * enabled sites, but in every frame of them, so a page anywhere can frame an enabled CRM (even
 * invisibly) and have the agent click into it. The top frame's address is in `sender.tab.url`
 * only when Ringside may read that site; a site it may not read is not enabled.
 */
async function topFrameEnabled(sender: chrome.runtime.MessageSender): Promise<boolean> {
  if (sender.frameId === 0) return true;
  const url = sender.tab?.url;
  if (!url) return false;
  try {
    return await isSiteEnabled(url);
  } catch {
    return false;
  }
}

/** The context of a message, with the top frame checked for content scripts. */
export async function fullMessageContext(
  sender: chrome.runtime.MessageSender,
): Promise<MessageContext> {
  const context = messageContext(sender);
  if (context.sender === 'content') context.topFrameEnabled = await topFrameEnabled(sender);
  return context;
}

/** Returns a function that removes the listener again (tests register more than once). */
export function registerMessages(service: BackgroundService): () => void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true => {
    void dispatchMessage(message, async (type, data) =>
      service.handle(type, data, await fullMessageContext(sender)),
    ).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
