/**
 * The card's catalogs in the languages the content script does not bundle, parsed into ICU message
 * trees for it (./card-catalog-schema.ts says why). The background sends the one in effect with
 * `getPageContext` and with each `cardLanguage` push; each language is parsed once per worker.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import esCard from './messages/es/card.json' with { type: 'json' };
import ptCard from './messages/pt-BR/card.json' with { type: 'json' };
import type { CardLanguage, PrecompiledMessages } from './card-catalog-schema';
import type { Messages } from './catalog';
import type { Language } from './languages';

const SOURCES: Readonly<Record<Exclude<Language, 'en'>, Messages>> = {
  'pt-BR': ptCard,
  es: esCard,
};

const parsed = new Map<Language, PrecompiledMessages>();

/**
 * Each message parsed as the content script's build parses the English one (FormatJS's parser,
 * tags left as text), through intl-messageformat, which carries that parser already.
 */
export function precompileMessages(messages: Messages, language: Language): PrecompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [
      key,
      new IntlMessageFormat(text, language, undefined, { ignoreTag: true }).getAst(),
    ]),
  );
}

/** What the background tells a content script about the card's language. */
export function cardLanguage(language: Language): CardLanguage {
  if (language === 'en') return { language };
  let catalog = parsed.get(language);
  if (!catalog) {
    catalog = precompileMessages(SOURCES[language], language);
    parsed.set(language, catalog);
  }
  return { language, catalog };
}
