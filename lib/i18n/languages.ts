/**
 * The languages Ringside speaks, and how the one to use is picked from the browser's preferences.
 * Tags are BCP 47 (what `Intl` and `navigator.languages` use); the browser's `_locales` folders
 * spell them with an underscore (`pt_BR`), see `localeFolder`.
 */
export const LANGUAGES = ['en', 'pt-BR', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every catalog is written in first, and the one used when nothing else matches. */
export const SOURCE_LANGUAGE: Language = 'en';

/** What the agent or admin chose in the options page: a language, or "follow the browser". */
export type LanguagePreference = Language | 'auto';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among the browser's preferred ones, in their order. A regional
 * tag matches its language (`es-MX` is Spanish, `en-GB` English) and any Portuguese is Brazilian
 * Portuguese, the only Portuguese there is.
 */
export function negotiateLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase().replace('_', '-');
    const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const byBase = LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === base);
    if (byBase) return byBase;
  }
  return SOURCE_LANGUAGE;
}

/** The language in effect: the explicit choice, else the browser's. */
export function effectiveLanguage(
  preference: LanguagePreference | undefined,
  browserLanguages: readonly string[],
): Language {
  return preference && preference !== 'auto' ? preference : negotiateLanguage(browserLanguages);
}

/** The browser's `_locales/<folder>` name for a language. */
export function localeFolder(language: Language): string {
  return language.replace('-', '_');
}
