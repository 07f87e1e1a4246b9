import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';
import {
  addAgent,
  addNumber,
  addRingGroup,
  idFromName,
  removeNumber,
  removeRingGroup,
  sameDocument,
  setAgentCallerId,
  toggleMembership,
  uniqueId,
  updateNumber,
  updateRingGroup,
} from '../../../../lib/ui/draft';
import { rowKey } from '../../../../lib/ui/row-keys';

function config(): AccountConfig {
  const parsed = parseAccountConfig(demo);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('ids for new rows', () => {
  it.each([
    { prefix: 'number', taken: [], id: 'number-1' },
    { prefix: 'number', taken: ['number-1', 'number-2'], id: 'number-3' },
    { prefix: 'agent', taken: ['agent-2'], id: 'agent-1' },
  ])('uniqueId($prefix, $taken) = $id', ({ prefix, taken, id }) => {
    expect(uniqueId(prefix, taken)).toBe(id);
  });

  it.each([
    { name: 'Customer Support', taken: [], id: 'customer-support' },
    { name: 'São Paulo', taken: [], id: 'sao-paulo' },
    { name: 'Sales', taken: ['sales'], id: 'sales-1' },
    { name: '  ', taken: [], id: 'group-1' },
    { name: '!!!', taken: ['group-1'], id: 'group-2' },
  ])('idFromName($name) = $id', ({ name, taken, id }) => {
    expect(idFromName(name, taken, 'group')).toBe(id);
  });

  it('never returns a taken id', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (name, taken) => {
        expect(taken).not.toContain(idFromName(name, taken, 'x'));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('edits keep the document consistent', () => {
  it('never change the document they are given', () => {
    const before = config();
    const copy = structuredClone(before);
    removeRingGroup(before, 0);
    removeNumber(before, 0);
    updateNumber(before, 0, { label: 'X' });
    addAgent(before);
    expect(before).toEqual(copy);
  });

  it('removing a ring group removes it from every number and agent', () => {
    const before = config();
    const index = before.ringGroups.findIndex((g) => g.id === 'sales');
    const after = removeRingGroup(before, index);
    expect(after.ringGroups.map((g) => g.id)).not.toContain('sales');
    for (const row of [...after.numbers, ...after.agents])
      expect(row.ringGroups).not.toContain('sales');
    expect(parseAccountConfig(after).ok).toBe(true);
  });

  it('renaming a ring group id renames its memberships', () => {
    const before = config();
    const index = before.ringGroups.findIndex((g) => g.id === 'emea');
    const after = updateRingGroup(before, index, { id: 'europe' });
    const members = (c: AccountConfig, id: string) =>
      [...c.numbers, ...c.agents].filter((r) => r.ringGroups.includes(id)).length;
    expect(members(after, 'europe')).toBe(members(before, 'emea'));
    expect(members(after, 'emea')).toBe(0);
    expect(parseAccountConfig(after).ok).toBe(true);
  });

  it('removing a number frees the agents fixed to it, and drops empty per-agent settings', () => {
    let c = config();
    c = setAgentCallerId(c, 0, 'fixedNumberId', 'us-la');
    expect(c.agents[0]!.outboundCallerId).toEqual({ fixedNumberId: 'us-la' });
    c = removeNumber(
      c,
      c.numbers.findIndex((n) => n.id === 'us-la'),
    );
    expect(c.agents[0]!.outboundCallerId).toBeUndefined();
    expect(parseAccountConfig(c).ok).toBe(true);
  });

  it.each([
    { key: 'mode', value: 'automated', own: { mode: 'automated' } },
    { key: 'allowDefault', value: false, own: { allowDefault: false } },
    { key: 'mode', value: undefined, own: undefined },
  ] as const)('setAgentCallerId($key, $value)', ({ key, value, own }) => {
    const c = setAgentCallerId(config(), 0, key, value);
    expect(c.agents[0]!.outboundCallerId).toEqual(own);
  });

  it('membership follows the account order of ring groups, whatever the clicking order', () => {
    let c = config();
    c = addNumber(c);
    const i = c.numbers.length - 1;
    for (const id of ['latam', 'sales', 'billing']) c = toggleMembership(c, 'numbers', i, id, true);
    expect(c.numbers[i]!.ringGroups).toEqual(['sales', 'billing', 'latam']);
    c = toggleMembership(c, 'numbers', i, 'sales', false);
    expect(c.numbers[i]!.ringGroups).toEqual(['billing', 'latam']);
  });

  it('a new number is invalid until its number is filled in, with the message at its path', () => {
    let c = addRingGroup(addNumber(config()));
    const n = c.numbers.length - 1;
    const g = c.ringGroups.length - 1;
    const parsed = parseAccountConfig(c);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.errors.map((e) => e.split(':')[0]);
    expect(paths).toEqual([`numbers[${n}].number`]);
    c = updateNumber(c, n, { number: '+14155550111', label: 'New', ringGroups: ['sales'] });
    c = updateRingGroup(c, g, { name: 'Night shift' });
    expect(parseAccountConfig(c)).toMatchObject({ ok: true });
  });

  it('sameDocument compares content', () => {
    const a = config();
    expect(sameDocument(a, structuredClone(a))).toBe(true);
    expect(sameDocument(a, updateNumber(a, 0, { label: 'Other' }))).toBe(false);
    expect(sameDocument(null, null)).toBe(true);
  });
});

describe('edits share what they do not change, and rows keep their keys', () => {
  it('an edit of one number replaces that row only; the row keeps its key', () => {
    const before = config();
    const keys = before.numbers.map((n) => rowKey(n));
    const after = updateNumber(before, 1, { label: 'LA' });
    after.numbers.forEach((n, i) => {
      if (i === 1) expect(n).not.toBe(before.numbers[i]);
      else expect(n).toBe(before.numbers[i]);
      expect(rowKey(n)).toBe(keys[i]);
    });
    expect(after.agents).toBe(before.agents);
    expect(after.ringGroups).toBe(before.ringGroups);
  });

  it('removing a row keeps every other row its key (keys are not positions)', () => {
    const before = config();
    const keys = before.numbers.map((n) => rowKey(n));
    const after = removeNumber(before, 0);
    expect(after.numbers.map((n) => rowKey(n))).toEqual(keys.slice(1));
  });

  it('sameDocument sees an edit and its undoing', () => {
    const before = config();
    const edited = updateNumber(before, 0, { label: 'HQ' });
    expect(sameDocument(before, edited)).toBe(false);
    expect(sameDocument(before, updateNumber(edited, 0, { label: before.numbers[0]!.label }))).toBe(
      true,
    );
  });
});
