/**
 * The call pipeline: destination → agent → caller ID (resolveCallerId with the stored choice) →
 * provider → call log. Every dial leaves one log entry, placed, failed or refused, and a refusal
 * always says what the agent can do about it.
 */
import { resolveCallerId } from '../caller-id';
import type { AccountConfig, CallerIdSelection } from '../caller-id/types';
import { appendCall } from '../db/calls';
import { getChoice } from '../db/choices';
import { getActiveSnapshot } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import { getEffectiveSettings } from '../db/settings';
import type { CallLogEntry, EffectiveSettings } from '../db/types';
import metadata from 'libphonenumber-js/max/metadata';
import { getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import type { CallDisplay, DialResult, PreviewResult } from '../messages';
import { analyzePhone } from '../phone';
import { phoneDisplay } from '../phone/format';
import { agentIdentity } from './identity';
import { providerFor, type ProviderDeps } from './providers';

export interface CallRequest {
  to: string;
  ext?: string;
  /** The country the page read `to` in (detection's region); checked again here. */
  region?: CountryCode;
  pageTitle?: string;
  pageUrl?: string;
  tabId?: number;
}

export interface PipelineDeps extends ProviderDeps {
  db: RingsideDb;
  now: () => number;
}

type Prepared =
  | {
      ok: true;
      config: AccountConfig;
      settings: EffectiveSettings;
      agentId: string;
      e164: string;
      ext?: string;
      selection: CallerIdSelection;
    }
  | {
      ok: false;
      error: string;
      settings: EffectiveSettings;
      accountId: string;
      agentId: string;
      selection?: CallerIdSelection;
    };

/** Everything up to the provider; shared by `dial` and `previewCallerId`. */
async function prepare(
  db: RingsideDb,
  to: string,
  ext?: string,
  region?: CountryCode,
): Promise<Prepared> {
  const [active, settings] = await Promise.all([getActiveSnapshot(db), getEffectiveSettings(db)]);
  const config = active?.config ?? null;
  const identity = agentIdentity(config, settings);
  const accountId = config?.account.id ?? '';
  if (!config || identity.state !== 'ok') {
    const message = identity.state === 'ok' ? '' : identity.message;
    return { ok: false, error: message, settings, accountId, agentId: settings.agentId ?? '' };
  }
  const agentId = identity.agent.id;
  const regionError = region ? checkRegion(to, region) : null;
  if (regionError) return { ok: false, error: regionError, settings, accountId, agentId };
  const readIn = region ?? config.account.defaultCountry;
  const facts = analyzePhone(to, readIn);
  if (!facts?.valid) {
    return {
      ok: false,
      error: `"${to}" is not a valid phone number (read with country ${readIn} when it has no country code).`,
      settings,
      accountId,
      agentId,
    };
  }
  const choice = await getChoice(db, accountId, agentId);
  const selection = resolveCallerId(config, agentId, choice, facts.e164);
  if (!selection.number) {
    return {
      ok: false,
      error: `No caller ID can be used for this call: ${selection.reason}`,
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
  };
}

/**
 * The page says `to` was read as a number of `region`: a call goes ahead only if that holds here
 * too (a known country, and the number valid in it), so a page cannot make a number dial in a
 * country it does not belong to.
 */
export function checkRegion(to: string, region: string): string | null {
  if (!isSupportedCountry(region))
    return `"${region}" is not a country Ringside knows: not called.`;
  const facts = analyzePhone(to, region);
  const code = getCountryCallingCode(region);
  if (!facts?.valid || !facts.e164.startsWith(`+${code}`)) {
    return `${to} is not a valid number of ${region} (+${code}): not called. Check the number on the page.`;
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

/** Which number a call to `to` would use, and why. Nothing is logged. */
export async function previewCall(
  db: RingsideDb,
  to: string,
  region?: CountryCode,
): Promise<PreviewResult> {
  const prepared = await prepare(db, to, undefined, region);
  if (!prepared.ok) return { ok: false, error: prepared.error };
  const { e164, selection } = prepared;
  return { ok: true, e164, selection, ...display(e164, selection.number!.number) };
}

export async function placeCall(deps: PipelineDeps, request: CallRequest): Promise<DialResult> {
  const { db } = deps;
  const prepared = await prepare(db, request.to, request.ext, request.region);
  const base = {
    at: deps.now(),
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
    outcome: outcome.ok ? 'placed' : 'failed',
    ...(outcome.ok ? { detail: outcome.detail } : { error: outcome.error }),
  };
  const callId = await appendCall(db, stripUndefined(entry));
  const shown = display(prepared.e164, number.number);
  return outcome.ok
    ? { ok: true, callId, selection, ...shown }
    : { ok: false, error: outcome.error, callId, selection, ...shown };
}

/** IndexedDB stores `undefined` fields as present; the log rows stay clean without them. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
