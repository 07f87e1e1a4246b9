/**
 * Who may send each message, and the schema its payload must pass. The background applies both
 * before any handler runs (see `checkMessage`).
 */
import * as v from 'valibot';
import { CallerIdChoiceSchema } from './caller-id/choice-schema';
import { describeIssues, SettingsPatchSchema } from './db/schemas';
import type { CallConfirmationKind, MessageType, ProtocolMap } from './messages';
import { countryCodeSchema } from './phone/country-code';
import { CONTROL_ACTIONS } from './softphone/protocol';

/** `content`: content scripts and extension pages. `page`: extension pages only. */
export type MessageAccess = 'content' | 'page';

export const MESSAGE_ACCESS: Record<MessageType, MessageAccess> = {
  dial: 'content',
  previewCallerId: 'content',
  getPageContext: 'content',
  syncNow: 'page',
  setChoice: 'page',
  selectAgent: 'page',
  updateSettings: 'page',
  importConfig: 'page',
  restoreSnapshot: 'page',
  setChoiceFromCard: 'content',
  getCardChoices: 'content',
  softphoneControl: 'page',
  softphoneDevices: 'page',
  setSipPassword: 'page',
  softphoneReconnect: 'page',
};

// Generous limits: they bound what a hostile page can make the background store, nothing more.
const phoneText = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'is empty'),
  v.maxLength(64, 'is longer than 64 characters'),
);
const shortText = v.pipe(
  v.string('must be a string'),
  v.maxLength(2048, 'is longer than 2048 characters'),
);
const noPayload = v.optional(v.undefined('takes no payload'));
const CONFIRMATION_KINDS = [
  'special-rate',
  'international',
  'calling-hours',
] as const satisfies readonly CallConfirmationKind[];
/**
 * The country detection read the number in (PhoneMatch.region): one libphonenumber knows; the
 * pipeline also checks that the number belongs to it.
 */
const region = v.optional(
  countryCodeSchema('must be a two-letter country code libphonenumber knows, such as "US"'),
);

export const PAYLOAD_SCHEMAS = {
  dial: v.strictObject({
    /** The number as found or typed: E.164, national or with an extension. */
    to: phoneText,
    ext: v.optional(v.pipe(v.string(), v.regex(/^\d{1,10}$/, 'must be 1 to 10 digits'))),
    /** The confirmations the agent gave with a second, explicit click ("Call anyway"). */
    confirmed: v.optional(
      v.pipe(
        v.array(v.picklist(CONFIRMATION_KINDS, 'is not a kind of confirmation')),
        v.maxLength(CONFIRMATION_KINDS.length * 2, 'has too many entries'),
      ),
    ),
    /**
     * The caller-ID number id the agent was shown. When the call would now use another number
     * (the config or the choice changed since), the call is refused and the new one is shown.
     */
    fromNumberId: v.optional(
      v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(256, 'is too long')),
    ),
    region,
    /** Ignored from content scripts: the background takes the sender tab's title and URL. */
    pageTitle: v.optional(shortText),
    pageUrl: v.optional(shortText),
  }),
  previewCallerId: v.strictObject({ to: phoneText, region }),
  getPageContext: noPayload,
  syncNow: noPayload,
  setChoice: v.strictObject({ choice: CallerIdChoiceSchema }),
  selectAgent: v.strictObject({ agentId: v.pipe(v.string(), v.minLength(1, 'is empty')) }),
  updateSettings: SettingsPatchSchema,
  importConfig: v.strictObject({
    text: v.pipe(v.string('must be a string'), v.maxLength(5_000_000, 'is larger than 5 MB')),
    origin: v.optional(v.pipe(v.string(), v.maxLength(256))),
  }),
  restoreSnapshot: v.strictObject({ snapshotId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  setChoiceFromCard: v.strictObject({ choice: CallerIdChoiceSchema }),
  getCardChoices: noPayload,
  softphoneControl: v.strictObject({
    action: v.picklist(CONTROL_ACTIONS),
    tone: v.optional(v.pipe(v.string(), v.regex(/^[0-9*#A-D]$/, 'must be one keypad key'))),
  }),
  softphoneDevices: v.strictObject({
    input: v.optional(v.pipe(v.string(), v.maxLength(256))),
    output: v.optional(v.pipe(v.string(), v.maxLength(256))),
  }),
  setSipPassword: v.strictObject({
    password: v.pipe(
      v.string('must be a string'),
      v.maxLength(256, 'is longer than 256 characters'),
    ),
  }),
  softphoneReconnect: noPayload,
} satisfies Record<MessageType, v.GenericSchema>;

/** What the background knows of a sender, reduced to what the checks need. */
export type SenderKind = 'page' | 'content' | 'foreign';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Extension pages have URLs under this extension's origin; content scripts report the page's URL
 * and this extension's id. Anything else (another extension, a web page) is foreign.
 */
export function classifySender(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const origin = extensionOrigin.replace(/\/$/, '');
  if (sender.url && (sender.url === origin || sender.url.startsWith(`${origin}/`))) return 'page';
  if (sender.tab) return 'content';
  return 'foreign';
}

export type CheckedMessage<T extends MessageType> =
  { ok: true; data: Parameters<ProtocolMap[T]>[0] } | { ok: false; error: string };

/** Sender check, then payload validation; errors name the message and every failing field. */
export function checkMessage<T extends MessageType>(
  type: T,
  data: unknown,
  sender: SenderKind,
): CheckedMessage<T> {
  if (!Object.hasOwn(MESSAGE_ACCESS, type))
    return { ok: false, error: `Unknown message "${String(type)}"` };
  if (sender === 'foreign')
    return { ok: false, error: `"${type}" is only accepted from Ringside itself` };
  if (MESSAGE_ACCESS[type] === 'page' && sender !== 'page') {
    return {
      ok: false,
      error: `"${type}" is only accepted from Ringside's own pages, not from a web page`,
    };
  }
  const parsed = v.safeParse(PAYLOAD_SCHEMAS[type] as v.GenericSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      error: `Invalid "${type}" request: ${describeIssues(parsed.issues).join('; ')}`,
    };
  }
  return { ok: true, data: parsed.output as Parameters<ProtocolMap[T]>[0] };
}
