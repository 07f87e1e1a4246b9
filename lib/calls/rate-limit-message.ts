/**
 * The sentence for a dial the page-rate rule refused (./rate-limit.ts), in the translator's
 * language (English by default). Apart from the rule so that the content script, which words the
 * refusal from its own card catalog, does not carry the library's English catalogs.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { waitSeconds, type DialRateDecision } from './rate-limit';

export function dialRateMessage(
  refused: Extract<DialRateDecision, { ok: false }>,
  tr: Translator = english,
): string {
  const seconds = waitSeconds(refused.retryInMs);
  return refused.limit === 'window'
    ? tr.t('calls.rateTooMany', { max: refused.maxInWindow, seconds })
    : tr.t('calls.rateJustStarted', { seconds });
}
