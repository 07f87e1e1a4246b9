/**
 * The message boundary, as a content script or another extension meets it: the real listener
 * (entrypoints/background/messages.ts) in front of the real background service, messages
 * delivered through runtime.onMessage as Chrome would.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessages } from '../../../../entrypoints/background/messages';
import type { Platform } from '../../../../lib/background/platform';
import { routeMessage } from '../../../../lib/background/router';
import {
  createBackgroundService,
  type BackgroundService,
} from '../../../../lib/background/service';
import type { RingsideDb } from '../../../../lib/db/schema';
import { MESSAGE_ACCESS } from '../../../../lib/messages-schema';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';

/** Every name a plain object inherits, plus a few a hostile page would try. */
const INHERITED = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    '__proto__',
    'prototype',
    'then',
    'call',
    'apply',
    'bind',
    'length',
    'name',
  ]),
];
const CONTENT_TYPES = Object.keys(MESSAGE_ACCESS).filter(
  (t) => MESSAGE_ACCESS[t as keyof typeof MESSAGE_ACCESS] === 'content',
);

let db: RingsideDb;
let unregister: (() => void) | undefined;
let placed: string[];

const platform: Platform = {
  fetch: () => Promise.reject(new TypeError('no network in this test')),
  now: () => Date.now(),
  setSyncAlarm: async () => undefined,
  readManagedStorage: async () => ({}),
  firstStartThisSession: async () => false,
  openTelUrl: async (url) => void placed.push(url),
};

beforeEach(() => {
  // Refusals are logged for the developer; the test reads the replies instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = freshDb();
  placed = [];
});
afterEach(() => {
  unregister?.();
  unregister = undefined;
});

async function boot(): Promise<BackgroundService> {
  const service = createBackgroundService(db, platform, accountDocument({ accountId: 'demo' }));
  unregister = registerMessages(service);
  await service.ready;
  await service.syncIdle();
  return service;
}

const senders = {
  page: () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }),
  content: () => ({ id: fakeBrowser.runtime.id, url: 'https://crm.example/', tab: { id: 3 } }),
  foreign: () => ({ id: 'another-extension', url: 'chrome-extension://other/x.html' }),
};
type SenderName = keyof typeof senders;

/** Delivers a raw message and returns the raw reply the listener sent (or 'no reply'). */
async function deliver(message: unknown, sender: SenderName): Promise<unknown> {
  let reply: unknown = 'no reply';
  let replied!: () => void;
  const done = new Promise<void>((resolve) => (replied = resolve));
  // trigger() gives each listener's return value; settle them too, so a listener's rejection
  // fails the test instead of being lost.
  await Promise.all(
    await fakeBrowser.runtime.onMessage.trigger(message, senders[sender](), (r: unknown) => {
      reply = r;
      replied();
    }),
  );
  await done;
  return reply;
}

/** A stack trace, a source location or an engine error name: none may reach a sender. */
const LEAK =
  /\n\s+at |\bat .+:\d+:\d+|\.(ts|js|mjs):\d+|TypeError|ReferenceError|is not a function/;

describe('message types that are inherited object properties', () => {
  it.each(INHERITED)(
    '"%s" from a content script is refused as unknown, with no stack',
    async (type) => {
      await boot();
      const reply = await deliver(
        { id: 1, type, data: { to: '+14155550123' }, timestamp: 1 },
        'content',
      );
      expect(reply).toEqual({ res: { ok: false, error: `Unknown message "${type}"` } });
      expect(JSON.stringify(reply)).not.toMatch(LEAK);
    },
  );

  it('routeMessage never reads an inherited type, data or a getter that throws', () => {
    const hostile = Object.create({ type: 'dial', data: { to: '+14155550123' } }) as object;
    expect(routeMessage(hostile)).toEqual({ ok: false, error: 'Not a Ringside message' });
    const withProtoType = JSON.parse('{"type":"__proto__","timestamp":1}') as unknown;
    expect(routeMessage(withProtoType)).toEqual({
      ok: false,
      error: 'Unknown message "__proto__"',
    });
    expect(routeMessage([1, 2])).toEqual({ ok: false, error: 'Not a Ringside message' });
  });

  it('a getter that throws in a message is refused, not propagated', async () => {
    await boot();
    const message = {
      get type(): string {
        throw new Error('boom at secret.ts:1:1');
      },
    };
    const reply = await deliver(message, 'content');
    expect(reply).toEqual({ res: { ok: false, error: 'Not a Ringside message' } });
  });
});

describe('fuzz: random types, payloads and senders', () => {
  const typeArb = fc.oneof(
    fc.constantFrom(...Object.keys(MESSAGE_ACCESS), ...INHERITED),
    fc.string({ maxLength: 30 }),
    fc.anything(),
  );
  const messageArb = fc.oneof(
    fc.record({ id: fc.integer(), type: typeArb, data: fc.anything(), timestamp: fc.integer() }),
    fc.record({ type: typeArb }, { requiredKeys: [] }),
    fc.anything(),
  );
  const senderArb = fc.constantFrom<SenderName>('page', 'content', 'foreign');

  it('always answers { res } with no stack; content scripts reach only their types; foreign senders nothing', async () => {
    await boot();
    await fc.assert(
      fc.asyncProperty(messageArb, senderArb, async (message, sender) => {
        const reply = await deliver(message, sender);
        expect(reply).toBeTypeOf('object');
        expect(Object.keys(reply as object)).toEqual(['res']);
        const res = (reply as { res: { ok?: unknown; error?: unknown } }).res;
        expect(JSON.stringify(reply) ?? '').not.toMatch(LEAK);
        const type = (message as { type?: unknown } | null)?.type;
        const known = typeof type === 'string' && Object.hasOwn(MESSAGE_ACCESS, type);
        if (!known || sender === 'foreign') expect(res.ok).toBe(false);
        if (sender === 'content' && known && !CONTENT_TYPES.includes(type)) {
          expect(res).toEqual({ ok: false, error: expect.stringContaining('only accepted from') });
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 8000 },
    );
  }, 30_000);
});
