/**
 * The background's half of the softphone with a fake offscreen host: what it registers as, the
 * SIP call through the pipeline (From = the resolved number), the log rows of outbound and
 * inbound calls and their ends, and the password kept apart from the settings.
 */
import { describe, expect, it } from 'vitest';
import {
  createSoftphoneController,
  type SoftphoneHost,
} from '../../../../lib/background/softphone';
import { placeCall } from '../../../../lib/calls/pipeline';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { recentCalls } from '../../../../lib/db/calls';
import { getSipPassword, saveSipPassword } from '../../../../lib/db/secrets';
import { getSettings, saveAgent, updateSettings } from '../../../../lib/db/settings';
import type { OffscreenRequest } from '../../../../lib/softphone/protocol';
import { INITIAL_STATE, type SoftphoneState } from '../../../../lib/softphone/state';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';

const SIP = {
  kind: 'sip',
  wsUrl: 'wss://pbx.example.com/ws',
  domain: 'pbx.example.com',
  iceServers: [],
  displayName: 'label',
  assertIdentity: true,
} as const;

const REGISTERED: SoftphoneState = {
  registration: { state: 'registered', user: '1001@pbx.example.com', server: SIP.wsUrl, since: 1 },
  call: null,
  updatedAt: 1,
};

async function setup(
  options: {
    sipUser?: string | null;
    provider?: object;
    /** Whether the offscreen document exists at the start. */
    exists?: boolean;
    /** What a freshly configured offscreen document reports (registered by default). */
    onConfigure?: (state: SoftphoneState) => SoftphoneState;
  } = {},
) {
  const db = freshDb();
  const agents = [
    {
      id: 'a1',
      name: 'Ana Silva',
      email: 'ana@acme.example',
      ringGroups: ['sales'],
      ...(options.sipUser === null ? {} : { sip: { username: options.sipUser ?? '1001' } }),
    },
  ];
  await applyConfigDocument(db, accountDocument({ agents }), {
    source: 'local',
    origin: 't',
    at: 1,
  });
  await saveAgent(db, { id: 'a1', name: 'Ana Silva' });
  expect(await updateSettings(db, { provider: options.provider ?? SIP })).toMatchObject({
    ok: true,
  });
  const requests: OffscreenRequest[] = [];
  const session = new Map<string, unknown>();
  const notified: string[] = [];
  let state: SoftphoneState = REGISTERED;
  let exists = options.exists ?? false;
  const host: SoftphoneHost = {
    unavailable: null,
    async exists() {
      return exists;
    },
    async request(req) {
      exists = true;
      requests.push(req);
      if (req.kind === 'configure' && req.account && options.onConfigure)
        setTimeout(() => (state = options.onConfigure!(state)), 20);
      return { ok: true };
    },
    async readState() {
      return state;
    },
    async writeState(s) {
      state = s;
    },
    async sessionGet(key) {
      return session.get(key);
    },
    async sessionSet(key, value) {
      session.set(key, value);
    },
    async notifyIncoming(id, caller) {
      notified.push(`${id}: ${caller}`);
    },
    async clearNotification(id) {
      notified.push(`cleared ${id}`);
    },
  };
  const controller = createSoftphoneController(db, host, () => 5000);
  const deps = {
    db,
    now: () => 5000,
    fetch: fetch,
    openTelUrl: async () => undefined,
    softphone: controller.port,
    newId: () => 'call-1',
    onFollowedCall: controller.followed,
  };
  return {
    db,
    host,
    controller,
    deps,
    requests,
    notified,
    setState: (s: SoftphoneState) => (state = s),
    getState: () => state,
  };
}

async function saveSipPasswordFor(t: { db: Parameters<typeof getSipPassword>[0] }, pw: string) {
  await saveSipPassword(t.db, '1001', pw, 1);
}

describe('what the softphone registers as', () => {
  it('is off with the reason when the provider is not sip, without creating the offscreen document', async () => {
    const t = await setup({ provider: { kind: 'tel' } });
    await t.controller.configure();
    expect(t.requests).toEqual([]);
    expect(t.getState().registration).toEqual({
      state: 'off',
      detail: 'Calls are handed to the computer’s phone app (provider tel:).',
    });
  });

  it('names the missing SIP user name in the config', async () => {
    const t = await setup({ sipUser: null });
    await t.controller.configure();
    expect(t.getState().registration).toMatchObject({
      state: 'off',
      detail: expect.stringMatching(/agents\[\]\.sip\.username for Ana Silva/),
    });
  });

  it('asks for the password, then registers with it kept out of the settings and the request', async () => {
    const t = await setup();
    await t.controller.configure();
    expect(t.getState().registration).toMatchObject({
      detail: expect.stringMatching(/SIP password/),
    });
    expect(await t.controller.setPassword('s3cret')).toEqual({ ok: true });
    expect(await getSipPassword(t.db, '1001')).toBe('s3cret');
    expect(t.requests).toEqual([
      {
        kind: 'configure',
        account: { wsUrl: SIP.wsUrl, domain: SIP.domain, username: '1001', iceServers: [] },
        reconnect: true,
        // The background's language (English here): the document writes its states in it.
        language: 'en',
      },
    ]);
    expect(JSON.stringify(await getSettings(t.db))).not.toContain('s3cret');
    expect(JSON.stringify(t.requests)).not.toContain('s3cret');
  });
});

describe('a SIP call through the pipeline', () => {
  it('after the offscreen document was closed, recreates and registers it before calling', async () => {
    // Gone again (Chrome closed it), with the stale "registered" state still stored.
    const cold = await setup({ exists: false, onConfigure: () => REGISTERED });
    await saveSipPasswordFor(cold, 'pw');
    const result = await placeCall(cold.deps, { to: '+1 212 555 0199' });
    expect(result).toMatchObject({ ok: true });
    expect(cold.requests.map((r) => r.kind)).toEqual(['configure', 'call']);
  });

  it('a recreated softphone that fails to register refuses the call with the reason', async () => {
    const t = await setup({
      exists: false,
      onConfigure: (s) => ({
        ...s,
        registration: {
          state: 'failed',
          user: 'u',
          server: 's',
          detail: '401: wrong password (or SIP user name)',
        },
      }),
    });
    await saveSipPasswordFor(t, 'bad');
    const result = await placeCall(t.deps, { to: '+1 212 555 0199' });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/401: wrong password/),
    });
    expect(t.requests.map((r) => r.kind)).toEqual(['configure']);
  });

  it('sends the resolved number as From (with PAI), logs it, and updates the row when it ends', async () => {
    // Automated: a 212 destination goes out from the New York number (same area code).
    const t = await setup({ exists: true });
    const result = await placeCall(t.deps, { to: '+1 212 555 0199' });
    expect(result).toMatchObject({ ok: true, provider: 'sip' });
    expect(t.requests).toEqual([
      {
        kind: 'call',
        id: 'call-1',
        target: '+12125550199',
        fromUserName: '+12125550100',
        fromDisplayName: 'New York',
        extraHeaders: ['P-Asserted-Identity: <sip:+12125550100@pbx.example.com;user=phone>'],
      },
    ]);
    expect(await recentCalls(t.db, 1)).toMatchObject([
      { outcome: 'placed', direction: 'outbound', provider: 'sip', from: '+12125550100' },
    ]);
    await t.controller.onEvent({
      kind: 'ended',
      id: 'call-1',
      direction: 'outbound',
      outcome: 'answered',
      cause: 'You hung up.',
      durationMs: 42_000.4,
    });
    expect(await recentCalls(t.db, 1)).toMatchObject([
      { outcome: 'answered', cause: 'You hung up.', durationMs: 42_000 },
    ]);
  });

  it('an end that arrives before the row is written still lands on it', async () => {
    const t = await setup({ exists: true });
    await t.controller.onEvent({
      kind: 'ended',
      id: 'call-1',
      direction: 'outbound',
      outcome: 'failed',
      cause: 'The SIP server does not know this number (404 Not Found).',
      durationMs: 0,
    });
    await placeCall(t.deps, { to: '+1 212 555 0199' });
    expect(await recentCalls(t.db, 1)).toMatchObject([{ outcome: 'failed', durationMs: 0 }]);
  });

  it('is refused and logged, with nothing sent, while the softphone is not registered', async () => {
    const t = await setup({ exists: true });
    t.setState({
      ...INITIAL_STATE,
      registration: {
        state: 'reconnecting',
        user: 'u',
        server: 's',
        attempt: 2,
        retryAt: 9,
        detail: 'lost',
      },
    });
    const result = await placeCall(t.deps, { to: '+1 212 555 0199' });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no call was attempted/),
    });
    expect(t.requests).toEqual([]);
    expect(await recentCalls(t.db, 1)).toMatchObject([{ outcome: 'refused' }]);
  });
});

describe('inbound calls', () => {
  it('are logged as missed while ringing, ring a notification, and end as answered', async () => {
    const t = await setup();
    await t.controller.onEvent({
      kind: 'incoming',
      id: 'in-1',
      remote: '+13105550123',
      remoteName: 'Jo',
      to: '+12125550100',
    });
    expect(t.notified).toEqual(['in-1: Jo (+13105550123)']);
    expect(await recentCalls(t.db, 1)).toMatchObject([
      {
        direction: 'inbound',
        from: '+13105550123',
        fromNumberId: null,
        to: '+12125550100',
        toNumberId: 'n-ny',
        outcome: 'missed',
        provider: 'sip',
      },
    ]);
    await t.controller.onEvent({
      kind: 'ended',
      id: 'in-1',
      direction: 'inbound',
      outcome: 'answered',
      cause: 'The other side hung up.',
      durationMs: 3000,
    });
    expect(t.notified).toContain('cleared in-1');
    expect(await recentCalls(t.db, 1)).toMatchObject([{ outcome: 'answered', durationMs: 3000 }]);
  });

  it('take the notification down once answered, not only when the call ends', async () => {
    const t = await setup();
    await t.controller.onEvent({
      kind: 'incoming',
      id: 'in-1',
      remote: '+13105550123',
      to: '1001',
    });
    const inbound = (phase: 'incoming' | 'in-call') => ({
      kind: 'state' as const,
      state: {
        ...REGISTERED,
        call: {
          id: 'in-1',
          direction: 'inbound' as const,
          phase,
          remote: '+13105550123',
          startedAt: 1,
          muted: false,
          held: false,
          dtmf: '',
        },
      },
    });
    await t.controller.onEvent(inbound('incoming'));
    expect(t.notified).toEqual(['in-1: +13105550123']);
    await t.controller.onEvent(inbound('in-call'));
    expect(t.notified).toEqual(['in-1: +13105550123', 'cleared in-1']);
  });

  it('to the agent’s SIP user (no account number) keep the user as `to`', async () => {
    const t = await setup();
    await t.controller.onEvent({ kind: 'incoming', id: 'in-2', remote: 'customer', to: '1001' });
    const [row] = await recentCalls(t.db, 1);
    expect(row).toMatchObject({ to: '1001', from: 'customer' });
    expect(row).not.toHaveProperty('toNumberId');
  });
});
