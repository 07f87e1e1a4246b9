/**
 * The content script's language. It never reads the page's storage or the page's language: the
 * background says which language is in effect (the agent's choice in the options page, else the
 * browser's UI language) in its reply to `getPageContext`, and the card is written in it from then
 * on. Only the `card` catalogs are bundled here (a few kB per language), not the pages' areas.
 *
 * Not a signal as on the extension pages: the card is plain DOM, rebuilt each time it opens, so
 * reading the current translator when it writes a text is enough.
 */
import { browser } from 'wxt/browser';
import {
  catalogsFrom,
  createTranslator,
  isLanguage,
  negotiateLanguage,
  SOURCE_LANGUAGE,
  type Language,
  type MessageKey,
  type MessageValues,
  type Translator,
} from '../../lib/i18n';

const catalogs = catalogsFrom(
  import.meta.glob<Record<string, string>>('../../lib/i18n/messages/*/card.json', {
    eager: true,
    import: 'default',
  }),
);

function make(language: Language): Translator {
  return createTranslator(language, catalogs[language], catalogs[SOURCE_LANGUAGE]);
}

/** Until the background answers: the browser's UI language (what the extension's pages follow). */
function browserLanguage(): Language {
  try {
    return negotiateLanguage([browser.i18n.getUILanguage()]);
  } catch {
    return SOURCE_LANGUAGE;
  }
}

let current: Translator = make(browserLanguage());

/** The language the background says is in effect (an unknown one is ignored). */
export function setCardLanguage(language: unknown): void {
  if (isLanguage(language) && language !== current.language) current = make(language);
}

/** The translator in effect, for lib/ui functions that take one. */
export function cardTranslator(): Translator {
  return current;
}

/** The text of `key` in the language in effect. */
export function t(key: MessageKey, values?: MessageValues): string {
  return current.t(key, values);
}
