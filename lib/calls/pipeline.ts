/**
 * The call pipeline: destination → agent → caller ID (resolveCallerId with the stored choice) →
 * provider → call log. Every dial leaves one log entry, placed, failed or refused, and a refusal
 * always says what the agent can do about it.
 */
import { resolveCallerId } from '../caller-id';
import type { AccountConfig, CallerIdChoice, CallerIdSelection } from '../caller-id/types';
import { appendCall } from '../db/calls';
import { getChoice } from '../db/choices';
import { getActiveSnapshot } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import { getEffectiveSettings } from '../db/settings';
import type { CallLogEntry, ConfigSnapshot, EffectiveSettings } from '../db/types';
import metadata from 'libphonenumber-js/max/metadata';
import type {
  CallConfirmation,
  CallConfirmationKind,
  CallDisplay,
  DialResult,
  PreviewResult,
} from '../messages';
import { getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { analyzePhone } from '../phone';
import { phoneDisplay } from '../phone/format';
import { countryName } from '../ui/format';
import {
  checkDestination,
  DEFAULT_DESTINATION_POLICY,
  emergencyMessage,
  emergencyNumber,
  unconfirmed,
  type DestinationPolicy,
} from './destination-checks';
import { cardChoice, type DescribeNumber } from './card-choice';
import { invalidNumberMessage } from './invalid-number';
import { agentIdentity } from './identity';
import { localTimeText, presenceConfirmations, selectionContext } from './presence-context';
import { providerFor, type ProviderDeps } from './providers';

export interface CallRequest {
  to: string;
  ext?: string;
  /** Confirmations the agent gave ("Call anyway"). */
  confirmed?: readonly CallConfirmationKind[];
  /** The caller-ID number id the agent was shown, if a preview was shown. */
  fromNumberId?: string;
  /** The country the page read `to` in (detection's region); checked again here. */
  region?: CountryCode;
  pageTitle?: string;
  pageUrl?: string;
  tabId?: number;
}

export interface PipelineDeps extends ProviderDeps {
  db: RingsideDb;
  now: () => number;
  /** A provider that follows its call (SIP) logged it under `callId`; its end updates the row. */
  onFollowedCall?: (callKey: string, callId: number) => Promise<void>;
  /** The active snapshot as the background keeps it in memory; read from `db` when absent. */
  activeSnapshot?: ActiveSnapshotReader;
  /** The language of refusals and reasons (the agent's); English when absent. */
  translator?: Translator;
}

/** Where the pipeline gets the active config (lib/background/active-config.ts in the worker). */
export type ActiveSnapshotReader = () => Promise<ConfigSnapshot | null>;

/**
 * Where a preview gets the settings and the agent's choice: the database by default, or what the
 * background keeps in memory (lib/background/kept-reads.ts), so a preview needs no database round
 * trip at all.
 */
export interface AgentStateReader {
  settings(): Promise<EffectiveSettings>;
  choice(accountId: string, agentId: string): Promise<CallerIdChoice | null>;
}

const databaseReader = (db: RingsideDb): AgentStateReader => ({
  settings: () => getEffectiveSettings(db),
  choice: (accountId, agentId) => getChoice(db, accountId, agentId),
});

type Prepared =
  | {
      ok: true;
      config: AccountConfig;
      settings: EffectiveSettings;
      agentId: string;
      e164: string;
      ext?: string;
      selection: CallerIdSelection;
      /** Confirmations this destination needs (destination-checks.ts). */
      confirm: CallConfirmation[];
    }
  | {
      ok: false;
      error: string;
      settings: EffectiveSettings;
      accountId: string;
      agentId: string;
      selection?: CallerIdSelection;
      /** Refused because the agent must say who they are (see PreviewResult). */
      needsAgent?: true;
    };

/** Everything up to the provider; shared by `dial` and `previewCallerId`. */
async function prepare(
  db: RingsideDb,
  to: string,
  now: number,
  ext?: string,
  region?: CountryCode,
  readActive: ActiveSnapshotReader = () => getActiveSnapshot(db),
  tr: Translator = english,
  reads: AgentStateReader = databaseReader(db),
): Promise<Prepared> {
  const [active, settings] = await Promise.all([readActive(), reads.settings()]);
  const config = active?.config ?? null;
  const identity = agentIdentity(config, settings, tr);
  const accountId = config?.account.id ?? '';
  if (!config || identity.state !== 'ok') {
    const message = identity.state === 'ok' ? '' : identity.message;
    return {
      ok: false,
      error: message,
      settings,
      accountId,
      agentId: settings.agentId ?? '',
      // Not for want of a config: the agent must (again) say who they are, in the popup.
      ...(identity.state === 'unselected' || identity.state === 'removed'
        ? { needsAgent: true as const }
        : {}),
    };
  }
  const agentId = identity.agent.id;
  const country = config.account.defaultCountry;
  // Before the validity check: "911" is not a valid phone number, and must not be called one.
  const emergency = emergencyNumber(to, region ?? country);
  if (emergency) {
    return { ok: false, error: emergencyMessage(emergency, tr), settings, accountId, agentId };
  }
  const regionError = region ? checkRegion(to, region, tr) : null;
  if (regionError) return { ok: false, error: regionError, settings, accountId, agentId };
  const readIn = region ?? country;
  const facts = analyzePhone(to, readIn);
  if (!facts?.valid) {
    return {
      ok: false,
      error: invalidNumberMessage(to, readIn, tr),
      settings,
      accountId,
      agentId,
    };
  }
  const verdict = checkDestination(
    facts,
    country,
    destinationPolicy(settings),
    {
      display: phoneDisplay(facts.e164, metadata).display,
      countryName: tr.language === 'en' ? countryName : (code) => tr.country(code),
    },
    tr,
  );
  if (!verdict.ok) return { ok: false, error: verdict.error, settings, accountId, agentId };
  const choice = await reads.choice(accountId, agentId);
  const context = await selectionContext(db, config, now, tr === english ? undefined : tr);
  const selection = resolveCallerId(config, agentId, choice, facts.e164, context);
  if (!selection.number) {
    return {
      ok: false,
      error: tr.t('calls.noCallerId', { reason: selection.reason }),
      settings,
      accountId,
      agentId,
      selection,
    };
  }
  return {
    ok: true,
    config,
    settings,
    agentId,
    e164: facts.e164,
    ext: ext ?? facts.ext,
    selection,
    confirm: [
      ...verdict.confirm,
      ...presenceConfirmations(
        config,
        facts.e164,
        phoneDisplay(facts.e164, metadata).display,
        now,
        tr,
      ),
    ],
  };
}

/** The admin's destination settings, with their defaults. */
export function destinationPolicy(settings: EffectiveSettings): DestinationPolicy {
  return {
    allowedCountries: settings.allowedCountries ?? DEFAULT_DESTINATION_POLICY.allowedCountries,
    blockPremium: settings.blockPremium ?? DEFAULT_DESTINATION_POLICY.blockPremium,
    confirmInternational:
      settings.confirmInternational ?? DEFAULT_DESTINATION_POLICY.confirmInternational,
  };
}

/**
 * The page says `to` was read as a number of `region`: a call goes ahead only if that holds here
 * too (a known country, and the number valid in it), so a page cannot make a number dial in a
 * country it does not belong to.
 */
export function checkRegion(to: string, region: string, tr: Translator = english): string | null {
  if (!isSupportedCountry(region)) return tr.t('calls.unknownRegion', { region });
  const facts = analyzePhone(to, region);
  const code = getCountryCallingCode(region);
  if (!facts?.valid || !facts.e164.startsWith(`+${code}`)) {
    return tr.t('calls.invalidInRegion', { to, region, code });
  }
  return null;
}

/** Both numbers of a call as every surface writes them (lib/phone/format.ts, full metadata). */
function display(to: string, from: string): CallDisplay {
  return {
    toDisplay: phoneDisplay(to, metadata).display,
    fromDisplay: phoneDisplay(from, metadata).display,
  };
}

/** A number of the card's dropdown: written, and its country named (for the card's filter). */
export const describeForCard: DescribeNumber = (e164) => {
  const { display, country } = phoneDisplay(e164, metadata);
  return { display, country, countryName: country ? countryName(country) : '' };
};

/** Which number a call to `to` would use, and why. Nothing is logged. */
export async function previewCall(
  db: RingsideDb,
  to: string,
  now = Date.now(),
  options: {
    withChoice?: boolean;
    region?: CountryCode;
    activeSnapshot?: ActiveSnapshotReader;
    /** The language of the reason, refusals and local time; English when absent. */
    translator?: Translator;
    /** The settings and choice kept in memory (the background's); the database when absent. */
    reads?: AgentStateReader;
  } = {},
): Promise<PreviewResult> {
  const tr = options.translator ?? english;
  const reads = options.reads ?? databaseReader(db);
  const prepared = await prepare(
    db,
    to,
    now,
    undefined,
    options.region,
    options.activeSnapshot,
    tr,
    reads,
  );
  if (!prepared.ok)
    return prepared.needsAgent
      ? { ok: false, error: prepared.error, needsAgent: true }
      : { ok: false, error: prepared.error };
  const { e164, selection, confirm, config, agentId } = prepared;
  const localTime = localTimeText(e164, now, tr);
  const choice = options.withChoice
    ? cardChoice(config, agentId, await reads.choice(config.account.id, agentId), describeForCard)
    : undefined;
  return {
    ok: true,
    e164,
    selection,
    ...(confirm.length ? { confirm } : {}),
    provider: prepared.settings.provider.kind,
    ...(localTime ? { localTime } : {}),
    ...(choice ? { choice } : {}),
    ...display(e164, selection.number!.number),
  };
}

export async function placeCall(deps: PipelineDeps, request: CallRequest): Promise<DialResult> {
  const { db } = deps;
  const at = deps.now();
  const prepared = await prepare(
    db,
    request.to,
    at,
    request.ext,
    request.region,
    deps.activeSnapshot,
    deps.translator,
  );
  const base = {
    at,
    pageTitle: request.pageTitle,
    pageUrl: request.pageUrl,
    provider: prepared.settings.provider.kind,
  };
  if (!prepared.ok) {
    const entry: Omit<CallLogEntry, 'id'> = {
      ...base,
      accountId: prepared.accountId,
      agentId: prepared.agentId,
      to: request.to,
      ext: request.ext,
      from: null,
      fromNumberId: null,
      rule: prepared.selection?.rule ?? 'none',
      reason: prepared.selection?.reason ?? '',
      outcome: 'refused',
      error: prepared.error,
    };
    const callId = await appendCall(db, stripUndefined(entry));
    return {
      ok: false,
      error: prepared.error,
      callId,
      ...(prepared.selection ? { selection: prepared.selection } : {}),
    };
  }

  const { selection, config, agentId } = prepared;
  const number = selection.number!;
  const shown = display(prepared.e164, number.number);
  /** A call Ringside did not try, logged with what the agent was told. */
  const refuse = async (
    error: string,
    extra: { confirm?: CallConfirmation[]; callerIdChanged?: true },
  ): Promise<DialResult> => {
    const entry: Omit<CallLogEntry, 'id'> = {
      ...base,
      accountId: config.account.id,
      agentId,
      to: prepared.e164,
      ext: prepared.ext,
      from: null,
      fromNumberId: null,
      rule: selection.rule,
      reason: selection.reason,
      outcome: 'refused',
      error,
    };
    const callId = await appendCall(db, stripUndefined(entry));
    return { ok: false, error, callId, selection, ...extra, ...shown };
  };
  // The agent was shown one caller ID and the call would now use another (the config or the
  // choice changed in between): never call from a number the agent did not see.
  if (request.fromNumberId !== undefined && request.fromNumberId !== number.id) {
    const tr = deps.translator ?? english;
    return refuse(
      number.label
        ? tr.t('calls.callerIdChangedLabel', { number: shown.fromDisplay, label: number.label })
        : tr.t('calls.callerIdChanged', { number: shown.fromDisplay }),
      { callerIdChanged: true },
    );
  }
  const missing = unconfirmed(prepared.confirm, request.confirmed);
  if (missing.length) {
    const reasons = missing.map((c) => c.message).join(' ');
    return refuse((deps.translator ?? english).t('calls.notConfirmed', { reasons }), {
      confirm: missing,
    });
  }
  const provider = providerFor(prepared.settings.provider, deps);
  const outcome = await provider.place({
    to: prepared.e164,
    ext: prepared.ext,
    from: number.number,
    fromNumberId: number.id,
    agentId,
    accountId: config.account.id,
    rule: selection.rule,
    tabId: request.tabId,
    fromLabel: number.label,
    accountName: config.account.name,
  });
  const entry: Omit<CallLogEntry, 'id'> = {
    ...base,
    accountId: config.account.id,
    agentId,
    to: prepared.e164,
    ext: prepared.ext,
    from: number.number,
    fromNumberId: number.id,
    rule: selection.rule,
    reason: selection.reason,
    outcome: outcome.ok ? 'placed' : outcome.refused ? 'refused' : 'failed',
    ...(outcome.ok ? { detail: outcome.detail } : { error: outcome.error }),
    ...(prepared.settings.provider.kind === 'sip' ? { direction: 'outbound' as const } : {}),
  };
  const callId = await appendCall(db, stripUndefined(entry));
  if (outcome.ok && outcome.callKey) await deps.onFollowedCall?.(outcome.callKey, callId);
  return outcome.ok
    ? { ok: true, callId, selection, provider: prepared.settings.provider.kind, ...shown }
    : { ok: false, error: outcome.error, callId, selection, ...shown };
}

/** IndexedDB stores `undefined` fields as present; the log rows stay clean without them. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
