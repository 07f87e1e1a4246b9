/** Small account numbers for component tests: the shapes `parseAccountConfig` produces. */
import type { AccountNumber } from '../../../lib/caller-id/types';
import { accountNumber } from '../lib/caller-id/fixtures';

/** A number of the "sales" ring group unless `extra` says otherwise. */
export function num(id: string, number: string, label: string, extra: Partial<AccountNumber> = {}) {
  return accountNumber(id, number, label, { ringGroups: ['sales'], ...extra });
}

export const SF = num('sf', '+14155550100', 'San Francisco');
export const LA = num('la', '+12135550142', 'Los Angeles');
export const TORONTO = num('to', '+14165550137', 'Toronto');
export const TOLL_FREE = num('tf', '+18005550199', 'US toll-free', { tollFree: true });
export const EXEC = num('ex', '+12125550110', 'Executive line', { dedicatedLine: true });
export const LONDON = num('lon', '+442079460958', 'London', { ringGroups: ['emea'] });
