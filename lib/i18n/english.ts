/**
 * The English translator that `lib/` functions use when their caller names no language: the
 * stable contracts (caller-ID reasons, `parseAccountConfig` errors, dial refusals) return these
 * sentences to outside callers, exactly as before the catalogs existed. Only English files are
 * imported here, so a bundle that needs the default carries no other language.
 */
import background from './messages/en/background.json' with { type: 'json' };
import calls from './messages/en/calls.json' with { type: 'json' };
import config from './messages/en/config.json' with { type: 'json' };
import reasons from './messages/en/reasons.json' with { type: 'json' };
import softphone from './messages/en/softphone.json' with { type: 'json' };
import { createTranslator, type Translator } from './translator';

/** The areas written by `lib/` and the background, in English. */
export const ENGLISH_LIB_MESSAGES = {
  ...background,
  ...calls,
  ...config,
  ...reasons,
  ...softphone,
} as const;

export const english: Translator = createTranslator('en', ENGLISH_LIB_MESSAGES);
