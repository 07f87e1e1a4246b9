/**
 * Makes an extension page follow the language chosen in the options page (`Settings.language`),
 * live: the page opens in the language its localStorage mirror remembers (utils/i18n.ts), then the
 * settings row is watched and every change goes to `setLanguagePreference`, which re-renders the
 * components that called `t()`. Dexie loads after the first paint, so the popup opens as fast.
 */
import { effect } from '@preact/signals';
import { language, setLanguagePreference } from './i18n';

/** Starts following the setting; the function returned stops it. */
export function followLanguageSetting(): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  import('../lib/ui/watch-language')
    .then(({ watchLanguage }) => {
      if (!stopped) stop = watchLanguage(setLanguagePreference);
    })
    .catch((error: unknown) => console.error('Ringside: language watch failed to load', error));
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * Keeps the page's `lang` attribute (screen readers, hyphenation, the browser's translate offer)
 * and, when given, its title in the language in effect.
 */
export function followDocumentLanguage(title?: () => string): () => void {
  return effect(() => {
    document.documentElement.lang = language.value;
    if (title) document.title = title();
  });
}
