// The catalogs the build ships precompiled (lib/i18n/precompile.ts, wxt.config.ts) must read
// exactly as the strings parsed at run time: every key of every area in every language, with the
// values a page passes (counts, numbers, dates, the branches of a select, any text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS, type MessageKey } from '../../../../lib/i18n/catalog';
import { LANGUAGES, type Language } from '../../../../lib/i18n/languages';
import { precompileMessage, precompileMessages } from '../../../../lib/i18n/precompile';
import { createTranslator, type MessageValue } from '../../../../lib/i18n/translator';

const messagesDir = join(__dirname, '../../../../lib/i18n/messages');

function catalog(language: Language, area: string): Record<string, string> {
  return JSON.parse(readFileSync(join(messagesDir, language, `${area}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

type Kind = 'text' | 'number' | 'date' | { select: string[] };

/** Each argument of a message and what kind of value it takes. */
function argumentKinds(elements: MessageFormatElement[], out = new Map<string, Kind>()) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      argumentKinds(el.children, out);
      continue;
    }
    if (el.type === TYPE.plural || el.type === TYPE.number) out.set(el.value, 'number');
    else if (el.type === TYPE.date || el.type === TYPE.time) out.set(el.value, 'date');
    else if (el.type === TYPE.select) {
      out.set(el.value, { select: Object.keys(el.options).filter((k) => k !== 'other') });
    } else if (!out.has(el.value)) out.set(el.value, 'text');
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentKinds(option.value, out);
    }
  }
  return out;
}

const text = fc.oneof(fc.string(), fc.constantFrom('São Paulo', '+1 415 555 0100', '<b>', '{x}'));
const number = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const date = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true });

function valueOf(kind: Kind): fc.Arbitrary<MessageValue> {
  if (kind === 'number') return number;
  if (kind === 'date') return date;
  if (kind === 'text') return text;
  return fc.oneof(fc.constantFrom(...kind.select, 'other'), text);
}

interface Case {
  language: Language;
  key: string;
  source: string;
  kinds: Map<string, Kind>;
}

const cases: Case[] = LANGUAGES.flatMap((language) =>
  AREAS.flatMap((area) =>
    Object.entries(catalog(language, area)).map(([key, source]) => ({
      language,
      key,
      source,
      kinds: argumentKinds(precompileMessage(source)),
    })),
  ),
);

/** The text of one message, from its string (parsed at run time) and from its tree. */
function both({ language, key, source }: Case, values: Record<string, MessageValue>) {
  const k = key as MessageKey;
  return {
    parsed: createTranslator(language, { [key]: source }).t(k, values),
    precompiled: createTranslator(language, { [key]: precompileMessage(source) }).t(k, values),
  };
}

/** Plain values every message can take: counts 0, 1 and 2 500, a fixed date, each select branch. */
function plainValues(kinds: Map<string, Kind>, pick: number): Record<string, MessageValue> {
  return Object.fromEntries(
    [...kinds].map(([name, kind]) => [
      name,
      kind === 'number'
        ? [0, 1, 2500][pick % 3]
        : kind === 'date'
          ? new Date(Date.UTC(2026, 2, 3, 14, 5))
          : kind === 'text'
            ? `value of ${name}`
            : [...kind.select, 'other'][pick % (kind.select.length + 1)],
    ]),
  );
}

describe('precompiled catalogs', () => {
  it('covers every area in every language', () => {
    expect(cases.length).toBeGreaterThan(LANGUAGES.length * AREAS.length);
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(LANGUAGES));
  });

  it('keeps every key of an area, each as a tree without source positions', () => {
    const source = catalog('en', 'popup');
    const trees = precompileMessages(source);
    expect(Object.keys(trees)).toEqual(Object.keys(source));
    expect(JSON.stringify(trees)).not.toContain('location');
  });

  it('reads every key in every language as the parsed string does (counts 0, 1, 2500; each branch)', () => {
    for (const c of cases) {
      for (const pick of [0, 1, 2]) {
        const { parsed, precompiled } = both(c, plainValues(c.kinds, pick));
        expect(precompiled, `${c.language} ${c.key}`).toBe(parsed);
      }
    }
  });

  it('reads the same for any values a page may pass', () => {
    const withValues = fc
      .constantFrom(...cases)
      .chain((c) =>
        fc
          .record(Object.fromEntries([...c.kinds].map(([name, kind]) => [name, valueOf(kind)])))
          .map((values) => ({ c, values: values as Record<string, MessageValue> })),
      );
    fc.assert(
      fc.property(withValues, ({ c, values }) => {
        const { parsed, precompiled } = both(c, values);
        expect(precompiled, `${c.language} ${c.key}`).toBe(parsed);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 4000 },
    );
  });

  it('a message with an argument the caller left out fails the same way both ways', () => {
    const c = cases.find((x) => x.kinds.size > 0)!;
    const parsed = () => createTranslator(c.language, { [c.key]: c.source }).t(c.key as MessageKey);
    const tree = precompileMessage(c.source);
    const precompiled = () =>
      createTranslator(c.language, { [c.key]: tree }).t(c.key as MessageKey);
    expect(precompiled).toThrow();
    expect(parsed).toThrow();
  });
});
