/**
 * The typed message protocol between content scripts, extension pages and the background.
 *
 * Send with `sendMessage` from utils/messaging.ts, e.g.
 *   const result = await sendMessage('dial', { to: '+14155550123', pageTitle: document.title });
 *
 * Every payload is checked by the background with the schemas in `lib/messages-schema.ts`, and
 * the sender is checked with `MESSAGE_ACCESS`: a content script runs in the CRM's origin and is
 * not trusted, so it may only ask for calls, previews and its detection options. Business
 * failures come back as `{ ok: false, error }` (never a thrown error), with `error` written for
 * the agent.
 *
 * Reading state needs no message: extension pages read Dexie with liveQuery (see lib/db/index.ts,
 * `loadStatus`). Writing goes through these messages, so the background can react (re-sync,
 * re-schedule, check policy locks).
 */
import type { CountryCode } from 'libphonenumber-js';
import type * as v from 'valibot';
import type { CallerIdSelection } from './caller-id/types';
import type { CardChoice, CardChoiceList } from './calls/card-choice';
import type { ProviderSettings, SyncErrorKind } from './db/types';
import type { CardLanguage, PrecompiledMessages } from './i18n/card-catalog-schema';
import type { Language } from './i18n/languages';
import type { PAYLOAD_SCHEMAS } from './messages-schema';

/**
 * Why a call needs the agent's explicit confirmation before it is placed. The background computes
 * them (lib/calls/destination-checks.ts …) for the preview and the dial alike; a dial whose
 * confirmations are not all in `DialRequest.confirmed` is refused with them.
 */
export type CallConfirmationKind = 'special-rate' | 'international' | 'calling-hours';

export interface CallConfirmation {
  kind: CallConfirmationKind;
  /** One sentence for the agent: "+1 900 555 0199 is a premium-rate number: …". */
  message: string;
}

/**
 * The payload of message `K`, declared once by its schema in lib/messages-schema.ts (which the
 * background checks every payload against).
 */
type Payload<K extends keyof typeof PAYLOAD_SCHEMAS> = v.InferOutput<(typeof PAYLOAD_SCHEMAS)[K]>;

/**
 * A call to place: `to` as found or typed, the confirmations given (`confirmed`), the caller-ID
 * number the agent was shown (`fromNumberId`) and the country detection read the number in
 * (`region`). Declared once, by its payload schema.
 */
export type DialRequest = Payload<'dial'>;

/**
 * The destination and the caller ID written for people, in the international format every
 * extension page uses ("+1 415 555 0100"). The background formats them with the full metadata, so
 * the content script, which has no formats, shows the same text as the popup and side panel.
 */
export interface CallDisplay {
  toDisplay: string;
  fromDisplay: string;
}

export type DialResult =
  /** `provider`: how the call left; a `tel` hand-off cannot carry the caller ID. */
  | ({
      ok: true;
      callId: number;
      selection: CallerIdSelection;
      provider?: ProviderSettings['kind'];
    } & CallDisplay)
  /** `callId` is set when the attempt was logged (refused or failed calls are logged too). */
  | ({
      ok: false;
      error: string;
      callId?: number;
      selection?: CallerIdSelection;
      /** Set when the only reason for the refusal is confirmations the agent has not given. */
      confirm?: CallConfirmation[];
      /** Set when the caller ID differs from the `fromNumberId` the agent was shown. */
      callerIdChanged?: true;
    } & Partial<CallDisplay>);

/** As in DialRequest: the number and the country it was read in. */
export type PreviewRequest = Payload<'previewCallerId'>;

export type PreviewResult =
  | ({
      ok: true;
      e164: string;
      selection: CallerIdSelection;
      /** What the agent must confirm before this call is placed; absent when nothing. */
      confirm?: CallConfirmation[];
      provider?: ProviderSettings['kind'];
      /** The destination's local time, "3:12 AM in Honolulu", when its time zone is known. */
      localTime?: string;
      /** The card's caller-ID dropdown (Customized mode only; lib/calls/card-choice.ts). */
      choice?: CardChoice;
    } & CallDisplay)
  | {
      ok: false;
      error: string;
      /**
       * The agent has not said who they are, or the one they said is gone (lib/calls/identity.ts):
       * the CRM card disables Call and says where to pick themselves.
       */
      needsAgent?: true;
    };

export type SyncResult =
  | {
      ok: true;
      changed: boolean;
      /** Why nothing was fetched, e.g. the source is the demo. */ skipped?: string;
    }
  | { ok: false; error: string; kind?: SyncErrorKind; details?: string[] };

export type Ack = { ok: true } | { ok: false; error: string };

/**
 * `text`: the JSON document as text (an edited document or an imported file's content).
 * `origin`: where it came from, shown next to the config: a file name, or "options page" by default.
 * Declared once, by its payload schema.
 */
export type ImportConfigRequest = Payload<'importConfig'>;

export type ImportConfigResult =
  | { ok: true; changed: boolean; warnings: string[] }
  /** `errors` holds every problem, one per line, each naming its path. */
  | { ok: false; error: string; errors: string[] };

export type PageContext =
  | {
      ok: true;
      /** Country for numbers written without a country code; null before any config is active. */
      defaultCountry: CountryCode | null;
      routeTelLinks: boolean;
      /**
       * False for a frame whose tab's top frame is not an enabled site (a page framing the CRM,
       * perhaps invisibly): the content script then marks nothing and offers no call there.
       */
      offerCalls: boolean;
      /** CSS selectors the admin excluded on the sender's site (absent: none). */
      excludeSelectors?: string[];
      /**
       * The language the card speaks: the settings' choice, else the browser's UI language.
       * Optional for a background that predates it (the card then follows the browser).
       */
      language?: Language;
      /**
       * The card's messages in `language`, parsed (lib/i18n/card-catalog-schema.ts): the content
       * script bundles English only. Absent for English.
       */
      cardCatalog?: PrecompiledMessages;
    }
  | { ok: false; error: string };

/**
 * A side-panel button of the softphone (docs/softphone.md); `tone`, for `dtmf`, is one key
 * (0-9 * # A-D). Declared once, by its payload schema.
 */
export type SoftphoneControlRequest = Payload<'softphoneControl'>;

export interface ProtocolMap {
  /** Place a call (content script or page). */
  dial(req: DialRequest): DialResult;
  /** Which number a call to `to` would use and why (content script or page). */
  previewCallerId(req: PreviewRequest): PreviewResult;
  /** Detection options for a content script (content script or page). */
  getPageContext(): PageContext;
  /** Fetch the sync URL now, ignoring backoff (pages only). */
  syncNow(): SyncResult;
  /** The agent's caller-ID choice for the active account (pages only). */
  setChoice(req: Payload<'setChoice'>): Ack;
  /** Sign in as one of the account's agents (pages only; refused when policy sets the agent). */
  selectAgent(req: Payload<'selectAgent'>): Ack;
  /** Change settings; locked fields are refused (pages only). */
  updateSettings(req: Payload<'updateSettings'>): Ack;
  /** Apply an edited or imported document as the `local` source (pages only). */
  importConfig(req: ImportConfigRequest): ImportConfigResult;
  /** Make a kept snapshot the active config again, as the `local` source (pages only). */
  restoreSnapshot(req: Payload<'restoreSnapshot'>): ImportConfigResult;
  /**
   * The caller-ID pick from the CRM card's dropdown (content script, after a trusted change
   * event). Checked like `setChoice`: only numbers the agent may use, only in Customized mode.
   */
  setChoiceFromCard(req: Payload<'setChoiceFromCard'>): Ack;
  /**
   * The options of the CRM card's caller-ID dropdown (content script, when the agent opens it;
   * each preview names the list's version, so the card asks again only when it changed).
   */
  getCardChoices(): { ok: true; list: CardChoiceList } | { ok: false; error: string };
  /** Hang up, mute, hold, keypad, answer, decline the softphone's call (pages only). */
  softphoneControl(req: SoftphoneControlRequest): Ack;
  /** Microphone and speaker of the softphone by deviceId, '' for the default (pages only). */
  softphoneDevices(req: Payload<'softphoneDevices'>): Ack;
  /** Save (or, empty, forget) the signed-in agent's SIP password and reconnect (pages only). */
  setSipPassword(req: Payload<'setSipPassword'>): Ack;
  /** Register again now instead of waiting for the next retry (pages only). */
  softphoneReconnect(): Ack;
}

export type MessageType = keyof ProtocolMap;

/**
 * What the background sends to content scripts (`tabs.sendMessage` to every tab; only Ringside's
 * content scripts listen). Checked by the content script (lib/i18n/card-catalog-schema.ts) like
 * every message it is sent.
 */
export interface ContentProtocolMap {
  /** The language in effect changed (the options page's picker): open cards switch to it. */
  cardLanguage(data: CardLanguage): void;
}
