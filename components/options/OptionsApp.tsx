/**
 * The admin options page. The account (caller-ID selection, numbers, ring groups, agents, default
 * country) is edited as a draft, checked with `parseAccountConfig` on every change with each
 * message next to its field, and saved through the background as this computer's config; an
 * invalid draft cannot be saved, and the config in use stays until a valid one replaces it.
 * Source, calling and sites are settings, saved on their own.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { language as pageLanguage, setLanguagePreference, t } from '../../utils/i18n';
import type { RingsideStatus, SettingsPatch } from '../../lib/db/index';
import { listChoices } from '../../lib/db/choices';
import { listSnapshots } from '../../lib/db/configs';
import { getDb } from '../../lib/db/connection';
import type { Ack } from '../../lib/messages';
import { sameDocument, setCallerIdSettings, type Draft } from '../../lib/ui/draft';
import { awaitingConfig } from '../../lib/ui/source-status';
import { sendMessage } from '../../utils/messaging';
import type { OriginAccess } from '../../utils/server-access';
import { AccountSection } from './AccountSection';
import { CallerIdPolicySection } from './CallerIdPolicySection';
import { CallerIdPreview } from './CallerIdPreview';
import { DraftWarnings } from './DraftWarnings';
import { useLatest } from '../shared/hooks/useLatest';
import { useLiveQuery } from '../shared/hooks/useLiveQuery';
import { useNow } from '../shared/hooks/useNow';
import { useDraftCheck } from './hooks/useDraftCheck';
import { useSaveFlow } from './hooks/useSaveFlow';
import { useSites, type SitesSource } from './hooks/useSites';
import { useStatus } from '../shared/hooks/useStatus';
import { Icon } from '../shared/Icon';
import { ImportErrors } from './ImportErrors';
import { LanguageSection } from './LanguageSection';
import { PresenceSection } from './PresenceSection';
import { SaveBar } from './SaveBar';
import { afterNextPaint } from './after-next-paint';
import { Deferred, StagerContext } from './Deferred';
import { createStager } from '../../lib/ui/stager';
import { lazySection } from './lazy-section';
import { CALL_LOG_LIMIT, recentCalls } from '../../lib/db/calls';

/**
 * The sections after the first ones, each in a chunk of its own (lazy-section.ts), loaded when
 * its turn comes; the tables' code is fetched as soon as the page has drawn once, so it is there
 * by their turn.
 */
const LAZY = {
  SimulatorSection: lazySection(() => import('./SimulatorSection').then((m) => m.SimulatorSection)),
  NumberReportSection: lazySection(() =>
    import('./NumberReportSection').then((m) => m.NumberReportSection),
  ),
  NumbersTable: lazySection(() => import('./NumbersTable').then((m) => m.NumbersTable)),
  RingGroupsTable: lazySection(() => import('./RingGroupsTable').then((m) => m.RingGroupsTable)),
  AgentsTable: lazySection(() => import('./AgentsTable').then((m) => m.AgentsTable)),
  ConfigSourceSection: lazySection(() =>
    import('./ConfigSourceSection').then((m) => m.ConfigSourceSection),
  ),
  ImportExportSection: lazySection(() =>
    import('./ImportExportSection').then((m) => m.ImportExportSection),
  ),
  SitesSection: lazySection(() => import('./SitesSection').then((m) => m.SitesSection)),
  ProviderSection: lazySection(() => import('./ProviderSection').then((m) => m.ProviderSection)),
  DestinationsSection: lazySection(() =>
    import('./DestinationsSection').then((m) => m.DestinationsSection),
  ),
};

export interface OptionsAppProps {
  /** Browser glue for the enabled sites (optional host permissions; see utils/sites.ts). */
  sites: SitesSource & {
    add: (origin: string) => Promise<Ack>;
    remove: (pattern: string) => Promise<Ack>;
  };
  /** Asks for access to the sync URL's or webhook's server (utils/server-access.ts). */
  requestAccess: (url: string) => Promise<OriginAccess | null>;
}

/** The navigation: each section's anchor and the key of its name there. */
const NAV = [
  ['language', 'options.nav.language'],
  ['caller-id', 'options.nav.callerId'],
  ['presence', 'options.nav.presence'],
  ['simulator', 'options.nav.simulator'],
  ['number-report', 'options.nav.numberReport'],
  ['account', 'options.nav.account'],
  ['numbers', 'options.nav.numbers'],
  ['ring-groups', 'options.nav.ringGroups'],
  ['agents', 'options.nav.agents'],
  ['source', 'options.nav.source'],
  ['import-export', 'options.nav.importExport'],
  ['sites', 'options.nav.sites'],
  ['calling', 'options.nav.calling'],
  ['destinations', 'options.nav.destinations'],
] as const;

/** The header's badge: where the config in use came from. */
const SOURCE_BADGE = {
  demo: 'options.header.source.demo',
  url: 'options.header.source.url',
  local: 'options.header.source.local',
  policy: 'options.header.source.policy',
} as const;

const saveSettings = (patch: SettingsPatch) => sendMessage('updateSettings', patch);
const syncNow = () => sendMessage('syncNow', undefined);
const restoreSnapshot = (snapshotId: number) => sendMessage('restoreSnapshot', { snapshotId });
const importFile = (text: string, fileName: string) =>
  sendMessage('importConfig', { text, origin: fileName });

/** Follows a link to a section once every section is drawn (they are drawn in stages). */
function scrollToHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) document.getElementById(id)?.scrollIntoView();
}

export function OptionsApp({ sites, requestAccess }: OptionsAppProps) {
  // No popup status cache here: see useStatus.
  const live = useStatus({ cache: false }).value;
  const status = live.state === 'ready' ? live.value : undefined;
  // The page follows the saved language, whichever page or tab saved it.
  const language = status?.settings.language;
  useEffect(() => {
    if (live.state === 'ready') setLanguagePreference(language);
  }, [live.state, language]);
  // The tab's title and the document's language (screen readers, hyphenation) follow too.
  const lang = pageLanguage.value;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.header.title');
  }, [lang]);
  return (
    <div class="options">
      <header class="options-header">
        <div class="options-header-inner">
          <div class="brand">
            <span class="brand-mark" aria-hidden="true">
              <Icon name="phone" size={14} />
            </span>
            <h1>{t('options.header.title')}</h1>
          </div>
          {status?.active && (
            <span class="account-chip">
              {status.active.config.account.name}
              <span class="badge">
                {status.settings.source === 'policy'
                  ? t('options.header.managed')
                  : t(SOURCE_BADGE[status.active.source])}
              </span>
            </span>
          )}
        </div>
      </header>
      <div class="options-layout">
        <nav class="options-nav" aria-label={t('options.nav.label')}>
          <ul>
            {NAV.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options-main">
          {live.state === 'loading' && <p class="hint loading">{t('options.loading')}</p>}
          {live.state === 'error' && (
            <div class="alert alert-error" role="alert">
              <Icon name="error" />
              <span>{t('options.readError', { error: live.error.message })}</span>
            </div>
          )}
          {status && <OptionsBody status={status} sites={sites} requestAccess={requestAccess} />}
        </main>
      </div>
    </div>
  );
}

function OptionsBody({
  status,
  sites,
  requestAccess,
}: {
  status: RingsideStatus;
} & OptionsAppProps) {
  const now = useNow();
  const enabledSites = useSites(sites);
  const snapshots = useLiveQuery(() => listSnapshots(getDb()), []).value;
  const calls = useLiveQuery(() => recentCalls(getDb(), CALL_LOG_LIMIT), []).value;
  const callLog = calls.state === 'ready' ? calls.value : [];
  const accountId = status.active?.config.account.id ?? '';
  const choices = useLiveQuery(() => listChoices(getDb(), accountId), [accountId]).value;
  const savedChoices = choices.state === 'ready' ? choices.value : undefined;
  const active = status.active;
  const saved = active?.config ?? null;
  const [draft, setDraft] = useState<Draft | null>(saved);
  const [base, setBase] = useState<Draft | null>(saved);
  // A sync or an import that fails after "Saved." makes that note stale.
  const { busy, note, say, run } = useSaveFlow({ failedAt: status.sync.lastError?.at });
  const [refused, setRefused] = useState<{ error: string; errors: string[] } | null>(null);

  const dirty = !sameDocument(draft, base);
  // A new config in use (a sync, an import, another tab) replaces a draft with no edits; a draft
  // with edits is kept, and the page says the config changed underneath it.
  // Only a change of `saved` does this: a save sets `base` before the new config arrives.
  const latest = useLatest({ base, dirty });
  useEffect(() => {
    if (sameDocument(saved, latest.current.base) || latest.current.dirty) return;
    setDraft(saved);
    setBase(saved);
  }, [saved, latest]);

  // Errors and warnings of the draft, by path; large accounts are checked in slices.
  const { errors, warnings, valid } = useDraftCheck(draft);
  const locked = status.settings.source === 'policy' || status.settings.locked.includes('source');
  const savedIds = useMemo(
    () =>
      new Set([
        ...(saved?.numbers.map((n) => n.id) ?? []),
        ...(saved?.agents.map((a) => a.id) ?? []),
        ...(saved?.ringGroups.map((g) => g.id) ?? []),
      ]),
    [saved],
  );

  // Stable callbacks that act on the latest draft and settings: the sections below render again
  // only when what they show changes (Deferred's deps), so they must not hold an old draft.
  const current = useLatest({ draft, say, settings: status.settings });
  const handlers = useMemo(() => {
    const edit = (next: Draft) => {
      setDraft(next);
      current.current.say(null);
      setRefused(null);
    };
    return {
      edit,
      editCallerId: (patch: Parameters<typeof setCallerIdSettings>[1]) => {
        const d = current.current.draft;
        if (d) edit(setCallerIdSettings(d, patch));
      },
      saveExclusions: (origin: string, selectors: string[]) => {
        const next = { ...current.current.settings.excludeSelectors };
        if (selectors.length) next[origin] = selectors;
        else delete next[origin];
        return saveSettings({ excludeSelectors: next });
      },
    };
  }, [current]);
  const { edit } = handlers;
  // The sections after the first are drawn one per task and frame (Deferred.tsx); once all are
  // there, a link to a section (options.html#agents) is followed.
  // The tables' code is fetched once the page has drawn (effects run after the paint), so it is
  // there by their turn: the numbers table is what an admin waits for.
  useEffect(() => {
    for (const table of [LAZY.NumbersTable, LAZY.RingGroupsTable, LAZY.AgentsTable])
      table.load().catch(() => {}); // Deferred reports a load that failed when it is its turn
  }, []);
  const [staging] = useState(() => ({
    stager: createStager(afterNextPaint, scrollToHash),
    order: 0,
  }));

  const save = async () => {
    if (!draft) return;
    setRefused(null);
    await run(async () => {
      const result = await sendMessage('importConfig', {
        text: JSON.stringify(draft, null, 2),
        origin: 'options page',
      });
      if (result.ok) {
        setBase(draft);
        return result;
      }
      // The problems are listed above the sections; the bar only says it was not saved.
      setRefused({ error: result.error, errors: result.errors });
      return { ok: false, error: t('options.account.notSaved') };
    }, t('options.account.saved'));
  };

  return (
    <StagerContext.Provider value={staging}>
      {draft && dirty && !sameDocument(base, saved) && (
        <div class="alert alert-warning" role="status">
          <Icon name="warning" />
          <span>{t('options.account.changedUnderneath')}</span>
        </div>
      )}
      {errors.count > 0 && (
        <div class="alert alert-error problems" id="problems" tabIndex={-1}>
          <Icon name="error" />
          <div>
            <p>{t('options.account.problems', { count: errors.count })}</p>
            <ul class="path-errors">
              {errors.all.map((e, i) => (
                <li key={i}>
                  {e.path && <code class="path">{e.path}</code>}
                  <span>{e.message}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <DraftWarnings warnings={warnings} />
      {refused && (
        <ImportErrors
          source={t('options.account.editedSource')}
          error={refused.error}
          errors={refused.errors}
        />
      )}
      <LanguageSection value={status.settings.language} onSave={saveSettings} />
      {draft ? (
        <>
          <CallerIdPolicySection
            value={draft.outboundCallerId}
            locked={locked}
            errors={errors.within('outboundCallerId').map((e) => e.message)}
            onChange={handlers.editCallerId}
            preview={<CallerIdPreview config={valid} savedChoices={savedChoices} />}
          />
          <Deferred order={1} deps={[draft.outboundCallerId, locked, errors]}>
            <PresenceSection
              value={draft.outboundCallerId}
              locked={locked}
              errors={(f) => errors.within(`outboundCallerId.${f}`).map((e) => e.message)}
              onChange={handlers.editCallerId}
            />
          </Deferred>
          <Deferred order={2} deps={[valid, callLog]} load={LAZY.SimulatorSection.load}>
            <LAZY.SimulatorSection.View config={valid} history={callLog} />
          </Deferred>
          <Deferred
            order={3}
            deps={[valid ?? saved, callLog, now]}
            load={LAZY.NumberReportSection.load}
          >
            <LAZY.NumberReportSection.View config={valid ?? saved} history={callLog} now={now} />
          </Deferred>
          <Deferred order={4} deps={[draft, errors, locked]}>
            <AccountSection draft={draft} onChange={edit} errors={errors} locked={locked} />
          </Deferred>
          <Deferred
            order={5}
            deps={[draft, errors, warnings, savedIds, locked]}
            load={LAZY.NumbersTable.load}
          >
            <LAZY.NumbersTable.View
              draft={draft}
              onChange={edit}
              errors={errors}
              warnings={warnings}
              savedIds={savedIds}
              locked={locked}
            />
          </Deferred>
          <Deferred
            order={6}
            deps={[draft, errors, savedIds, locked]}
            load={LAZY.RingGroupsTable.load}
          >
            <LAZY.RingGroupsTable.View
              draft={draft}
              onChange={edit}
              errors={errors}
              savedIds={savedIds}
              locked={locked}
            />
          </Deferred>
          <Deferred
            order={7}
            deps={[draft, errors, warnings, savedIds, locked]}
            load={LAZY.AgentsTable.load}
          >
            <LAZY.AgentsTable.View
              draft={draft}
              onChange={edit}
              errors={errors}
              warnings={warnings}
              savedIds={savedIds}
              locked={locked}
            />
          </Deferred>
        </>
      ) : (
        <div class="alert alert-info" role="status">
          <Icon name="info" />
          <span>
            {status.settings.source === 'demo'
              ? t('options.account.settingUpDemo')
              : awaitingConfig(active, status.sync)
                ? t('options.account.waitingFirst')
                : t('options.account.noneYet')}
          </span>
        </div>
      )}
      <Deferred
        order={8}
        deps={[status.settings, status.sync, active, now, snapshots]}
        load={LAZY.ConfigSourceSection.load}
      >
        <LAZY.ConfigSourceSection.View
          settings={status.settings}
          sync={status.sync}
          active={active}
          now={now}
          onSave={saveSettings}
          onSyncNow={syncNow}
          snapshots={snapshots.state === 'ready' ? snapshots.value : []}
          onRestore={restoreSnapshot}
          requestAccess={requestAccess}
        />
      </Deferred>
      <Deferred order={9} deps={[saved, locked]} load={LAZY.ImportExportSection.load}>
        <LAZY.ImportExportSection.View active={saved} locked={locked} onImport={importFile} />
      </Deferred>
      <Deferred order={10} deps={[enabledSites, status.settings]} load={LAZY.SitesSection.load}>
        <LAZY.SitesSection.View
          sites={enabledSites}
          onAdd={sites.add}
          onRemove={sites.remove}
          exclusions={status.settings.excludeSelectors ?? {}}
          exclusionsLocked={status.settings.locked.includes('excludeSelectors')}
          onSaveExclusions={handlers.saveExclusions}
        />
      </Deferred>
      <Deferred order={11} deps={[status.settings]} load={LAZY.ProviderSection.load}>
        <LAZY.ProviderSection.View
          settings={status.settings}
          onSave={saveSettings}
          requestAccess={requestAccess}
        />
      </Deferred>
      <Deferred order={12} deps={[status.settings]} load={LAZY.DestinationsSection.load}>
        <LAZY.DestinationsSection.View settings={status.settings} onSave={saveSettings} />
      </Deferred>
      <SaveBar
        dirty={dirty}
        problems={errors.count}
        busy={busy}
        note={note}
        onSave={() => void save()}
        onDiscard={() => {
          setDraft(saved);
          setBase(saved);
          setRefused(null);
          say(null);
        }}
      />
    </StagerContext.Provider>
  );
}
