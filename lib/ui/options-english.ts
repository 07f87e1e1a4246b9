/**
 * The English translator of the options page's texts: the default of the lib/ui functions that
 * write them, so callers that pass no translator (outside tests, older code) keep the English
 * sentences. The page passes its own translator for the language in effect.
 */
import en from '../i18n/messages/en/options.json' with { type: 'json' };
import { createTranslator, type Translator } from '../i18n/translator';

let english: Translator | undefined;

export function englishOptions(): Translator {
  english ??= createTranslator('en', en);
  return english;
}
