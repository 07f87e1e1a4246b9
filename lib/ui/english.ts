/**
 * The English translator of the pages' shared words (the `common` catalog), the default of the
 * lib/ui functions that write text, so callers that pass no translator keep getting the English
 * sentences they always did. Built on first use.
 */
import english from '../i18n/messages/en/common.json' with { type: 'json' };
import { createTranslator, type Translator } from '../i18n/translator';

let made: Translator | undefined;

export function englishCommon(): Translator {
  return (made ??= createTranslator('en', english));
}
