/**
 * Watches the language chosen in the settings (`Settings.language`) for a page, under Dexie's
 * liveQuery, so a change made in the options page reaches every open page at once. Kept in its own
 * module so a page loads it (and Dexie with it) after its first paint.
 */
import { liveQuery } from 'dexie';
import { getDb } from '../db/connection';
import { getSettings } from '../db/settings';
import type { LanguagePreference } from '../i18n/languages';

export function watchLanguage(onValue: (language: LanguagePreference) => void): () => void {
  const subscription = liveQuery(
    async () => (await getSettings(getDb())).language ?? 'auto',
  ).subscribe({
    next: onValue,
    // Unreadable settings leave the page in the language it opened in (the mirror or the
    // browser's): nothing to tell the person that the page itself does not already show.
    error: (error: unknown) => console.error('Ringside: the language setting is unreadable', error),
  });
  return () => subscription.unsubscribe();
}
