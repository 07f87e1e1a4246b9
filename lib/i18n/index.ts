export {
  AREAS,
  catalogLoaders,
  catalogsFrom,
  type Area,
  type Catalogs,
  type MessageKey,
  type Messages,
} from './catalog';
export {
  LANGUAGES,
  SOURCE_LANGUAGE,
  effectiveLanguage,
  isLanguage,
  localeFolder,
  negotiateLanguage,
  type Language,
  type LanguagePreference,
} from './languages';
export {
  createTranslator,
  type Message,
  type MessageValue,
  type MessageValues,
  type Translator,
} from './translator';
