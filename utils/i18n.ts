/**
 * The language of an extension page or script, and `t()` to write its text with.
 *
 * Each surface installs the catalogs of the areas it shows (`installCatalogs`, before its first
 * render) and says which language the agent or admin chose (`setLanguagePreference`: "auto"
 * follows the browser). `t()` reads a signal, so Preact components that call it while rendering
 * re-render when the language changes; code outside components calls it when it needs the text.
 *
 * The choice is kept in the settings (IndexedDB); extension pages also mirror it into their
 * origin's localStorage, which they can read synchronously, so a page opens in the right language
 * from its first frame instead of switching once the settings are read.
 */
import { computed, signal } from '@preact/signals';
import {
  createTranslator,
  effectiveLanguage,
  isLanguage,
  negotiateLanguage,
  SOURCE_LANGUAGE,
  type Catalogs,
  type Language,
  type LanguagePreference,
  type MessageKey,
  type Messages,
  type MessageValues,
  type Translator,
} from '../lib/i18n';

const MIRROR_KEY = 'ringside.language';

function browserLanguages(): readonly string[] {
  // The browser's UI language first (what the browser's own i18n uses), then the user's list.
  let ui: string | undefined;
  try {
    ui = globalThis.chrome?.i18n?.getUILanguage?.();
  } catch {
    // WXT's fake browser (unit tests) throws "not implemented": the navigator's list decides.
  }

  const list = typeof navigator === 'undefined' ? [] : navigator.languages;
  return ui ? [ui, ...list] : list;
}

/** Only extension pages mirror: a content script's localStorage belongs to the page it runs in. */
function onExtensionPage(): boolean {
  return typeof location !== 'undefined' && /^(chrome|moz)-extension:$/.test(location.protocol);
}

function mirroredPreference(): LanguagePreference {
  if (!onExtensionPage()) return 'auto';
  try {
    const saved = globalThis.localStorage?.getItem(MIRROR_KEY);
    return isLanguage(saved) ? saved : 'auto';
  } catch {
    return 'auto'; // no localStorage here (a content script's page may forbid it, workers lack it)
  }
}

const catalogs = signal<Catalogs | null>(null);
const preference = signal<LanguagePreference>(mirroredPreference());

/** The language chosen ("auto" resolved): the one a surface that loads languages loads. */
export const chosenLanguage = computed(() =>
  effectiveLanguage(preference.value, browserLanguages()),
);

const holdsMessages = (messages: Messages | undefined) =>
  !!messages && Object.keys(messages).length > 0;

/** The language shown last (see `language`). */
let shown: Language = SOURCE_LANGUAGE;

/**
 * The language in effect: the chosen one once the installed catalogs hold it. While they do not
 * yet (the options page loads each language when it is chosen), the page stays in the language
 * it was showing rather than flash English between two others.
 */
export const language = computed<Language>(() => {
  const chosen = chosenLanguage.value;
  const all = catalogs.value;
  if (!all || chosen === SOURCE_LANGUAGE || holdsMessages(all[chosen])) shown = chosen;
  else if (!holdsMessages(all[shown])) shown = SOURCE_LANGUAGE;
  return shown;
});

/** What "auto" means on this computer: the browser's language, as Ringside speaks it. */
export function browserLanguage(): Language {
  return negotiateLanguage(browserLanguages());
}

/** The translator for the language in effect, over the installed catalogs. */
export const translator = computed<Translator>(() => {
  const all = catalogs.value;
  const lang = language.value;
  if (!all) return createTranslator(lang, {});
  return createTranslator(lang, all[lang], all[SOURCE_LANGUAGE]);
});

/** Installs the catalogs this surface shows; call before its first render. */
export function installCatalogs(surfaceCatalogs: Catalogs): void {
  catalogs.value = surfaceCatalogs;
}

/**
 * Adds one language's messages to the installed catalogs, for a surface that installs English
 * first and loads another language when it is needed (the options page).
 */
export function addCatalog(lang: Language, messages: Messages): void {
  const all = catalogs.value;
  if (!all) return;
  catalogs.value = { ...all, [lang]: { ...all[lang], ...messages } };
}

/** Whether the installed catalogs hold any message of `lang`. */
export function hasCatalog(lang: Language): boolean {
  return holdsMessages(catalogs.value?.[lang]);
}

/** The agent's or admin's choice ("auto": the browser's language), from the settings. */
export function setLanguagePreference(next: LanguagePreference | undefined): void {
  const value = next ?? 'auto';
  preference.value = value;
  if (!onExtensionPage()) return;
  try {
    if (value === 'auto') globalThis.localStorage?.removeItem(MIRROR_KEY);
    else globalThis.localStorage?.setItem(MIRROR_KEY, value);
  } catch {
    // Not an extension page: the settings remain the record.
  }
}

/** The text of `key` in the language in effect. */
export function t(key: MessageKey, values?: MessageValues): string {
  return translator.value.t(key, values);
}
