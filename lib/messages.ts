/**
 * The typed message protocol between content scripts, extension pages and the background.
 * Payload shapes are checked by the background with the schemas in `lib/messages-schema.ts`:
 * a content script runs in the CRM's origin and is not trusted.
 */
import type { CallerIdChoice, CallerIdSelection } from './caller-id/types';

export interface DialRequest {
  /** The number as found or typed: E.164, national or with an extension. */
  to: string;
  ext?: string;
  pageTitle?: string;
  pageUrl?: string;
}

export type DialResult =
  | { ok: true; callId: number; selection: CallerIdSelection }
  | { ok: false; error: string; selection?: CallerIdSelection };

export interface PreviewRequest {
  to: string;
}

export type PreviewResult =
  { ok: true; e164: string; selection: CallerIdSelection } | { ok: false; error: string };

export type SyncResult = { ok: true; changed: boolean } | { ok: false; error: string };

export interface ProtocolMap {
  dial(req: DialRequest): DialResult;
  previewCallerId(req: PreviewRequest): PreviewResult;
  syncNow(): SyncResult;
  setChoice(req: { choice: CallerIdChoice }): { ok: true } | { ok: false; error: string };
}
