/**
 * Translators over the areas `lib/` and the background write (reasons, calls, config, softphone,
 * background), in every language, for the background service worker: it builds the text it sends
 * to pages in the language in effect. Extension pages install their own catalogs instead
 * (utils/i18n.ts).
 */
import esBackground from './messages/es/background.json' with { type: 'json' };
import esCalls from './messages/es/calls.json' with { type: 'json' };
import esConfig from './messages/es/config.json' with { type: 'json' };
import esReasons from './messages/es/reasons.json' with { type: 'json' };
import esSoftphone from './messages/es/softphone.json' with { type: 'json' };
import ptBackground from './messages/pt-BR/background.json' with { type: 'json' };
import ptCalls from './messages/pt-BR/calls.json' with { type: 'json' };
import ptConfig from './messages/pt-BR/config.json' with { type: 'json' };
import ptReasons from './messages/pt-BR/reasons.json' with { type: 'json' };
import ptSoftphone from './messages/pt-BR/softphone.json' with { type: 'json' };
import type { Messages } from './catalog';
import { english, ENGLISH_LIB_MESSAGES } from './english';
import type { Language } from './languages';
import { createTranslator, type Translator } from './translator';

const MESSAGES: Readonly<Record<Exclude<Language, 'en'>, Messages>> = {
  'pt-BR': { ...ptBackground, ...ptCalls, ...ptConfig, ...ptReasons, ...ptSoftphone },
  es: { ...esBackground, ...esCalls, ...esConfig, ...esReasons, ...esSoftphone },
};

const built = new Map<Language, Translator>([['en', english]]);

/** The translator of the lib areas in `language` (English for a key a language lacks). */
export function libTranslator(language: Language): Translator {
  let tr = built.get(language);
  if (!tr) {
    tr = createTranslator(
      language,
      MESSAGES[language as Exclude<Language, 'en'>],
      ENGLISH_LIB_MESSAGES,
    );
    built.set(language, tr);
  }
  return tr;
}
