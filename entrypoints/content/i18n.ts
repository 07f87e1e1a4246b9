/**
 * The content script's language. It never reads the page's storage or the page's language: the
 * background says which language is in effect (the agent's choice in the options page, else the
 * browser's UI language) in its reply to `getPageContext`, and again whenever it changes (the
 * `cardLanguage` message, ./language.ts), and the card is written in it from then on.
 *
 * Only the English `card` catalog is bundled here, parsed at build time (see `precompiledCatalogs`
 * in wxt.config.ts); another language's card messages come with the background's word, parsed
 * too, and are checked before use (lib/i18n/card-catalog-schema.ts). Until the background answers
 * (and if it sends something that is not a catalog) the card speaks English.
 *
 * Not a signal as on the extension pages: the card is plain DOM, written when it opens, so reading
 * the current translator when it writes a text is enough; an open card is rewritten on a change.
 */
import {
  catalogsFrom,
  createTranslator,
  SOURCE_LANGUAGE,
  type MessageKey,
  type Messages,
  type MessageValues,
  type Translator,
} from '../../lib/i18n';
import { readCardLanguage } from '../../lib/i18n/card-catalog-schema';

const english = catalogsFrom(
  import.meta.glob<Record<string, string>>('../../lib/i18n/messages/en/card.json', {
    eager: true,
    import: 'default',
  }),
)[SOURCE_LANGUAGE];

let current: Translator = createTranslator(SOURCE_LANGUAGE, english);

/**
 * The language (and its card messages) the background says is in effect; anything else is
 * ignored. True when the card's language changed.
 */
export function setCardLanguage(language: unknown, catalog?: unknown): boolean {
  const read = readCardLanguage(language, catalog);
  if (!read || read.language === current.language) return false;
  // The parsed trees go to intl-messageformat as they are, as the bundled English ones do.
  const messages = (read.catalog ?? english) as unknown as Messages;
  current = createTranslator(read.language, messages, english);
  return true;
}

/** The translator in effect, for lib/ui functions that take one. */
export function cardTranslator(): Translator {
  return current;
}

/** The text of `key` in the language in effect. */
export function t(key: MessageKey, values?: MessageValues): string {
  return current.t(key, values);
}
