/**
 * The card's wording in English: what `lib/ui/card-wording.ts` and `lib/ui/reading-note.ts` use
 * when no translator is passed (tests, and any caller that wants the source text). The content
 * script passes its own translator, for the language the background says is in effect.
 */
import { createTranslator, type Translator } from '../i18n';
import card from '../i18n/messages/en/card.json' with { type: 'json' };

export const ENGLISH_CARD: Translator = createTranslator('en', card);
