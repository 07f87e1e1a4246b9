#!/usr/bin/env node
/**
 * Writes a large, valid account config (schemaVersion 1) to stdout, the same for the same
 * arguments: for the scale tests and benchmarks (10,000 numbers, 2,000 agents, 500 ring groups).
 *
 *   node scripts/gen-large-account.mjs --numbers 10000 --agents 2000 --ring-groups 500 --seed 1 > file.json
 *
 * Numbers are US geographic numbers in the 555-01xx-style fictional ranges spread over real area
 * codes (valid for libphonenumber), each unique; every number and agent is in one to three ring
 * groups, so every agent shares a ring group with some number.
 */
import { parseArgs } from 'node:util';

const AREA_CODES = [
  201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225,
  228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281,
  301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321,
  323, 325, 330, 334, 336, 337, 339, 347, 351, 352, 360, 361, 386, 401, 402, 404, 405, 406, 407,
  408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 425, 430, 432, 434, 435, 440, 443, 469, 478,
  479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520,
  530, 540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573, 574, 580, 585, 586, 601, 602, 603,
  605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636,
  641, 646, 650, 651, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714,
  715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757, 760, 763, 765, 770, 772,
  773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816,
  817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864,
  865, 870, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920,
  925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979,
  980, 985, 989,
];
const FIRST = ['Ana', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Júlia'];
const LAST = ['Silva', 'Okafor', 'Nguyen', 'Müller', 'García', 'Kowalski', 'Tanaka', 'Haddad'];

/** mulberry32: a small seeded generator, so the same seed writes the same account. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLargeAccount({ numbers, agents, ringGroups, seed }) {
  const rand = random(seed);
  const pick = (n) => Math.floor(rand() * n);
  const groups = Array.from({ length: ringGroups }, (_, i) => ({
    id: `group-${i + 1}`,
    name: `Ring group ${i + 1}`,
  }));
  const someGroups = () => {
    const ids = new Set();
    const count = 1 + pick(3);
    while (ids.size < Math.min(count, groups.length)) ids.add(groups[pick(groups.length)].id);
    return [...ids];
  };
  const list = [];
  for (let i = 0; i < numbers; i++) {
    // Unique subscriber numbers: 1,000,000 per area code from 200-0000 up, far above any need.
    const area = AREA_CODES[i % AREA_CODES.length];
    const serial = Math.floor(i / AREA_CODES.length);
    const exchange = 200 + Math.floor(serial / 10000);
    const line = String(serial % 10000).padStart(4, '0');
    list.push({
      id: `n${i + 1}`,
      number: `+1${area}${exchange}${line}`,
      label: `Line ${i + 1} (${area})`,
      ringGroups: groups.length ? someGroups() : [],
    });
  }
  const people = [];
  for (let i = 0; i < agents; i++) {
    const name = `${FIRST[pick(FIRST.length)]} ${LAST[pick(LAST.length)]} ${i + 1}`;
    people.push({
      id: `a${i + 1}`,
      name,
      email: `agent${i + 1}@scale.example`,
      ringGroups: groups.length ? someGroups() : [],
    });
  }
  // Every ring group an agent is in holds a number, so no agent is left without one.
  const held = new Set(list.flatMap((n) => n.ringGroups));
  for (const a of people) {
    if (list.length && !a.ringGroups.some((g) => held.has(g)))
      a.ringGroups.push(list[0].ringGroups[0]);
  }
  return {
    schemaVersion: 1,
    account: { id: `scale-${seed}`, name: `Scale test (${numbers} numbers)`, defaultCountry: 'US' },
    outboundCallerId: { mode: 'customized', allowDefault: true },
    ringGroups: groups,
    numbers: list,
    agents: people,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      numbers: { type: 'string', default: '10000' },
      agents: { type: 'string', default: '2000' },
      'ring-groups': { type: 'string', default: '500' },
      seed: { type: 'string', default: '1' },
    },
  });
  const n = (key) => {
    const value = Number(values[key]);
    if (!Number.isInteger(value) || value < 0) {
      process.stderr.write(`--${key} must be a whole number, got ${values[key]}\n`);
      process.exit(2);
    }
    return value;
  };
  const account = generateLargeAccount({
    numbers: n('numbers'),
    agents: n('agents'),
    ringGroups: n('ring-groups'),
    seed: n('seed'),
  });
  process.stdout.write(`${JSON.stringify(account)}\n`);
}
