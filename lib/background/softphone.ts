/**
 * The background's half of the softphone: tells the offscreen user agent whom to register as
 * (from the settings, the signed-in agent's SIP user name and whether a password is saved),
 * keeps the state it reports where the pages read it, logs inbound calls, updates each SIP
 * call's log entry when it ends, rings the agent for incoming calls, and relays the side panel's
 * controls. Browser glue is behind `SoftphoneHost` (entrypoints/background/softphone.ts).
 */
import { agentIdentity } from '../calls/identity';
import type { SoftphonePort } from '../calls/providers';
import { appendCall } from '../db/calls';
import { getActiveSnapshot } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import { hasSipPassword, saveSipPassword } from '../db/secrets';
import { getEffectiveSettings } from '../db/settings';
import type { CallLogEntry } from '../db/types';
import type { Ack } from '../messages';
import type {
  ControlAction,
  OffscreenEvent,
  OffscreenRequest,
  SipAccount,
} from '../softphone/protocol';
import { INITIAL_STATE, type SoftphoneState } from '../softphone/state';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export interface SoftphoneHost extends SoftphonePort {
  /** Whether the offscreen document exists now (configuring an absent one would create it). */
  exists(): Promise<boolean>;
  writeState(state: SoftphoneState): Promise<void>;
  /** Session storage (cleared when the browser restarts; kept when the worker stops). */
  sessionGet(key: string): Promise<unknown>;
  sessionSet(key: string, value: unknown): Promise<void>;
  notifyIncoming(id: string, caller: string): Promise<void>;
  clearNotification(id: string): Promise<void>;
}

/** Call key → call-log id of the calls in progress, and ends that arrived before their row. */
const FOLLOWED = 'ringside.softphone.followed';
const EARLY_ENDS = 'ringside.softphone.earlyEnds';

type Ended = Extract<OffscreenEvent, { kind: 'ended' }>;

/** How long a call waits for a freshly created softphone to register. */
export const REGISTER_WAIT_MS = 10_000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SipSetup =
  | { ok: true; account: SipAccount; username: string; hasPassword: boolean }
  | { ok: false; reason: string };

/** `translator` is the background's language in effect (English when none is given). */
export function createSoftphoneController(
  db: RingsideDb,
  host: SoftphoneHost,
  now: () => number,
  translator: () => Translator = () => english,
) {
  /** What the signed-in agent registers as, or why the softphone is off. */
  async function setup(): Promise<SipSetup> {
    const [settings, active] = await Promise.all([getEffectiveSettings(db), getActiveSnapshot(db)]);
    const provider = settings.provider;
    const tr = translator();
    if (provider.kind !== 'sip')
      return {
        ok: false,
        reason:
          provider.kind === 'tel' ? tr.t('softphone.state.tel') : tr.t('softphone.state.webhook'),
      };
    if (host.unavailable) return { ok: false, reason: host.unavailable };
    const identity = agentIdentity(active?.config ?? null, settings, tr);
    if (identity.state !== 'ok') return { ok: false, reason: identity.message };
    const username = identity.agent.sip?.username;
    if (!username)
      return {
        ok: false,
        reason: tr.t('softphone.state.noSipUser', { agent: identity.agent.name }),
      };
    return {
      ok: true,
      username,
      hasPassword: await hasSipPassword(db, username),
      account: {
        wsUrl: provider.wsUrl,
        domain: provider.domain,
        username,
        iceServers: provider.iceServers,
      },
    };
  }

  async function configure(reconnect = false): Promise<Ack> {
    const s = await setup();
    const exists = await host.exists();
    const language = translator().language;
    if (!s.ok || !s.hasPassword) {
      const reason = s.ok ? translator().t('softphone.state.needPassword') : s.reason;
      if (exists)
        return host.request({ kind: 'configure', account: null, offReason: reason, language });
      await host.writeState({
        ...INITIAL_STATE,
        registration: { state: 'off', detail: reason },
        updatedAt: now(),
      });
      return { ok: true };
    }
    return host.request({
      kind: 'configure',
      account: s.account,
      language,
      ...(reconnect ? { reconnect: true } : {}),
    });
  }

  async function followedMap(): Promise<Record<string, number>> {
    return ((await host.sessionGet(FOLLOWED)) as Record<string, number> | undefined) ?? {};
  }

  async function applyEnd(callId: number, end: Ended) {
    await db.calls.update(callId, {
      outcome: end.outcome,
      cause: end.cause,
      durationMs: Math.round(end.durationMs),
    });
  }

  async function onIncoming(event: Extract<OffscreenEvent, { kind: 'incoming' }>) {
    const [settings, active] = await Promise.all([getEffectiveSettings(db), getActiveSnapshot(db)]);
    const config = active?.config;
    const identity = agentIdentity(config ?? null, settings);
    // The agent side: an account number when the caller dialled one, else the agent's SIP user.
    const dialled = config?.numbers.find(
      (n) => n.number === event.to || n.number === `+${event.to}`,
    );
    const entry: Omit<CallLogEntry, 'id'> = {
      at: now(),
      accountId: config?.account.id ?? '',
      agentId: identity.state === 'ok' ? identity.agent.id : '',
      to: dialled?.number ?? event.to,
      ...(dialled ? { toNumberId: dialled.id } : {}),
      from: event.remote,
      fromNumberId: null,
      rule: 'none',
      reason: '',
      provider: 'sip',
      direction: 'inbound',
      // Until it is answered or declined, a ringing call counts as missed.
      outcome: 'missed',
    };
    const callId = await appendCall(db, entry);
    await host.sessionSet(FOLLOWED, { ...(await followedMap()), [event.id]: callId });
    await host.notifyIncoming(
      event.id,
      event.remoteName ? `${event.remoteName} (${event.remote})` : event.remote,
    );
  }

  async function onEnded(event: Ended) {
    const map = await followedMap();
    const callId = map[event.id];
    if (event.direction === 'inbound') await host.clearNotification(event.id);
    if (callId === undefined) {
      // An outbound call can end (404, busy) before its log row is written: keep the end for it.
      const early =
        ((await host.sessionGet(EARLY_ENDS)) as Record<string, Ended> | undefined) ?? {};
      await host.sessionSet(EARLY_ENDS, { ...early, [event.id]: event });
      return;
    }
    delete map[event.id];
    await host.sessionSet(FOLLOWED, map);
    await applyEnd(callId, event);
  }

  /**
   * The port the sip provider uses: when the offscreen document is not there (first call after
   * the browser started, or Chrome closed it), its stored state is stale. The document is then
   * created, configured, and given `REGISTER_WAIT_MS` to register before the call is decided.
   */
  const port: SoftphonePort = {
    get unavailable() {
      return host.unavailable;
    },
    request: (req) => host.request(req),
    async readState() {
      if (await host.exists()) return host.readState();
      const s = await setup();
      if (!s.ok || !s.hasPassword) {
        await configure();
        return host.readState();
      }
      await host.writeState({
        ...INITIAL_STATE,
        registration: {
          state: 'connecting',
          user: `${s.username}@${s.account.domain}`,
          server: s.account.wsUrl,
        },
        updatedAt: now(),
      });
      await configure();
      const until = Date.now() + REGISTER_WAIT_MS;
      for (;;) {
        const state = await host.readState();
        if (state.registration.state !== 'connecting' || Date.now() >= until) return state;
        await sleep(POLL_MS);
      }
    },
  };

  return {
    setup,
    configure,
    port,

    async onEvent(event: OffscreenEvent): Promise<void> {
      switch (event.kind) {
        case 'ready':
          await configure();
          return;
        case 'state': {
          await host.writeState(event.state);
          // Answered (here or from the notification) or ended: the "is calling" notification is done.
          const call = event.state.call;
          if (call?.direction === 'inbound' && call.phase !== 'incoming')
            await host.clearNotification(call.id);
          return;
        }
        case 'incoming':
          await onIncoming(event);
          return;
        case 'ended':
          await onEnded(event);
          return;
      }
    },

    /** The pipeline logged a SIP call as `callId`. */
    async followed(callKey: string, callId: number): Promise<void> {
      const early =
        ((await host.sessionGet(EARLY_ENDS)) as Record<string, Ended> | undefined) ?? {};
      const end = early[callKey];
      if (end) {
        delete early[callKey];
        await host.sessionSet(EARLY_ENDS, early);
        await applyEnd(callId, end);
        return;
      }
      await host.sessionSet(FOLLOWED, { ...(await followedMap()), [callKey]: callId });
    },

    async control(action: ControlAction, tone?: string): Promise<Ack> {
      const settings = await getEffectiveSettings(db);
      if (settings.provider.kind !== 'sip')
        return { ok: false, error: translator().t('softphone.control.notProvider') };
      if (!(await host.exists()))
        return { ok: false, error: translator().t('softphone.control.noCall') };
      return host.request({ kind: 'control', action, ...(tone ? { tone } : {}) });
    },

    async devices(req: Omit<Extract<OffscreenRequest, { kind: 'devices' }>, 'kind'>): Promise<Ack> {
      if (!(await host.exists())) return { ok: true };
      return host.request({ kind: 'devices', ...req });
    },

    async setPassword(password: string): Promise<Ack> {
      const s = await setup();
      if (!s.ok) return { ok: false, error: s.reason };
      await saveSipPassword(db, s.username, password, now());
      return configure(true);
    },

    reconnect(): Promise<Ack> {
      return configure(true);
    },
  };
}

export type SoftphoneController = ReturnType<typeof createSoftphoneController>;
