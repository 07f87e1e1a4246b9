/**
 * Deterministic account and destination generators for the benchmark (and as a realistic shape
 * reference): a North American contact center with some UK, Brazilian and German numbers.
 */
import { analyzePhone } from '../../../../lib/phone/index';
import { placedAreaCodes } from '../../../../lib/phone/index';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NANP_AREA_CODES = [...placedAreaCodes().keys()]
  .filter((k) => k.startsWith('1-'))
  .map((k) => k.slice(2));
const BR_DDDS = [...placedAreaCodes().keys()]
  .filter((k) => k.startsWith('55-'))
  .map((k) => k.slice(3));

const digits = (r: () => number, count: number) =>
  Array.from({ length: count }, () => Math.floor(r() * 10)).join('');
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** A valid E.164 number of a realistic mix. */
export function randomNumber(r: () => number): string {
  for (;;) {
    const x = r();
    let candidate: string;
    if (x < 0.8)
      candidate = `+1${pick(r, NANP_AREA_CODES)}${2 + Math.floor(r() * 8)}${digits(r, 6)}`;
    else if (x < 0.85)
      candidate = `+1${pick(r, ['800', '833', '844', '855', '866', '877', '888'])}${2 + Math.floor(r() * 8)}${digits(r, 6)}`;
    else if (x < 0.9)
      candidate = pick(r, [
        `+4420${digits(r, 8)}`,
        `+44161${digits(r, 7)}`,
        `+447400${digits(r, 6)}`,
        `+44800${digits(r, 7)}`,
      ]);
    else if (x < 0.95)
      candidate = `+55${pick(r, BR_DDDS)}${r() < 0.5 ? `9${digits(r, 8)}` : `3${digits(r, 7)}`}`;
    else
      candidate = pick(r, [`+4930${digits(r, 8)}`, `+4989${digits(r, 8)}`, `+3314${digits(r, 7)}`]);
    if (analyzePhone(candidate)?.valid) return candidate;
  }
}

export interface AccountShape {
  seed: number;
  numbers: number;
  ringGroups: number;
  agents: number;
}

/** A wire-format account document. */
export function generateAccount(shape: AccountShape): Record<string, unknown> {
  const r = rng(shape.seed);
  const groups = Array.from({ length: shape.ringGroups }, (_, i) => ({
    id: `g${i}`,
    name: `Group ${i}`,
  }));
  const someGroups = (max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, groups).id)),
  ];
  return {
    schemaVersion: 1,
    account: { id: `gen-${shape.numbers}`, name: 'Generated', defaultCountry: 'US' },
    outboundCallerId: { mode: 'automated', allowDefault: true },
    ringGroups: groups,
    numbers: Array.from({ length: shape.numbers }, (_, i) => ({
      id: `n${i}`,
      number: randomNumber(r),
      label: `Number ${i}`,
      ringGroups: someGroups(2),
      dedicatedLine: r() < 0.02,
    })),
    agents: Array.from({ length: shape.agents }, (_, i) => ({
      id: `a${i}`,
      name: `Agent ${i}`,
      email: `a${i}@example.com`,
      ringGroups: someGroups(3),
    })),
  };
}

/** Destinations as CRMs show them, mostly North American, in varied formats. */
export function generateDestinations(seed: number, count: number): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    const e164 = randomNumber(r);
    const x = r();
    if (e164.startsWith('+1')) {
      const [a, b, c] = [e164.slice(2, 5), e164.slice(5, 8), e164.slice(8)];
      if (x < 0.3) return `(${a}) ${b}-${c}`;
      if (x < 0.5) return `${a}-${b}-${c}`;
      if (x < 0.6) return `${a}.${b}.${c} ext. ${digits(r, 3)}`;
      if (x < 0.65) return `${a}-${b}-${c} x${digits(r, 2)}`;
      if (x < 0.7) return `not a number ${digits(r, 4)}`;
      return `+1 ${a} ${b} ${c}`;
    }
    if (x < 0.3) return `00${e164.slice(1)}`;
    if (x < 0.4) return `011 ${e164.slice(1)}`;
    return e164;
  });
}
