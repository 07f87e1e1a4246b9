/**
 * The background's behaviour, independent of the browser: start-up, scheduled and on-demand sync,
 * policy changes, and the message handlers. entrypoints/background wires it to browser events.
 *
 * This file only wires the parts together: the active config kept in memory (active-config.ts),
 * the one sync at a time (sync-runner.ts), the config sources and the policy
 * (sources.ts, policy-refresh.ts), and one file per group of messages under handlers/.
 * Everything that must outlive the worker is in IndexedDB; what is in memory (the active config,
 * the running sync, the page dial rate) is rebuilt or forgotten when the worker restarts.
 */
import { getEffectiveSettings } from '../db/settings';
import { getSyncState } from '../db/sync-state';
import type { RingsideDb } from '../db/schema';
import { checkMessage } from '../messages-schema';
import type { MessageType, ProtocolMap, SyncResult } from '../messages';
import { isUrlSource, syncDueOnWake } from '../sync/run';
import type { Translator } from '../i18n/translator';
import { errorMessage } from '../ui/errors';
import { createActiveConfig, type ActiveConfig } from './active-config';
import { createKeptReads, type KeptReads } from './kept-reads';
import { createMessagesFirst } from './messages-first';
import type { BackgroundContext, Handler } from './context';
import { choiceHandlers } from './handlers/choice';
import { configHandlers } from './handlers/config';
import { dialHandlers } from './handlers/dial';
import { previewHandlers } from './handlers/preview';
import { softphoneHandlers } from './handlers/softphone';
import { createBackgroundLanguage } from './language';
import type { MessageContext, Platform } from './platform';
import { applyPolicyChange, refreshPolicy } from './policy-refresh';
import { createSoftphoneController, type SoftphoneController } from './softphone';
import { createConfigSources } from './sources';
import { createSyncRunner } from './sync-runner';

export { DEMO_ORIGIN } from './sources';
export { FRAMED_MESSAGE } from './handlers/dial';
export { RESUME_ALARM_MS } from './sync-runner';

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
  /** The active config as kept in memory (tests and benches watch its reads). */
  active: ActiveConfig;
  /** The settings and choices kept in memory for quick messages (tests watch its reads). */
  kept: KeptReads;
  /** The translator of the language in effect (Settings.language, else the browser's). */
  translator(): Translator;
  /** Calls `listener` with the new translator when the language in effect changes. */
  onLanguageChange(listener: (translator: Translator) => void): void;
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
  const language = createBackgroundLanguage(db, () => platform.uiLanguage?.());
  const softphone = platform.softphone
    ? createSoftphoneController(db, platform.softphone, platform.now, language.current)
    : null;
  const active = createActiveConfig(db);
  const kept = createKeptReads(db);
  // Previews and page loads are answered before the next slice of a big sync or import.
  const messagesFirst = createMessagesFirst();
  const runner = createSyncRunner(
    db,
    platform,
    active.prime,
    active.snapshot,
    language.current,
    messagesFirst.pause,
  );
  const sources = createConfigSources(db, platform, active, runner, demoDocument);
  const context: BackgroundContext = {
    db,
    platform,
    active,
    kept,
    sync: runner,
    sources,
    softphone,
    translator: language.current,
    pause: messagesFirst.pause,
  };

  /** Started, not awaited: the softphone reports its own state. */
  function reconfigureSoftphone(): void {
    softphone?.configure().catch((e) => console.error('Ringside: softphone configure failed', e));
  }

  /** The policy read of this worker start, running alongside message handling. */
  let policyRead: Promise<void> = Promise.resolve();

  async function start(): Promise<void> {
    await language.refresh().catch((e) => console.error('Ringside: language read failed', e));
    if (await active.snapshot()) {
      // Reading storage.managed can take seconds (Chromium waits for its policy service), and the
      // worker starts for every message: use the policy mirrored at the last start, and re-read it
      // alongside, reacting only if it changed.
      policyRead = applyPolicyChange(db, platform, sources).catch((e) =>
        console.error('Ringside: policy read failed', e),
      );
    } else {
      // First run: the policy decides the source before anything is activated.
      await refreshPolicy(db, platform);
    }
    const settings = await getEffectiveSettings(db);
    // A fresh install gets the demo; a new extension version with a changed demo updates it.
    if (settings.source === 'demo') await sources.applyDemo();
    const state = await getSyncState(db);
    // The browser (or Ringside) just started: fetch the config, as well as when a sync is due.
    const sessionStart = await platform.firstStartThisSession();
    if (syncDueOnWake(state, settings, platform.now()) || (sessionStart && isUrlSource(settings)))
      void runner.sync();
    else await runner.scheduleFromState();
  }

  const ready = start()
    .then(reconfigureSoftphone)
    .catch((e) => console.error('Ringside: background start failed', e));

  const handlers: { [T in MessageType]: Handler<T> } = {
    ...dialHandlers(context),
    ...previewHandlers(context),
    ...choiceHandlers(context),
    ...configHandlers(context),
    ...softphoneHandlers(context),
  };

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
        const result = await messagesFirst.handle(type, () =>
          (handlers[type] as Handler<typeof type>)(checked.data, ctx),
        );
        // The settings may name another language: what follows is written in it.
        if (type === 'updateSettings')
          await language.refresh().catch((e) => console.error('Ringside: language read failed', e));
        if (RECONFIGURES.has(type)) reconfigureSoftphone();
        return result;
      } catch (e) {
        console.error(`Ringside: "${String(type)}" failed`, e);
        return {
          ok: false,
          error: language.current().t('background.failed', {
            type: String(type),
            error: errorMessage(e),
          }),
        } as ReturnType<ProtocolMap[typeof type]>;
      }
    },
    async onSyncAlarm() {
      await ready;
      const result = await runner.sync();
      reconfigureSoftphone();
      return result;
    },
    softphone,
    active,
    kept,
    translator: language.current,
    onLanguageChange: language.onChange,
    async onPolicyChanged() {
      await ready;
      await applyPolicyChange(db, platform, sources);
    },
    async syncIdle() {
      await ready;
      await policyRead;
      await runner.idle();
    },
  };
}
