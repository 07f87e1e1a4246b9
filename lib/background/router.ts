/**
 * The message boundary in front of every handler: one `runtime.onMessage` listener of our own
 * instead of @webext-core/messaging's `onMessage`.
 *
 * Why not the library's listener: it looks a handler up with `perTypeListeners[message.type]` in a
 * plain object, so a content script that sends `{ type: 'constructor' }` reaches
 * `Object.prototype.constructor` (which echoes the message back), and `hasOwnProperty`,
 * `__proto__` or `toString` make it throw, and the reply carries the serialised error with its
 * stack. Here a type is routed only when it is an own key of MESSAGE_ACCESS, and every reply is a
 * `{ res }` in the library's wire format (so `sendMessage` on the other side still works) whose
 * value is the handler's answer or `{ ok: false, error }`: never an `err`, never a stack.
 */
import { MESSAGE_ACCESS } from '../messages-schema';
import type { MessageType } from '../messages';

/** The reply @webext-core/messaging's `sendMessage` expects: `{ res }` is returned to the caller. */
export interface WireReply {
  res: unknown;
}

export type RoutedMessage =
  { ok: true; type: MessageType; data: unknown } | { ok: false; error: string };

/** Longest type name echoed back in a refusal; anything longer is cut. */
const MAX_ECHO = 40;

function printable(type: string): string {
  // Control and bidirectional characters would let a caller shape the error text.
  const clean = type.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

/**
 * Reads the message type without touching anything inherited: `raw` must be a plain object with
 * an own string `type` that is an own key of MESSAGE_ACCESS.
 */
export function routeMessage(raw: unknown): RoutedMessage {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: 'Not a Ringside message' };
  }
  const type = Object.hasOwn(raw, 'type') ? (raw as { type: unknown }).type : undefined;
  if (typeof type !== 'string') return { ok: false, error: 'Not a Ringside message' };
  if (!Object.hasOwn(MESSAGE_ACCESS, type)) {
    return { ok: false, error: `Unknown message "${printable(type)}"` };
  }
  const data = Object.hasOwn(raw, 'data') ? (raw as { data: unknown }).data : undefined;
  return { ok: true, type: type as MessageType, data };
}

/**
 * Routes one raw message to `handle` and always resolves to a reply. A handler that throws (it
 * should not: BackgroundService.handle catches) still yields a plain refusal.
 */
export async function dispatchMessage(
  raw: unknown,
  handle: (type: MessageType, data: unknown) => Promise<unknown>,
): Promise<WireReply> {
  let routed: RoutedMessage;
  try {
    routed = routeMessage(raw);
  } catch {
    // A Proxy or getter-laden object from a hostile sender: refuse without a trace.
    return { res: { ok: false, error: 'Not a Ringside message' } };
  }
  if (!routed.ok) return { res: { ok: false, error: routed.error } };
  try {
    return { res: await handle(routed.type, routed.data) };
  } catch {
    return { res: { ok: false, error: `Ringside could not complete "${routed.type}".` } };
  }
}
