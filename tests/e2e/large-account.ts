/**
 * A large account, generated the same way every time: `count` numbers in one ring group that
 * Maria Chen (the demo's first agent) belongs to, so she may use all of them. Used by the popup's
 * end-to-end test and benchmark (2,000 numbers against 20) and by the dropdown's component tests.
 *
 * Numbers are US and Canadian, spread over 24 area codes ("+1 415 234 0007"), with labels naming
 * the area's city ("San Francisco 7"); a few are London numbers. One number, NEEDLE, is the only
 * one in Alaska (area code 907), so a search by state, city or digits has exactly one answer.
 */
export const NEEDLE = {
  id: 'needle',
  number: '+19074561234',
  label: 'Anchorage night desk',
  display: '+1 907 456 1234',
} as const;

const AREAS: [string, string][] = [
  ['415', 'San Francisco'],
  ['212', 'New York'],
  ['213', 'Los Angeles'],
  ['312', 'Chicago'],
  ['617', 'Boston'],
  ['206', 'Seattle'],
  ['305', 'Miami'],
  ['512', 'Austin'],
  ['303', 'Denver'],
  ['404', 'Atlanta'],
  ['503', 'Portland'],
  ['602', 'Phoenix'],
  ['702', 'Las Vegas'],
  ['704', 'Charlotte'],
  ['713', 'Houston'],
  ['801', 'Salt Lake City'],
  ['202', 'Washington'],
  ['205', 'Birmingham'],
  ['214', 'Dallas'],
  ['201', 'Jersey City'],
  ['416', 'Toronto'],
  ['604', 'Vancouver'],
  ['514', 'Montreal'],
  ['403', 'Calgary'],
];

export interface LargeAccountNumber {
  id: string;
  number: string;
  label: string;
  ringGroups: string[];
}

/** The i-th generated number (i from 0): every 100th is in London, the others in North America. */
export function generatedNumber(i: number): LargeAccountNumber {
  const line = String(i).padStart(4, '0');
  if (i % 100 === 99) {
    return { id: `n${i}`, number: `+44207946${line}`, label: `London ${i}`, ringGroups: ['sales'] };
  }
  const [area, city] = AREAS[i % AREAS.length]!;
  return {
    id: `n${i}`,
    number: `+1${area}234${line}`,
    label: `${city} ${i}`,
    ringGroups: ['sales'],
  };
}

/** The account document (schemaVersion 1), with NEEDLE in the middle of the list when it fits. */
export function largeAccount(count: number) {
  const numbers: LargeAccountNumber[] = Array.from({ length: count }, (_, i) => generatedNumber(i));
  if (count >= 2) {
    numbers[Math.floor(count / 2)] = {
      id: NEEDLE.id,
      number: NEEDLE.number,
      label: NEEDLE.label,
      ringGroups: ['sales'],
    };
  }
  return {
    schemaVersion: 1,
    account: {
      id: `large-${count}`,
      name: `Large account (${count} numbers)`,
      defaultCountry: 'US',
    },
    outboundCallerId: { mode: 'customized', allowDefault: true },
    ringGroups: [{ id: 'sales', name: 'Sales' }],
    numbers,
    agents: [
      {
        id: 'maria-chen',
        name: 'Maria Chen',
        email: 'maria.chen@large.example',
        ringGroups: ['sales'],
      },
      {
        id: 'ana-silva',
        name: 'Ana Silva',
        email: 'ana.silva@large.example',
        ringGroups: ['sales'],
      },
    ],
  };
}
