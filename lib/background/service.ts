/**
 * The background's behaviour, independent of the browser: start-up, scheduled and on-demand sync,
 * policy changes, and one handler per message. entrypoints/background wires it to browser events.
 *
 * Nothing that matters is kept in memory: the only in-memory value is the promise of the sync
 * running right now, so two requests share one download; its effects are all in IndexedDB.
 */
import { allowedCallerIds, effectiveCallerIdSettings } from '../caller-id';
import { agentIdentity } from '../calls/identity';
import { checkDialRate, startedNoCall, withdrawDial } from '../calls/rate-limit';
import { placeCall, previewCall } from '../calls/pipeline';
import { siteExclusions } from '../detect/exclusions';
import type { CountryCode } from 'libphonenumber-js';
import { applyConfigDocument } from '../db/apply-config';
import { saveChoice } from '../db/choices';
import { activateSnapshot, getActiveSnapshot, latestSnapshotOf, sha256Hex } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import {
  applyPolicy,
  getEffectiveSettings,
  getPolicy,
  getSettings,
  saveAgent,
  savePolicy,
  updateSettings,
} from '../db/settings';
import { getSyncState, updateSyncState } from '../db/sync-state';
import type { CallerIdChoice } from '../caller-id/types';
import type { EffectiveSettings } from '../db/types';
import { checkMessage } from '../messages-schema';
import type { Ack, MessageType, ProtocolMap, SyncResult } from '../messages';
import { parseManagedPolicy } from '../policy';
import { isUrlSource, macrotask, runSync, syncDueOnWake } from '../sync/run';
import type { MessageContext, Platform } from './platform';
import { createSoftphoneController, type SoftphoneController } from './softphone';

export const DEMO_ORIGIN = 'bundled demo account';

/** A dial from a frame inside a page that is not an enabled site. */
export const FRAMED_MESSAGE =
  'Ringside does not call from a page shown inside another site that is not enabled.';

/** Longer than the longest allowed download (120 s), so it only fires for a stopped worker. */
export const RESUME_ALARM_MS = 150_000;

type Handler<T extends MessageType> = (
  data: Parameters<ProtocolMap[T]>[0],
  ctx: MessageContext,
) => Promise<ReturnType<ProtocolMap[T]>>;

export interface BackgroundService {
  /** Runs once per worker start; every handler waits for it. */
  ready: Promise<void>;
  /** Sender check, payload validation, then the handler. Never throws. */
  handle<T extends MessageType>(
    type: T,
    data: unknown,
    ctx: MessageContext,
  ): Promise<ReturnType<ProtocolMap[T]>>;
  /** The sync alarm fired. */
  onSyncAlarm(): Promise<SyncResult>;
  /** storage.managed changed. */
  onPolicyChanged(): Promise<void>;
  /** Resolves when the start-up policy read is done and no sync is running (tests wait on it). */
  syncIdle(): Promise<void>;
  /** The softphone's background half, when the platform has a softphone. */
  softphone: SoftphoneController | null;
}

/** Messages after which the softphone may have to register as someone else, or stop. */
const RECONFIGURES: ReadonlySet<MessageType> = new Set([
  'updateSettings',
  'selectAgent',
  'importConfig',
  'restoreSnapshot',
  'syncNow',
]);

export function createBackgroundService(
  db: RingsideDb,
  platform: Platform,
  demoDocument: unknown,
): BackgroundService {
  let running: Promise<SyncResult> | null = null;
  const softphone = platform.softphone
    ? createSoftphoneController(db, platform.softphone, platform.now)
    : null;

  /** Started, not awaited: the softphone reports its own state. */
  function reconfigureSoftphone(): void {
    softphone?.configure().catch((e) => console.error('Ringside: softphone configure failed', e));
  }

  async function scheduleFromState(): Promise<void> {
    const [state, settings] = await Promise.all([getSyncState(db), getEffectiveSettings(db)]);
    await platform.setSyncAlarm(isUrlSource(settings) ? (state.nextAttemptAt ?? null) : null);
  }

  /** One sync at a time; a second caller gets the running one's result. */
  function sync(): Promise<SyncResult> {
    running ??= (async () => {
      try {
        // If the worker is stopped mid-download, this alarm wakes it to resume (inFlightSince
        // tells the next start); a finished sync replaces it with the real schedule.
        await platform.setSyncAlarm(platform.now() + RESUME_ALARM_MS);
        return await runSync({ db, fetch: platform.fetch, now: platform.now });
      } finally {
        running = null;
        await scheduleFromState();
      }
    })();
    return running;
  }

  /** A sync that starts after the settings just saved: waits out a running one, then runs. */
  function syncAfterChange(): Promise<SyncResult> {
    return running ? running.then(sync, sync) : sync();
  }

  /**
   * Activates the bundled demo unless it already is the active config. This runs on every worker
   * start, so the hash is compared first and the demo is only parsed when it changed.
   */
  async function applyDemo(): Promise<void> {
    const active = await getActiveSnapshot(db);
    const hash = await sha256Hex(JSON.stringify(demoDocument));
    if (active?.source === 'demo' && active.hash === hash) return;
    await applyConfigDocument(db, demoDocument, {
      source: 'demo',
      origin: DEMO_ORIGIN,
      at: platform.now(),
    });
  }

  /** Reads storage.managed and mirrors it in the database; true when the policy changed. */
  async function refreshPolicy(): Promise<boolean> {
    let raw: unknown = {};
    try {
      raw = await platform.readManagedStorage();
    } catch (e) {
      // Browsers without managed storage for this extension: behave as if no policy is set.
      console.warn('Ringside: managed storage is not available', e);
    }
    const next = parseManagedPolicy(raw, platform.now());
    const current = await getPolicy(db);
    const comparable = (p: typeof current) => (p ? JSON.stringify({ ...p, readAt: 0 }) : null);
    if (comparable(next) === comparable(current)) return false;
    await savePolicy(db, next);
    return true;
  }

  /** Re-reads the policy and, when it changed, brings the active config in line with it. */
  async function applyPolicyChange(): Promise<void> {
    const before = await getEffectiveSettings(db);
    if (await refreshPolicy()) await reconcile(before, await getEffectiveSettings(db));
  }

  /**
   * Brings the active config in line with the effective source after settings or policy changed.
   * A download is started, not awaited: its outcome lands in the sync state.
   */
  async function reconcile(before: EffectiveSettings, after: EffectiveSettings): Promise<void> {
    const sourceChanged =
      before.source !== after.source ||
      before.syncUrl !== after.syncUrl ||
      before.syncToken !== after.syncToken;
    if (isUrlSource(after)) {
      if (sourceChanged) {
        await updateSyncState(db, { failures: 0, nextAttemptAt: undefined });
        void syncAfterChange();
      } else if (before.syncIntervalMinutes !== after.syncIntervalMinutes) {
        await updateSyncState(db, {
          nextAttemptAt: platform.now() + after.syncIntervalMinutes * 60_000,
        });
        await scheduleFromState();
      }
      return;
    }
    await updateSyncState(db, { nextAttemptAt: undefined, inFlightSince: undefined });
    await platform.setSyncAlarm(null);
    if (!sourceChanged) return;
    if (after.source === 'demo') await applyDemo();
    if (after.source === 'local') {
      const local = await latestSnapshotOf(db, 'local');
      if (local?.id !== undefined && local.active !== 1) await activateSnapshot(db, local.id);
    }
  }

  /** The policy read of this worker start, running alongside message handling. */
  let policyRead: Promise<void> = Promise.resolve();

  async function start(): Promise<void> {
    if (await getActiveSnapshot(db)) {
      // Reading storage.managed can take seconds (Chromium waits for its policy service), and the
      // worker starts for every message: use the policy mirrored at the last start, and re-read it
      // alongside, reacting only if it changed.
      policyRead = applyPolicyChange().catch((e) =>
        console.error('Ringside: policy read failed', e),
      );
    } else {
      // First run: the policy decides the source before anything is activated.
      await refreshPolicy();
    }
    const settings = await getEffectiveSettings(db);
    // A fresh install gets the demo; a new extension version with a changed demo updates it.
    if (settings.source === 'demo') await applyDemo();
    const state = await getSyncState(db);
    // The browser (or Ringside) just started: fetch the config, as well as when a sync is due.
    const sessionStart = await platform.firstStartThisSession();
    if (syncDueOnWake(state, settings, platform.now()) || (sessionStart && isUrlSource(settings)))
      void sync();
    else await scheduleFromState();
  }

  const ready = start()
    .then(reconfigureSoftphone)
    .catch((e) => console.error('Ringside: background start failed', e));

  /**
   * Times of the calls each tab's pages started (in memory: a burst comes within seconds, while
   * the worker runs; a worker that stops forgets them, which only ever allows a call).
   */
  const pageDials = new Map<number, number[]>();

  /**
   * Content scripts can be bypassed (a compromised page process): the page rules, again. The call
   * is counted at once (before any await), so a burst of concurrent dials cannot all pass.
   */
  function refusePageDial(ctx: MessageContext): { refused: string } | { at: number } {
    if (ctx.topFrameEnabled === false) return { refused: FRAMED_MESSAGE };
    const tab = ctx.tabId ?? -1;
    const at = platform.now();
    const rate = checkDialRate(pageDials.get(tab) ?? [], at);
    pageDials.set(tab, rate.recent);
    if (pageDials.size > 500) pageDials.delete(pageDials.keys().next().value!);
    return rate.ok ? { at } : { refused: rate.message };
  }

  /** The agent's caller-ID choice, checked against the config (popup, side panel, CRM card). */
  async function saveAgentChoice(choice: CallerIdChoice): Promise<Ack> {
    const [active, settings] = await Promise.all([getActiveSnapshot(db), getEffectiveSettings(db)]);
    const config = active?.config ?? null;
    const identity = agentIdentity(config, settings);
    if (!config || identity.state !== 'ok')
      return { ok: false, error: identity.state === 'ok' ? '' : identity.message };
    const agentId = identity.agent.id;
    const own = effectiveCallerIdSettings(config, agentId);
    if (own.fixedNumberId) {
      return {
        ok: false,
        error: 'Your admin set a fixed caller ID for your calls; there is nothing to choose.',
      };
    }
    if (own.mode === 'automated') {
      return {
        ok: false,
        error:
          'Your account picks the caller ID automatically for each call; there is nothing to choose.',
      };
    }
    if (choice.kind === 'default' && !own.allowDefault) {
      return {
        ok: false,
        error: 'Default is not offered for your calls; pick one of your numbers.',
      };
    }
    if (
      choice.kind === 'number' &&
      !allowedCallerIds(config, agentId).some((n) => n.id === choice.numberId)
    ) {
      return {
        ok: false,
        error: `Number "${choice.numberId}" is not one of the numbers you may call from.`,
      };
    }
    await saveChoice(db, config.account.id, agentId, choice, platform.now());
    return { ok: true };
  }

  const handlers: { [T in MessageType]: Handler<T> } = {
    async dial(data, ctx) {
      const fromContent = ctx.sender === 'content';
      const page = fromContent ? refusePageDial(ctx) : null;
      if (page && 'refused' in page) return { ok: false, error: page.refused };
      const result = await placeCall(
        {
          db,
          now: platform.now,
          fetch: platform.fetch,
          openTelUrl: platform.openTelUrl,
          ...(softphone ? { softphone: softphone.port } : {}),
          ...(softphone ? { onFollowedCall: softphone.followed } : {}),
        },
        {
          to: data.to,
          ext: data.ext,
          confirmed: data.confirmed,
          fromNumberId: data.fromNumberId,
          region: data.region as CountryCode | undefined,
          // A content script's own claims about its page are not trusted; the sender's are.
          pageTitle: fromContent ? ctx.tabTitle : data.pageTitle,
          pageUrl: fromContent ? ctx.senderUrl : data.pageUrl,
          tabId: fromContent ? ctx.tabId : undefined,
        },
      );
      // A dial that only waits for the agent's confirmation started no call.
      if (page && startedNoCall(result)) {
        const tab = ctx.tabId ?? -1;
        pageDials.set(tab, withdrawDial(pageDials.get(tab) ?? [], page.at));
      }
      return result;
    },

    async previewCallerId(data, ctx) {
      // The CRM card (a content script) gets its caller-ID dropdown with the preview.
      return previewCall(db, data.to, platform.now(), {
        withChoice: ctx.sender === 'content',
        region: data.region as CountryCode | undefined,
      });
    },

    async getPageContext(_data, ctx) {
      const [active, settings] = await Promise.all([
        getActiveSnapshot(db),
        getEffectiveSettings(db),
      ]);
      // The admin's exclusions for the sender's own site (the sender's URL, not a claim of it).
      const excludeSelectors = siteExclusions(settings.excludeSelectors, ctx.senderUrl);
      return {
        ok: true,
        defaultCountry: active?.config.account.defaultCountry ?? null,
        routeTelLinks: settings.routeTelLinks,
        offerCalls: ctx.topFrameEnabled !== false,
        ...(excludeSelectors.length ? { excludeSelectors } : {}),
      };
    },

    async syncNow() {
      const settings = await getEffectiveSettings(db);
      if (!isUrlSource(settings)) return runSync({ db, fetch: platform.fetch, now: platform.now });
      return sync();
    },

    async setChoice({ choice }) {
      return saveAgentChoice(choice);
    },

    async setChoiceFromCard({ choice }, ctx) {
      // Like a dial: a frame of a page that is not an enabled site gets no card to pick on.
      if (ctx.topFrameEnabled === false) return { ok: false, error: FRAMED_MESSAGE };
      return saveAgentChoice(choice);
    },

    async selectAgent({ agentId }) {
      const [active, policy] = await Promise.all([getActiveSnapshot(db), getPolicy(db)]);
      if (policy?.agentEmail) {
        return {
          ok: false,
          error: `Your organization signs you in as ${policy.agentEmail}; you cannot pick another agent.`,
        };
      }
      if (!active)
        return {
          ok: false,
          error: 'No account config is active yet; agents can be picked once it arrives.',
        };
      const agent = active.config.agents.find((a) => a.id === agentId);
      if (!agent)
        return {
          ok: false,
          error: `Account "${active.config.account.name}" has no agent "${agentId}".`,
        };
      await saveAgent(db, { id: agent.id, name: agent.name });
      return { ok: true };
    },

    async updateSettings(patch) {
      if (patch.source === 'local' && !(await latestSnapshotOf(db, 'local'))) {
        return {
          ok: false,
          error: 'There is no edited or imported config yet: import or save a document first.',
        };
      }
      const before = await getEffectiveSettings(db);
      const result = await updateSettings(db, patch);
      if (!result.ok) return result;
      await reconcile(before, await getEffectiveSettings(db));
      return { ok: true } satisfies Ack;
    },

    async importConfig({ text, origin }) {
      const settings = await getEffectiveSettings(db);
      if (settings.locked.includes('source')) {
        return {
          ok: false,
          error: "The config source is set by your organization's policy.",
          errors: [],
        };
      }
      const applied = await applyConfigDocument(db, text, {
        source: 'local',
        origin: origin?.trim() || 'options page',
        at: platform.now(),
        // A 5 MB import is checked in slices, like a sync: other messages keep being answered.
        pause: macrotask,
      });
      if (!applied.ok)
        return { ok: false, error: applied.error.message, errors: applied.error.details };
      await useLocalSource(settings);
      return { ok: true, changed: applied.changed, warnings: applied.warnings };
    },

    async restoreSnapshot({ snapshotId }) {
      const settings = await getEffectiveSettings(db);
      if (settings.locked.includes('source')) {
        return {
          ok: false,
          error: "The config source is set by your organization's policy.",
          errors: [],
        };
      }
      const snapshot = await db.configs.get(snapshotId);
      if (!snapshot)
        return { ok: false, error: `There is no kept config #${snapshotId}.`, errors: [] };
      const applied = await applyConfigDocument(db, snapshot.config, {
        source: 'local',
        origin: snapshot.source === 'local' ? snapshot.origin : `${snapshot.origin} (restored)`,
        at: platform.now(),
      });
      if (!applied.ok)
        return { ok: false, error: applied.error.message, errors: applied.error.details };
      await useLocalSource(settings);
      return { ok: true, changed: applied.changed, warnings: applied.warnings };
    },

    // The softphone's messages; the payloads are checked like every other message.
    async softphoneControl({ action, tone }) {
      if (!softphone) return { ok: false, error: 'The softphone is not available here.' };
      return softphone.control(action, tone);
    },
    async softphoneDevices(req) {
      if (!softphone) return { ok: false, error: 'The softphone is not available here.' };
      return softphone.devices(req);
    },
    async setSipPassword({ password }) {
      if (!softphone) return { ok: false, error: 'The softphone is not available here.' };
      return softphone.setPassword(password);
    },
    async softphoneReconnect() {
      if (!softphone) return { ok: false, error: 'The softphone is not available here.' };
      return softphone.reconnect();
    },
  };

  /** After an import or a restore the local document is the source, so no sync replaces it. */
  async function useLocalSource(before: EffectiveSettings): Promise<void> {
    if (before.source === 'local') return;
    await db.settings.put({ ...(await getSettings(db)), source: 'local' });
    await reconcile(before, applyPolicy(await getSettings(db), await getPolicy(db)));
  }

  return {
    ready,
    async handle(type, data, ctx) {
      await ready;
      const checked = checkMessage(type, data, ctx.sender);
      if (!checked.ok) {
        console.warn(`Ringside: refused "${String(type)}" from ${ctx.sender}: ${checked.error}`);
        return { ok: false, error: checked.error } as ReturnType<ProtocolMap[typeof type]>;
      }
      try {
        const result = await (handlers[type] as Handler<typeof type>)(checked.data, ctx);
        if (RECONFIGURES.has(type)) reconfigureSoftphone();
        return result;
      } catch (e) {
        console.error(`Ringside: "${String(type)}" failed`, e);
        return {
          ok: false,
          error: `Ringside could not complete "${String(type)}": ${e instanceof Error ? e.message : String(e)}`,
        } as ReturnType<ProtocolMap[typeof type]>;
      }
    },
    async onSyncAlarm() {
      await ready;
      const result = await sync();
      reconfigureSoftphone();
      return result;
    },
    softphone,
    async onPolicyChanged() {
      await ready;
      await applyPolicyChange();
    },
    async syncIdle() {
      await ready;
      await policyRead;
      while (running) await running.catch(() => undefined);
    },
  };
}
