/**
 * `parseAccountConfig`: checks an account config document (wire format schemaVersion 1, see
 * DESIGN.md) and returns it normalised, or every problem found, each as `path: message`.
 *
 * Two passes: valibot checks the shape (types, required fields, known values); then the
 * cross-field rules valibot cannot express on its own (phone numbers read with the account's
 * default country, duplicate ids, references to ring groups and numbers) run over the raw input,
 * so one document gets all its problems reported at once even when its shape is also wrong.
 * Warnings describe things that work but are probably not what the admin meant.
 */
import * as v from 'valibot';
import { isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { analyzePhone, type PhoneFacts } from '../phone/analyze';
import { issueProblem, Problems, formatPath, type Path } from './config-problems';
import { configSchema, FIELDS } from './config-schema';
import type { AccountConfig, AccountNumber, Agent, ParseResult } from './types';

const asRecord = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const asString = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function unknownFields(value: unknown, shape: string, path: Path, warnings: Problems): void {
  const rec = asRecord(value);
  if (!rec) return;
  for (const key of Object.keys(rec)) {
    if (!FIELDS[shape]!.includes(key)) warnings.add([...path, key], 'unknown field, ignored');
  }
}

/** First index of each id, and an error for each later duplicate. */
function collectIds(items: unknown[], path: string, errors: Problems): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = asString(asRecord(item)?.id);
    if (!id) return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else errors.add([path, i, 'id'], `duplicate id "${id}" (also ${path}[${first}])`);
  });
  return ids;
}

/** `ringGroupIds` is undefined when the document has no ring group list to check against. */
function checkRingGroupRefs(
  refs: unknown,
  path: Path,
  ringGroupIds: Map<string, number> | undefined,
  errors: Problems,
): void {
  if (!ringGroupIds) return;
  asList(refs).forEach((ref, j) => {
    if (typeof ref === 'string' && !ringGroupIds.has(ref)) {
      errors.add([...path, j], `unknown ring group "${ref}"`);
    }
  });
}

export function parseAccountConfig(input: unknown): ParseResult {
  const errors = new Problems();
  const warnings = new Problems();

  const shape = v.safeParse(configSchema, input);
  if (!shape.success) {
    const seen = new Set<string>();
    for (const issue of shape.issues) {
      const { path, message } = issueProblem(issue);
      const line = `${formatPath(path)}: ${message}`;
      if (!seen.has(line)) errors.add(path, message);
      seen.add(line);
    }
  }

  // Cross-field rules, on whatever parts of the document have the right type.
  const root = asRecord(input) ?? {};
  unknownFields(input, 'root', [], warnings);
  unknownFields(root.account, 'account', ['account'], warnings);
  unknownFields(root.outboundCallerId, 'outboundCallerId', ['outboundCallerId'], warnings);
  const rawCountry = asString(asRecord(root.account)?.defaultCountry)?.toUpperCase();
  const defaultCountry =
    rawCountry && isSupportedCountry(rawCountry) ? (rawCountry as CountryCode) : undefined;

  const ringGroups = asList(root.ringGroups);
  const numbers = asList(root.numbers);
  const agents = asList(root.agents);
  // A missing or mistyped list is one problem (reported by the shape check), not one
  // "unknown ring group" / "unknown number" per reference to it.
  const ringGroupIds = Array.isArray(root.ringGroups)
    ? collectIds(ringGroups, 'ringGroups', errors)
    : undefined;
  const numberIds = Array.isArray(root.numbers)
    ? collectIds(numbers, 'numbers', errors)
    : undefined;
  collectIds(agents, 'agents', errors);
  ringGroups.forEach((g, i) => unknownFields(g, 'ringGroup', ['ringGroups', i], warnings));

  const facts = new Map<number, PhoneFacts>();
  const seenE164 = new Map<string, number>();
  numbers.forEach((n, i) => {
    const rec = asRecord(n);
    unknownFields(n, 'number', ['numbers', i], warnings);
    checkRingGroupRefs(rec?.ringGroups, ['numbers', i, 'ringGroups'], ringGroupIds, errors);
    const text = asString(rec?.number);
    if (text === undefined) return;
    const f = analyzePhone(text, defaultCountry);
    if (!f || !f.valid) {
      errors.add(['numbers', i, 'number'], `${JSON.stringify(text)} is not a valid phone number`);
      return;
    }
    if (f.ext) {
      errors.add(
        ['numbers', i, 'number'],
        `${JSON.stringify(text)} has an extension; a caller ID cannot have one`,
      );
      return;
    }
    facts.set(i, f);
    const twin = seenE164.get(f.e164);
    if (twin === undefined) seenE164.set(f.e164, i);
    else
      warnings.add(['numbers', i, 'number'], `${f.e164} is listed twice (also numbers[${twin}])`);
    if (typeof rec?.tollFree === 'boolean' && rec.tollFree !== f.tollFree) {
      warnings.add(
        ['numbers', i, 'tollFree'],
        `set to ${rec.tollFree}, but ${f.e164} is ${f.tollFree ? '' : 'not '}a toll-free number; keeping ${rec.tollFree}`,
      );
    }
    if (asList(rec?.ringGroups).length === 0 && Array.isArray(rec?.ringGroups)) {
      warnings.add(
        ['numbers', i, 'ringGroups'],
        `${f.e164} is in no ring group; it is only used when no agent's own number fits a call`,
      );
    }
  });

  agents.forEach((a, i) => {
    const rec = asRecord(a);
    unknownFields(a, 'agent', ['agents', i], warnings);
    unknownFields(
      rec?.outboundCallerId,
      'outboundCallerId',
      ['agents', i, 'outboundCallerId'],
      warnings,
    );
    checkRingGroupRefs(rec?.ringGroups, ['agents', i, 'ringGroups'], ringGroupIds, errors);
    const fixed = asString(asRecord(rec?.outboundCallerId)?.fixedNumberId);
    if (fixed && numberIds && !numberIds.has(fixed)) {
      errors.add(['agents', i, 'outboundCallerId', 'fixedNumberId'], `unknown number "${fixed}"`);
    }
  });

  if (!shape.success || errors.size > 0) return { ok: false, errors: errors.list() };

  const doc = shape.output;
  const config: AccountConfig = {
    schemaVersion: 1,
    account: { ...doc.account, defaultCountry: doc.account.defaultCountry as CountryCode },
    outboundCallerId: { ...doc.outboundCallerId },
    ringGroups: doc.ringGroups.map((g) => ({ id: g.id, name: g.name })),
    numbers: doc.numbers.map((n, i): AccountNumber => {
      const f = facts.get(i)!;
      return {
        id: n.id,
        number: f.e164,
        label: n.label,
        ringGroups: [...new Set(n.ringGroups)],
        tollFree: n.tollFree ?? f.tollFree,
        dedicatedLine: n.dedicatedLine,
        external: n.external,
      };
    }),
    agents: doc.agents.map((a): Agent => {
      const agent: Agent = {
        id: a.id,
        name: a.name,
        email: a.email,
        ringGroups: [...new Set(a.ringGroups)],
      };
      if (a.sip) agent.sip = { username: a.sip.username };
      if (a.outboundCallerId) {
        const o = a.outboundCallerId;
        agent.outboundCallerId = {
          ...(o.mode !== undefined && { mode: o.mode }),
          ...(o.allowDefault !== undefined && { allowDefault: o.allowDefault }),
          ...(o.fixedNumberId !== undefined && { fixedNumberId: o.fixedNumberId }),
        };
      }
      return agent;
    }),
  };
  agentWarnings(config, warnings);
  if (config.numbers.length === 0) {
    warnings.add(
      ['numbers'],
      'the account has no numbers; calls will be refused until numbers are added',
    );
  }
  return { ok: true, config, warnings: warnings.list() };
}

/** Agents the admin probably did not mean to leave without numbers of their own. */
function agentWarnings(config: AccountConfig, warnings: Problems): void {
  const groupsWithNumbers = new Set(config.numbers.flatMap((n) => n.ringGroups));
  const numberGroups = new Map(config.numbers.map((n) => [n.id, new Set(n.ringGroups)]));
  config.agents.forEach((agent, i) => {
    if (!agent.ringGroups.some((g) => groupsWithNumbers.has(g))) {
      warnings.add(
        ['agents', i, 'ringGroups'],
        `${agent.name} shares no ring group with any number; their calls use the account's fallback number`,
      );
    }
    const fixed = agent.outboundCallerId?.fixedNumberId;
    if (fixed && !agent.ringGroups.some((g) => numberGroups.get(fixed)?.has(g))) {
      warnings.add(
        ['agents', i, 'outboundCallerId', 'fixedNumberId'],
        `"${fixed}" is in none of ${agent.name}'s ring groups; their calls still use it`,
      );
    }
  });
}
