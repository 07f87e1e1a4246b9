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
import type { CallerIdChoice, CallerIdSelection } from './caller-id/types';
import type { SettingsPatch } from './db/schemas';
import type { SyncErrorKind } from './db/types';

export interface DialRequest {
  /** The number as found or typed: E.164, national or with an extension. */
  to: string;
  ext?: string;
  /** The country detection read the number in (PhoneMatch.region); the background checks it. */
  region?: CountryCode;
  /** Ignored from content scripts: the background takes the sender tab's title and URL. */
  pageTitle?: string;
  pageUrl?: string;
}

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
  | ({ ok: true; callId: number; selection: CallerIdSelection } & CallDisplay)
  /** `callId` is set when the attempt was logged (refused or failed calls are logged too). */
  | ({
      ok: false;
      error: string;
      callId?: number;
      selection?: CallerIdSelection;
    } & Partial<CallDisplay>);

export interface PreviewRequest {
  to: string;
  /** As in DialRequest. */
  region?: CountryCode;
}

export type PreviewResult =
  | ({ ok: true; e164: string; selection: CallerIdSelection } & CallDisplay)
  | { ok: false; error: string };

export type SyncResult =
  | {
      ok: true;
      changed: boolean;
      /** Why nothing was fetched, e.g. the source is the demo. */ skipped?: string;
    }
  | { ok: false; error: string; kind?: SyncErrorKind; details?: string[] };

export type Ack = { ok: true } | { ok: false; error: string };

export interface ImportConfigRequest {
  /** The JSON document as text (an edited document or an imported file's content). */
  text: string;
  /** Where it came from, shown next to the config: a file name, or "options page" by default. */
  origin?: string;
}

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
      /** CSS selectors the admin excluded on the sender's site (absent: none). */
      excludeSelectors?: string[];
    }
  | { ok: false; error: string };

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
  setChoice(req: { choice: CallerIdChoice }): Ack;
  /** Sign in as one of the account's agents (pages only; refused when policy sets the agent). */
  selectAgent(req: { agentId: string }): Ack;
  /** Change settings; locked fields are refused (pages only). */
  updateSettings(req: SettingsPatch): Ack;
  /** Apply an edited or imported document as the `local` source (pages only). */
  importConfig(req: ImportConfigRequest): ImportConfigResult;
  /** Make a kept snapshot the active config again, as the `local` source (pages only). */
  restoreSnapshot(req: { snapshotId: number }): ImportConfigResult;
}

export type MessageType = keyof ProtocolMap;
