/**
 * Enterprise policy: the values an admin pushes through `storage.managed` (declared in
 * public/managed_schema.json). The browser checks the types against that schema; this checks the
 * meaning, and ignores (with a stated problem) each value that cannot be used, keeping the others.
 */
import * as v from 'valibot';
import { describeIssues, SipProviderSchema } from './db/schemas';
import { remoteUrlProblem } from './sync/url';
import type { ManagedPolicy } from './db/types';
import { isSyncInterval, SYNC_INTERVAL_RULE } from './sync/interval';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Null when the managed storage holds none of Ringside's keys (no policy installed). */
export function parseManagedPolicy(raw: unknown, now: number): ManagedPolicy | null {
  if (raw === null || typeof raw !== 'object') return null;
  const input = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { id: 'policy', settingsLocked: false, readAt: now, problems: [] };
  let any = false;

  if (input.configUrl !== undefined) {
    any = true;
    const problem =
      typeof input.configUrl === 'string'
        ? remoteUrlProblem(input.configUrl.trim())
        : 'is not a string';
    if (problem)
      policy.problems.push(`configUrl: ${problem}; the local config source stays in use`);
    else policy.configUrl = (input.configUrl as string).trim();
  }
  if (input.configToken !== undefined) {
    any = true;
    if (typeof input.configToken === 'string' && input.configToken)
      policy.configToken = input.configToken;
    else
      policy.problems.push('configToken: is not a non-empty string; requests go without a token');
  }
  if (input.agentEmail !== undefined) {
    any = true;
    if (typeof input.agentEmail === 'string' && EMAIL.test(input.agentEmail.trim())) {
      policy.agentEmail = input.agentEmail.trim().toLowerCase();
    } else
      policy.problems.push(
        `agentEmail: ${JSON.stringify(input.agentEmail)} is not an email address; the agent picks who they are`,
      );
  }
  if (input.syncIntervalMinutes !== undefined) {
    any = true;
    const n = input.syncIntervalMinutes;
    if (isSyncInterval(n)) policy.syncIntervalMinutes = n;
    else
      policy.problems.push(
        `syncIntervalMinutes: ${JSON.stringify(n)} is not ${SYNC_INTERVAL_RULE}`,
      );
  }
  if (input.sipProvider !== undefined) {
    any = true;
    // The softphone's server, set and locked by the admin; iceServers, displayName and
    // assertIdentity may be left out (none, the number's label, off).
    const given = input.sipProvider;
    const parsed = v.safeParse(
      SipProviderSchema,
      given && typeof given === 'object'
        ? { iceServers: [], displayName: 'label', assertIdentity: false, ...given, kind: 'sip' }
        : given,
    );
    if (parsed.success) policy.sipProvider = parsed.output;
    else
      policy.problems.push(
        `sipProvider: ${describeIssues(parsed.issues).join('; ')}; the call provider of the options page stays in use`,
      );
  }
  if (input.settingsLocked !== undefined) {
    any = true;
    if (typeof input.settingsLocked === 'boolean') policy.settingsLocked = input.settingsLocked;
    else policy.problems.push('settingsLocked: is not true or false; settings stay unlocked');
  }
  return any ? policy : null;
}
