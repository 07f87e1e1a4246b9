/**
 * The card's catalog as the background sends it to a content script: each message of one language's
 * `card` area already parsed into ICU's message tree (the content script has no ICU parser, see
 * `precompiledCatalogs` in wxt.config.ts), so the content script bundles English alone and gets
 * the language in effect from the background (`getPageContext`, and the `cardLanguage` push when it
 * changes). What arrives is checked here before the card formats with it: trees of the shapes
 * FormatJS's formatter reads, under `card.` keys, within generous bounds.
 *
 * The check is written out rather than a valibot schema: valibot's recursive variants and records
 * cost the content script 9 kB, this under 1 kB, and the shapes are few and fixed by FormatJS
 * (`TYPE` in @formatjs/icu-messageformat-parser). tests/unit/lib/i18n/card-catalog-schema.test.ts
 * checks it accepts every real catalog and refuses broken ones.
 *
 * Kept apart from ./card-catalogs.ts, which holds the catalogs themselves, so the content script
 * imports the check without the Portuguese and Spanish texts.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isLanguage, type Language } from './languages';

/** One language's card messages, each parsed into its ICU message tree. */
export type PrecompiledMessages = Readonly<Record<string, MessageFormatElement[]>>;

/** What the background says about the card's language. */
export interface CardLanguage {
  language: Language;
  /** The card's messages in `language`; absent for English, which the content script bundles. */
  catalog?: PrecompiledMessages;
}

const MAX_MESSAGES = 500;
const MAX_ELEMENTS = 200;
const MAX_OPTIONS = 20;
const MAX_TEXT = 4000;
const MAX_NAME = 200;
const MAX_DEPTH = 8;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isName = (value: unknown): boolean => typeof value === 'string' && value.length <= MAX_NAME;

/** A number, date or time argument's style: none, a named style, or a parsed skeleton. */
const isStyle = (style: unknown): boolean =>
  style === undefined ||
  style === null ||
  isName(style) ||
  (isRecord(style) && typeof style.type === 'number');

function isOptions(options: unknown, depth: number): boolean {
  if (!isRecord(options)) return false;
  const entries = Object.entries(options);
  return (
    entries.length > 0 &&
    entries.length <= MAX_OPTIONS &&
    entries.every(
      ([name, option]) => isName(name) && isRecord(option) && isElements(option.value, depth + 1),
    )
  );
}

function isElement(element: unknown, depth: number): boolean {
  if (!isRecord(element)) return false;
  switch (element.type) {
    case 0: // literal
      return typeof element.value === 'string' && element.value.length <= MAX_TEXT;
    case 1: // argument
      return isName(element.value);
    case 2: // number
    case 3: // date
    case 4: // time
      return isName(element.value) && isStyle(element.style);
    case 5: // select
      return isName(element.value) && isOptions(element.options, depth);
    case 6: // plural
      return (
        isName(element.value) &&
        typeof element.offset === 'number' &&
        (element.pluralType === undefined ||
          element.pluralType === 'cardinal' ||
          element.pluralType === 'ordinal') &&
        isOptions(element.options, depth)
      );
    case 7: // pound: the plural's number
      return true;
    case 8: // tag (kept as text by ignoreTag; accepted as the formatter reads it)
      return isName(element.value) && isElements(element.children, depth + 1);
    default:
      return false;
  }
}

function isElements(elements: unknown, depth: number): boolean {
  return (
    depth <= MAX_DEPTH &&
    Array.isArray(elements) &&
    elements.length <= MAX_ELEMENTS &&
    elements.every((element) => isElement(element, depth))
  );
}

/** True for one language's card messages, parsed: `card.` keys, each an ICU message tree. */
export function isPrecompiledCardMessages(value: unknown): value is PrecompiledMessages {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_MESSAGES &&
    entries.every(
      ([key, elements]) => key.startsWith('card.') && isName(key) && isElements(elements, 0),
    )
  );
}

/**
 * The card's language and messages from what the background sent, or null when they are not
 * that: an unknown language, or another language than English without its messages.
 */
export function readCardLanguage(language: unknown, catalog?: unknown): CardLanguage | null {
  if (!isLanguage(language)) return null;
  if (catalog === undefined) return language === 'en' ? { language } : null;
  return isPrecompiledCardMessages(catalog) ? { language, catalog } : null;
}
