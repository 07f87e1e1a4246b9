/**
 * Where the SIP softphone can run. Its JsSIP user agent lives in an offscreen document, so it
 * survives the side panel closing and the background stopping; Firefox has no offscreen documents,
 * so there the softphone is not offered and every surface says why in the same words.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** What the options page, the side panel and a refused call say on Firefox, in English. */
export const SOFTPHONE_NOT_ON_FIREFOX = english.t('softphone.unavailable.firefox');

/** Why the softphone cannot run in this browser (in `tr`'s language), or null where it can. */
export function softphoneUnavailable(
  browser: 'chrome' | 'firefox',
  tr: Translator = english,
): string | null {
  return browser === 'firefox' ? tr.t('softphone.unavailable.firefox') : null;
}
