/**
 * The browser side of lib/background/softphone.ts: the offscreen document that holds the JsSIP
 * user agent (created on demand, with reasons USER_MEDIA and WEB_RTC), the messages to and from
 * it, the state in session storage (extension pages only: content scripts cannot read
 * storage.session), and the incoming-call notification.
 */
import { browser } from 'wxt/browser';
import type { SoftphoneController } from '../../lib/background/softphone';
import type { SoftphoneHost } from '../../lib/background/softphone';
import {
  checkOffscreenEvent,
  TO_OFFSCREEN,
  type OffscreenRequest,
} from '../../lib/softphone/protocol';
import { english } from '../../lib/i18n/english';
import type { Translator } from '../../lib/i18n/translator';
import { initialState, type SoftphoneState } from '../../lib/softphone/state';
import { softphoneUnavailable } from '../../lib/softphone/support';
import { errorMessage } from '../../lib/ui/errors';

export const SOFTPHONE_STATE_KEY = 'ringside.softphone';
const OFFSCREEN_PATH = 'offscreen.html';
const NOTIFICATION_PREFIX = 'ringside-call-';

const offscreenApi = (globalThis as { chrome?: typeof chrome }).chrome?.offscreen;

let creating: Promise<void> | null = null;

async function exists(): Promise<boolean> {
  if (!offscreenApi) return false;
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(`/${OFFSCREEN_PATH}`)],
  });
  return contexts.length > 0;
}

async function ensure(): Promise<void> {
  if (await exists()) return;
  creating ??= offscreenApi!
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['USER_MEDIA', 'WEB_RTC'] as chrome.offscreen.Reason[],
      justification: 'The softphone: a SIP user agent with the call’s microphone and audio.',
    })
    .catch((e: unknown) => {
      // Two wake-ups racing: the document exists, which is all we wanted.
      if (!String(e).includes('Only a single offscreen')) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Sends to the offscreen document, waiting for a freshly created one to add its listener. */
async function send(req: OffscreenRequest): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage({ [TO_OFFSCREEN]: req });
    } catch (e) {
      if (attempt >= 50 || !String(e).includes('Receiving end does not exist')) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The language of the incoming-call notification: the background's (set by index.ts). */
let translator: () => Translator = () => english;

export function setNotificationLanguage(current: () => Translator): void {
  translator = current;
}

export const softphoneHost: SoftphoneHost = {
  // A getter: the reason is read when a call or the side panel asks, in the language then.
  get unavailable() {
    return offscreenApi ? null : softphoneUnavailable('firefox', translator());
  },
  exists,
  async request(req) {
    try {
      await ensure();
      const reply = (await send(req)) as { ok: boolean; error?: string } | undefined;
      if (!reply) return { ok: false, error: translator().t('softphone.host.noAnswer') };
      return reply.ok
        ? { ok: true }
        : { ok: false, error: reply.error ?? translator().t('softphone.host.refused') };
    } catch (e) {
      return {
        ok: false,
        error: translator().t('softphone.host.unreachable', { detail: errorMessage(e) }),
      };
    }
  },
  async readState() {
    const { [SOFTPHONE_STATE_KEY]: state } = await browser.storage.session.get(SOFTPHONE_STATE_KEY);
    return (state as SoftphoneState | undefined) ?? initialState(translator());
  },
  async writeState(state) {
    await browser.storage.session.set({ [SOFTPHONE_STATE_KEY]: state });
  },
  async sessionGet(key) {
    return (await browser.storage.session.get(key))[key];
  },
  async sessionSet(key, value) {
    await browser.storage.session.set({ [key]: value });
  },
  async notifyIncoming(id, caller) {
    if (!browser.notifications) return;
    const tr = translator();
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: tr.t('background.incoming.title'),
      message: tr.t('background.incoming.message', { caller }),
      requireInteraction: true,
      ...(import.meta.env.FIREFOX
        ? {}
        : {
            buttons: [
              { title: tr.t('background.incoming.answer') },
              { title: tr.t('background.incoming.decline') },
            ],
          }),
    } as chrome.notifications.NotificationCreateOptions);
  },
  async clearNotification(id) {
    if (browser.notifications) await browser.notifications.clear(`${NOTIFICATION_PREFIX}${id}`);
  },
};

/**
 * Listens to the offscreen document's events and the notification's buttons. Added on the
 * worker's first turn, so the event that woke a stopped worker reaches it.
 */
export function wireSoftphone(controller: SoftphoneController): void {
  const offscreenUrl = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: chrome.runtime.MessageSender) => {
      const checked = checkOffscreenEvent(message, sender, browser.runtime.id, offscreenUrl);
      if (!checked) return undefined;
      if (!checked.ok) {
        console.warn(`Ringside: ${checked.error}`);
        return undefined;
      }
      return controller.onEvent(checked.value).then(
        () => ({ ok: true }),
        (e: unknown) => {
          console.error('Ringside: softphone event failed', e);
          return { ok: false };
        },
      );
    },
  );
  const notifications = (browser as unknown as { notifications?: typeof chrome.notifications })
    .notifications;
  notifications?.onButtonClicked?.addListener((notificationId: string, button: number) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    void controller.control(button === 0 ? 'answer' : 'decline');
  });
  notifications?.onClicked?.addListener((notificationId: string) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    // A click on the notification is a user gesture: show the softphone to answer there. Not in
    // the Firefox build, which has no softphone nor sidePanel (the build drops this branch, so
    // the add-on linter sees no call to an API Firefox lacks).
    if (import.meta.env.FIREFOX) return;
    void chrome.windows
      ?.getLastFocused()
      .then((w) => (w.id !== undefined ? chrome.sidePanel?.open({ windowId: w.id }) : undefined))
      .catch(() => undefined);
  });
}
