/**
 * The card follows a language change live: the background sends `cardLanguage` to every tab when
 * the language in effect changes (entrypoints/background/card-language.ts). Only the extension can
 * send to a content script; what it sends is checked all the same (./i18n.ts).
 */
import { onBackgroundMessage } from '../../utils/content-messaging';
import { forgetPreviews } from './calls';
import { setCardLanguage } from './i18n';

/** Listens for language changes; `changed` runs after the card's language switched. */
export function followCardLanguage(changed: () => void): () => void {
  return onBackgroundMessage('cardLanguage', ({ data }) => {
    const sent = data as unknown as { language?: unknown; catalog?: unknown } | null;
    if (!setCardLanguage(sent?.language, sent?.catalog)) return;
    // Previews carry the background's sentences (the reason, the local time) in the old language.
    forgetPreviews();
    changed();
  });
}
