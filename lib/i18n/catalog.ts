/**
 * Message catalogs: `messages/<language>/<area>.json`, one flat object of ICU MessageFormat
 * strings per area, each key starting with its area (`popup.…`). Areas keep each surface's bundle
 * to the strings it shows: the content script loads `card`, `common` and the like, never `options`.
 *
 * English is the source: its files define the keys (and `MessageKey`); the other languages must
 * have exactly the same keys (tests/unit/lib/i18n/catalogs.test.ts).
 */
import type en_background from './messages/en/background.json';
import type en_calls from './messages/en/calls.json';
import type en_card from './messages/en/card.json';
import type en_common from './messages/en/common.json';
import type en_config from './messages/en/config.json';
import type en_manifest from './messages/en/manifest.json';
import type en_options from './messages/en/options.json';
import type en_popup from './messages/en/popup.json';
import type en_reasons from './messages/en/reasons.json';
import type en_sidepanel from './messages/en/sidepanel.json';
import type en_softphone from './messages/en/softphone.json';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGUAGES, isLanguage, type Language } from './languages';

export const AREAS = [
  'background',
  'calls',
  'card',
  'common',
  'config',
  'manifest',
  'options',
  'popup',
  'reasons',
  'sidepanel',
  'softphone',
] as const;
export type Area = (typeof AREAS)[number];

/** Every key of every English catalog. */
export type MessageKey = keyof (typeof en_background &
  typeof en_calls &
  typeof en_card &
  typeof en_common &
  typeof en_config &
  typeof en_manifest &
  typeof en_options &
  typeof en_popup &
  typeof en_reasons &
  typeof en_sidepanel &
  typeof en_softphone) &
  string;

/**
 * One language's messages, by key: ICU MessageFormat strings, or (in a build that precompiles the
 * catalogs, see lib/i18n/precompile.ts) the same messages as FormatJS syntax trees.
 */
export type Messages = Readonly<Record<string, string | MessageFormatElement[]>>;

/** Every language's messages for the areas a surface bundles. */
export type Catalogs = Readonly<Record<Language, Messages>>;

/**
 * Catalogs from an eager `import.meta.glob` of catalog files, which each surface writes with the
 * areas it shows (a literal pattern, so its bundle holds only those):
 *
 *   catalogsFrom(import.meta.glob('../../lib/i18n/messages/*\/{common,popup}.json',
 *     { eager: true, import: 'default' }))
 */
export function catalogsFrom(files: Readonly<Record<string, Messages>>): Catalogs {
  const out: Record<string, Record<string, string | MessageFormatElement[]>> = {};
  for (const language of LANGUAGES) out[language] = {};
  for (const [path, messages] of Object.entries(files)) {
    const language = /messages\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1];
    if (!isLanguage(language)) throw new Error(`Not a catalog of a known language: ${path}`);
    Object.assign(out[language]!, messages);
  }
  return out as Catalogs;
}

/**
 * Loaders of each language's catalogs from a lazy `import.meta.glob` of catalog files (each file
 * its own chunk), for a surface that bundles only the language it opens in and fetches another
 * when the page switches to it. A language's loader imports all its files and merges them.
 */
export function catalogLoaders(
  files: Readonly<Record<string, () => Promise<Messages>>>,
): Partial<Record<Language, () => Promise<Messages>>> {
  const byLanguage = new Map<Language, (() => Promise<Messages>)[]>();
  for (const [path, load] of Object.entries(files)) {
    const language = /messages\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1];
    if (!isLanguage(language)) throw new Error(`Not a catalog of a known language: ${path}`);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), load]);
  }
  const out: Partial<Record<Language, () => Promise<Messages>>> = {};
  for (const [language, loads] of byLanguage)
    out[language] = async () =>
      Object.assign({}, ...(await Promise.all(loads.map((load) => load())))) as Messages;
  return out;
}
