#!/usr/bin/env node
// Generates a large account config document (wire format schemaVersion 1, docs/config-format.md)
// for tests and benchmarks: N numbers, agents and ring groups, the same document for the same
// seed. Plain Node, no imports from lib/, so any test, bench or person can call it:
//
//   node scripts/gen-large-account.mjs --numbers 10000 --agents 2000 --ring-groups 500 --seed 1 > big.json
//   import { generateLargeAccount } from '../scripts/gen-large-account.mjs';
//
// Every number is a valid one without needing libphonenumber to check it: US geographic numbers
// from a list of real area codes with an exchange that starts 2-9 and is not an N11 or 555, a few
// US toll-free numbers and London numbers (020 7xxx xxxx). Each number gets one to three ring
// groups, each agent one to three, so every agent has numbers of their own (about
// numbers × 2 / ringGroups each).
import { pathToFileURL } from 'node:url';

/** Real geographic NANP area codes of the United States (several states, several time zones). */
export const US_AREA_CODES = [
  '201',
  '202',
  '206',
  '212',
  '213',
  '214',
  '215',
  '253',
  '267',
  '303',
  '305',
  '310',
  '312',
  '313',
  '315',
  '323',
  '332',
  '347',
  '404',
  '415',
  '425',
  '469',
  '503',
  '510',
  '512',
  '602',
  '617',
  '646',
  '650',
  '702',
  '713',
  '718',
  '720',
  '773',
  '786',
  '813',
  '818',
  '917',
  '929',
  '972',
];
const TOLL_FREE = ['800', '833', '844', '855', '866', '877', '888'];

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, n) => Math.floor(r() * n);
const digits = (r, count) => String(int(r, 10 ** count)).padStart(count, '0');

/** An exchange (NXX) that libphonenumber reads as a normal line: 2-9, not N11, not 555. */
function exchange(r) {
  for (;;) {
    const nxx = `${2 + int(r, 8)}${digits(r, 2)}`;
    if (nxx.slice(1) !== '11' && nxx !== '555' && nxx !== '950' && nxx !== '958' && nxx !== '959')
      return nxx;
  }
}

function number(r) {
  const x = r();
  if (x < 0.9)
    return `+1${US_AREA_CODES[int(r, US_AREA_CODES.length)]}${exchange(r)}${digits(r, 4)}`;
  if (x < 0.95) return `+1${TOLL_FREE[int(r, TOLL_FREE.length)]}${exchange(r)}${digits(r, 4)}`;
  return `+44207${digits(r, 7)}`;
}

/**
 * @param {{ numbers: number, agents?: number, ringGroups?: number, seed?: number, mode?: 'automated' | 'customized' }} shape
 */
export function generateLargeAccount(shape) {
  const r = rng(shape.seed ?? 1);
  const groupCount = Math.max(1, shape.ringGroups ?? Math.ceil(shape.numbers / 20));
  const agentCount = shape.agents ?? Math.ceil(shape.numbers / 5);
  const ringGroups = Array.from({ length: groupCount }, (_, i) => ({
    id: `g${i}`,
    name: `Group ${i + 1}`,
  }));
  const someGroups = () => {
    const picked = new Set();
    const count = 1 + int(r, Math.min(3, groupCount));
    while (picked.size < count) picked.add(`g${int(r, groupCount)}`);
    return [...picked];
  };
  const seen = new Set();
  const numbers = [];
  for (let i = 0; i < shape.numbers; i++) {
    let e164 = number(r);
    while (seen.has(e164)) e164 = number(r);
    seen.add(e164);
    const tollFree = TOLL_FREE.some((code) => e164.startsWith(`+1${code}`));
    numbers.push({
      id: `n${i}`,
      number: e164,
      label: tollFree ? `Toll-free ${i + 1}` : `Line ${i + 1}`,
      ringGroups: someGroups(),
    });
  }
  const agents = Array.from({ length: agentCount }, (_, i) => ({
    id: `a${i}`,
    name: `Agent ${i + 1}`,
    email: `agent${i + 1}@example.com`,
    ringGroups: someGroups(),
  }));
  return {
    schemaVersion: 1,
    account: {
      id: `large-${shape.numbers}`,
      name: `Large account (${shape.numbers} numbers)`,
      defaultCountry: 'US',
    },
    outboundCallerId: { mode: shape.mode ?? 'automated', allowDefault: true },
    ringGroups,
    numbers,
    agents,
  };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const value = argv[i + 1];
    if (!key || value === undefined)
      throw new Error(`Expected --name value pairs, got "${argv[i]}"`);
    out[key] = key === 'mode' ? value : Number(value);
    if (key !== 'mode' && !Number.isInteger(out[key]))
      throw new Error(`--${argv[i].replace(/^--/, '')} must be a whole number, got "${value}"`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (!args.numbers)
      throw new Error(
        'Usage: gen-large-account.mjs --numbers N [--agents N] [--ring-groups N] [--seed N] [--mode automated|customized]',
      );
    process.stdout.write(JSON.stringify(generateLargeAccount(args)) + '\n');
  } catch (e) {
    console.error(`gen-large-account: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
