/**
 * Where the SIP softphone can run. Its JsSIP user agent lives in an offscreen document, so it
 * survives the side panel closing and the background stopping; Firefox has no offscreen documents,
 * so there the softphone is not offered and every surface says why in the same words.
 */

/** What the options page, the side panel and a refused call say on Firefox. */
export const SOFTPHONE_NOT_ON_FIREFOX =
  'The softphone is not available in Firefox: it needs offscreen documents, which Firefox does not have. Choose the webhook or the phone app on this computer as the call provider in Ringside’s options, or use Chrome or Edge for the softphone.';

/** Why the softphone cannot run in this browser, or null where it can. */
export function softphoneUnavailable(browser: 'chrome' | 'firefox'): string | null {
  return browser === 'firefox' ? SOFTPHONE_NOT_ON_FIREFOX : null;
}
