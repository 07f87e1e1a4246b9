/**
 * The background's language: the agent's choice (`Settings.language`), else the browser's UI
 * language the entrypoint reads (`Platform.uiLanguage`). Every text the background builds for a
 * page (dial refusals, caller-ID reasons, sync and softphone states) and shows itself
 * (notifications, the context menu) uses `current()`.
 *
 * Settings are only written through the background (`updateSettings`), so the service calls
 * `refresh()` at start and after each settings change, and listeners (the context menu's title)
 * hear of a change of language.
 */
import { getSettings } from '../db/settings';
import type { RingsideDb } from '../db/schema';
import { english } from '../i18n/english';
import { effectiveLanguage, type Language } from '../i18n/languages';
import { libTranslator } from '../i18n/lib-translators';
import type { Translator } from '../i18n/translator';

export interface BackgroundLanguage {
  /** The translator of the language in effect now. */
  current(): Translator;
  /** Reads the settings again; resolves to the language in effect. */
  refresh(): Promise<Language>;
  /** Called with the new translator whenever the language in effect changes. */
  onChange(listener: (translator: Translator) => void): void;
}

export function createBackgroundLanguage(
  db: RingsideDb,
  uiLanguage: () => string | undefined,
): BackgroundLanguage {
  let translator: Translator = english;
  const listeners: ((translator: Translator) => void)[] = [];

  return {
    current: () => translator,
    async refresh() {
      const settings = await getSettings(db);
      let ui: string | undefined;
      try {
        ui = uiLanguage();
      } catch {
        ui = undefined; // a browser (or test double) without i18n: English
      }
      const language = effectiveLanguage(settings.language, ui ? [ui] : []);
      if (language !== translator.language) {
        translator = libTranslator(language);
        for (const listener of listeners) {
          try {
            listener(translator);
          } catch (e) {
            console.error('Ringside: a language listener failed', e);
          }
        }
      }
      return language;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
