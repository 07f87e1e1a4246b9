/**
 * Each language named in itself, as a language picker lists them: someone who cannot read the
 * page's current language still finds their own. These names are the same in every language, so
 * they are not in the catalogs.
 */
import type { Language } from './languages';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
};
