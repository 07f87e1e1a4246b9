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
import { AgentsTable } from './AgentsTable';
import { CallerIdPolicySection } from './CallerIdPolicySection';
import { CallerIdPreview } from './CallerIdPreview';
import { DraftWarnings } from './DraftWarnings';
import { ConfigSourceSection } from './ConfigSourceSection';
import { DestinationsSection } from './DestinationsSection';
import { useLatest } from '../shared/hooks/useLatest';
import { useLiveQuery } from '../shared/hooks/useLiveQuery';
import { useNow } from '../shared/hooks/useNow';
import { useDraftCheck } from './hooks/useDraftCheck';
import { useSaveFlow } from './hooks/useSaveFlow';
import { useSites, type SitesSource } from './hooks/useSites';
import { useStatus } from '../shared/hooks/useStatus';
import { Icon } from '../shared/Icon';
import { ImportErrors } from './ImportErrors';
import { ImportExportSection } from './ImportExportSection';
import { LanguageSection } from './LanguageSection';
import { NumberReportSection } from './NumberReportSection';
import { NumbersTable } from './NumbersTable';
import { PresenceSection } from './PresenceSection';
import { ProviderSection } from './ProviderSection';
import { RingGroupsTable } from './RingGroupsTable';
import { SaveBar } from './SaveBar';
import { SimulatorSection } from './SimulatorSection';
import { SitesSection } from './SitesSection';
import { CALL_LOG_LIMIT, recentCalls } from '../../lib/db/calls';

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

export function OptionsApp({ sites, requestAccess }: OptionsAppProps) {
  const live = useStatus().value;
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

  const edit = (next: Draft) => {
    setDraft(next);
    say(null);
    setRefused(null);
  };

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
    <>
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
            onChange={(patch) => edit(setCallerIdSettings(draft, patch))}
            preview={<CallerIdPreview config={valid} savedChoices={savedChoices} />}
          />
          <PresenceSection
            value={draft.outboundCallerId}
            locked={locked}
            errors={(f) => errors.within(`outboundCallerId.${f}`).map((e) => e.message)}
            onChange={(patch) => edit(setCallerIdSettings(draft, patch))}
          />
          <SimulatorSection config={valid} history={callLog} />
          <NumberReportSection config={valid ?? saved} history={callLog} now={now} />
          <AccountSection draft={draft} onChange={edit} errors={errors} locked={locked} />
          <NumbersTable
            draft={draft}
            onChange={edit}
            errors={errors}
            warnings={warnings}
            savedIds={savedIds}
            locked={locked}
          />
          <RingGroupsTable
            draft={draft}
            onChange={edit}
            errors={errors}
            savedIds={savedIds}
            locked={locked}
          />
          <AgentsTable
            draft={draft}
            onChange={edit}
            errors={errors}
            warnings={warnings}
            savedIds={savedIds}
            locked={locked}
          />
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
      <ConfigSourceSection
        settings={status.settings}
        sync={status.sync}
        active={active}
        now={now}
        onSave={saveSettings}
        onSyncNow={() => sendMessage('syncNow', undefined)}
        snapshots={snapshots.state === 'ready' ? snapshots.value : []}
        onRestore={(snapshotId) => sendMessage('restoreSnapshot', { snapshotId })}
        requestAccess={requestAccess}
      />
      <ImportExportSection
        active={saved}
        locked={locked}
        onImport={(text, fileName) => sendMessage('importConfig', { text, origin: fileName })}
      />
      <SitesSection
        sites={enabledSites}
        onAdd={sites.add}
        onRemove={sites.remove}
        exclusions={status.settings.excludeSelectors ?? {}}
        exclusionsLocked={status.settings.locked.includes('excludeSelectors')}
        onSaveExclusions={(origin, selectors) => {
          const next = { ...status.settings.excludeSelectors };
          if (selectors.length) next[origin] = selectors;
          else delete next[origin];
          return saveSettings({ excludeSelectors: next });
        }}
      />
      <ProviderSection
        settings={status.settings}
        onSave={saveSettings}
        requestAccess={requestAccess}
      />
      <DestinationsSection settings={status.settings} onSave={saveSettings} />
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
    </>
  );
}
