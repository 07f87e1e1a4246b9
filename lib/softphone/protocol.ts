/**
 * The messages between the background and the offscreen document that holds the SIP user agent,
 * with their valibot schemas. Both sides check every message: the offscreen document takes
 * requests only from the background's service worker (so no page, content script or other
 * extension can make it call), the background takes events only from the offscreen document.
 *
 * They travel as plain `runtime.sendMessage` envelopes without a `type` field, so the
 * @webext-core/messaging listeners of the pages ignore them.
 */
import * as v from 'valibot';
import { describeIssues } from '../db/schemas';
import { LANGUAGES } from '../i18n/languages';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a call key'));
const e164 = v.pipe(v.string(), v.regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const SipAccountSchema = v.strictObject({
  wsUrl: text(2048),
  domain: text(253),
  username: text(64),
  iceServers: v.array(
    v.strictObject({
      urls: v.union([text(2048), v.array(text(2048))]),
      username: v.optional(text(512)),
      credential: v.optional(text(512)),
    }),
  ),
});
export type SipAccount = v.InferOutput<typeof SipAccountSchema>;

export const CONTROL_ACTIONS = [
  'hangup',
  'mute',
  'unmute',
  'hold',
  'resume',
  'answer',
  'decline',
  'dtmf',
  'clear',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

export const OffscreenRequestSchema = v.variant('kind', [
  /** Register as `account` (null: unregister and show `offReason`). */
  v.strictObject({
    kind: v.literal('configure'),
    account: v.nullable(SipAccountSchema),
    offReason: v.optional(text(500)),
    /** Connect again even if the account is unchanged (the password was just changed). */
    reconnect: v.optional(v.boolean()),
    /** The agent's language: the states and call ends the document writes use it. */
    language: v.optional(v.picklist(LANGUAGES)),
  }),
  /** Call `target` with exactly this caller ID (built by lib/softphone/caller-id.ts). */
  v.strictObject({
    kind: v.literal('call'),
    id,
    target: e164,
    ext: v.optional(v.pipe(v.string(), v.regex(/^\d{1,10}$/))),
    fromUserName: e164,
    fromDisplayName: v.optional(text(64)),
    extraHeaders: v.pipe(v.array(text(300)), v.maxLength(4)),
  }),
  v.strictObject({
    kind: v.literal('control'),
    action: v.picklist(CONTROL_ACTIONS),
    tone: v.optional(v.pipe(v.string(), v.regex(/^[0-9*#A-D]$/, 'must be one DTMF key'))),
  }),
  /** Audio devices by deviceId; '' is the system default. */
  v.strictObject({
    kind: v.literal('devices'),
    input: v.optional(text(256)),
    output: v.optional(text(256)),
  }),
  /** The current state (the background asks after it restarted). */
  v.strictObject({ kind: v.literal('query') }),
]);
export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

const outcome = v.picklist([
  'placed',
  'failed',
  'refused',
  'answered',
  'no-answer',
  'busy',
  'declined',
  'missed',
]);

const RegistrationSchema = v.variant('state', [
  v.strictObject({ state: v.literal('off'), detail: text(500) }),
  v.strictObject({ state: v.literal('connecting'), user: text(64), server: text(2048) }),
  v.strictObject({
    state: v.literal('registered'),
    user: text(64),
    server: text(2048),
    since: v.number(),
  }),
  v.strictObject({
    state: v.literal('reconnecting'),
    user: text(64),
    server: text(2048),
    attempt: v.number(),
    retryAt: v.number(),
    detail: text(500),
  }),
  v.strictObject({
    state: v.literal('failed'),
    user: text(64),
    server: text(2048),
    detail: text(500),
  }),
]);

export const SoftphoneStateSchema = v.strictObject({
  registration: RegistrationSchema,
  call: v.nullable(
    v.strictObject({
      id,
      direction: v.picklist(['outbound', 'inbound']),
      phase: v.picklist(['connecting', 'ringing', 'incoming', 'in-call', 'ended']),
      remote: text(256),
      from: v.optional(text(256)),
      remoteName: v.optional(text(256)),
      startedAt: v.number(),
      answeredAt: v.optional(v.number()),
      endedAt: v.optional(v.number()),
      muted: v.boolean(),
      held: v.boolean(),
      dtmf: text(64),
      outcome: v.optional(outcome),
      cause: v.optional(text(1000)),
    }),
  ),
  updatedAt: v.number(),
});

export const OffscreenEventSchema = v.variant('kind', [
  /** The document loaded: the background answers with `configure`. */
  v.strictObject({ kind: v.literal('ready') }),
  v.strictObject({ kind: v.literal('state'), state: SoftphoneStateSchema }),
  v.strictObject({
    kind: v.literal('incoming'),
    id,
    remote: text(256),
    remoteName: v.optional(text(256)),
    /** The user the caller dialled (the agent's SIP user or an account number). */
    to: text(256),
  }),
  v.strictObject({
    kind: v.literal('ended'),
    id,
    direction: v.picklist(['outbound', 'inbound']),
    outcome,
    cause: text(1000),
    durationMs: v.pipe(v.number(), v.minValue(0)),
  }),
]);
export type OffscreenEvent = v.InferOutput<typeof OffscreenEventSchema>;

/** The envelopes: `{ ringsideOffscreen: request }` one way, `{ ringsideSoftphone: event }` back. */
export const TO_OFFSCREEN = 'ringsideOffscreen';
export const FROM_OFFSCREEN = 'ringsideSoftphone';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): Checked<T> {
  const parsed = v.safeParse(schema, value);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, error: `Invalid ${what}: ${describeIssues(parsed.issues).join('; ')}` };
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Checks an envelope the offscreen document received: it must come from this extension's
 * service worker (`backgroundUrl`), not from a page, a content script or another extension.
 */
export function checkOffscreenRequest(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  backgroundUrl: string,
): Checked<OffscreenRequest> | null {
  if (!message || typeof message !== 'object' || !(TO_OFFSCREEN in message)) return null;
  if (sender.id !== extensionId || sender.tab || sender.url !== backgroundUrl)
    return { ok: false, error: 'The softphone takes requests only from Ringside’s background.' };
  return check(
    OffscreenRequestSchema,
    (message as Record<string, unknown>)[TO_OFFSCREEN],
    'softphone request',
  );
}

/** Checks an envelope the background received from the offscreen document (`offscreenUrl`). */
export function checkOffscreenEvent(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  offscreenUrl: string,
): Checked<OffscreenEvent> | null {
  if (!message || typeof message !== 'object' || !(FROM_OFFSCREEN in message)) return null;
  if (sender.id !== extensionId || sender.tab || sender.url !== offscreenUrl)
    return {
      ok: false,
      error: 'Softphone events are accepted only from Ringside’s offscreen document.',
    };
  return check(
    OffscreenEventSchema,
    (message as Record<string, unknown>)[FROM_OFFSCREEN],
    'softphone event',
  );
}
