/**
 * A demo account built to trap naive rules: in account order, every expected pick has an earlier
 * number that a looser rule would take (a dedicated line or a number outside the agent's ring
 * groups with the same area code, toll-free numbers, +1 US numbers before the Canadian one…).
 */
import { expect } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/index';
import type { AccountNumber } from '../../../../lib/caller-id/types';

/**
 * One account number, in the shape `parseAccountConfig` gives it: a number without a label has
 * the label '' (the config's default), so everything that names it shows the number itself; no
 * ring group and no flag unless `extra` sets them. The one builder of every unit test.
 */
export function accountNumber(
  id: string,
  number: string,
  label = '',
  extra: Partial<AccountNumber> = {},
): AccountNumber {
  return {
    id,
    number,
    label,
    ringGroups: [],
    tollFree: false,
    dedicatedLine: false,
    external: false,
    ...extra,
  };
}

export const wireNumbers = [
  { id: 'sf-support', number: '+14155550100', label: 'SF support', ringGroups: ['support'] },
  {
    id: 'sf-direct',
    number: '+14155550101',
    label: 'SF direct',
    ringGroups: ['sales'],
    dedicatedLine: true,
  },
  { id: 'us-free', number: '+18005550102', label: 'US toll-free', ringGroups: ['sales'] },
  { id: 'nyc', number: '+12125550103', label: 'New York', ringGroups: ['sales'] },
  { id: 'sf', number: '+14155550104', label: 'San Francisco', ringGroups: ['sales'] },
  { id: 'toronto', number: '+14165550106', label: 'Toronto', ringGroups: ['sales'] },
  { id: 'rio', number: '+5521987654321', label: 'Rio mobile', ringGroups: ['brazil'] },
  { id: 'sao-paulo', number: '+551133334444', label: 'São Paulo', ringGroups: ['brazil'] },
  { id: 'uk-mobile', number: '+447400123456', label: 'UK mobile', ringGroups: ['emea'] },
  { id: 'london', number: '+442079460000', label: 'London', ringGroups: ['emea'] },
  { id: 'manchester', number: '+441614960000', label: 'Manchester', ringGroups: ['emea'] },
  { id: 'tf-us', number: '+18885550107', label: 'US toll-free 2', ringGroups: ['tollfree'] },
  { id: 'tf-uk', number: '+448005550108', label: 'UK freephone', ringGroups: ['tollfree'] },
];

/**
 * A wire document as tests edit it: any part may be replaced, removed or broken on purpose, so
 * it is deliberately untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WireDoc = Record<string, any>;

export function wireConfig(): WireDoc {
  return {
    schemaVersion: 1,
    account: { id: 'acme', name: 'Acme Inc.', defaultCountry: 'US' },
    outboundCallerId: { mode: 'automated', allowDefault: true },
    ringGroups: ['sales', 'support', 'brazil', 'emea', 'tollfree', 'empty'].map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
    })),
    numbers: structuredClone(wireNumbers),
    agents: [
      { id: 'ana', name: 'Ana Silva', email: 'ana@acme.example', ringGroups: ['sales'] },
      { id: 'bruno', name: 'Bruno Costa', email: 'bruno@acme.example', ringGroups: ['brazil'] },
      { id: 'emma', name: 'Emma Jones', email: 'emma@acme.example', ringGroups: ['emea'] },
      { id: 'tom', name: 'Tom Free', email: 'tom@acme.example', ringGroups: ['tollfree'] },
      { id: 'nadia', name: 'Nadia None', email: 'nadia@acme.example', ringGroups: ['empty'] },
    ],
  };
}

/** Parses a wire config that must be valid. */
export function parsed(doc: unknown): AccountConfig {
  const result = parseAccountConfig(doc);
  if (!result.ok) expect.fail(`config rejected:\n${result.errors.join('\n')}`);
  return result.config;
}

export function demoConfig(edit?: (doc: WireDoc) => void): AccountConfig {
  const doc = wireConfig();
  edit?.(doc);
  return parsed(doc);
}
