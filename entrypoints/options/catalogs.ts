/**
 * The options page's catalogs: the areas it shows (its own, the shared components', and the
 * texts lib/ builds for it; `softphone` for the Firefox notice, which the side panel and a refused
 * call word alike). English, the source every text falls back to, is in the page's first module;
 * each other language is a chunk of its own, loaded before the first render when the page opens
 * in it and when the page switches to it (the page shows its previous language until then).
 * Bundling all three made the first module a third bigger to compile, evaluate and cache
 * (docs/options-tables.md, "Loading in stages").
 *
 * The `common` catalogs are the exception: every language's is in the shared start-up chunk this
 * page loads anyway (`popup-app`, wxt.config.ts), so they are imported eagerly. Imported lazily,
 * they made that chunk export a namespace object per language, built with Rolldown's runtime
 * helpers, which are a file of their own: one more file the popup waited for before its first
 * frame (docs/popup.md).
 */
import { effect } from '@preact/signals';
import { catalogLoaders, catalogsFrom, type Language } from '../../lib/i18n';
import { addCatalog, chosenLanguage, hasCatalog, installCatalogs } from '../../utils/i18n';

const english = catalogsFrom(
  import.meta.glob<Record<string, string>>(
    '../../lib/i18n/messages/en/{common,options,config,reasons,calls,softphone}.json',
    { eager: true, import: 'default' },
  ),
);

/** The other languages' `common` catalogs (English's is in `english`). */
const commons = catalogsFrom(
  import.meta.glob<Record<string, string>>(
    ['../../lib/i18n/messages/*/common.json', '!../../lib/i18n/messages/en/**'],
    { eager: true, import: 'default' },
  ),
);

const others = catalogLoaders(
  import.meta.glob<Record<string, string>>(
    [
      '../../lib/i18n/messages/*/{options,config,reasons,calls,softphone}.json',
      '!../../lib/i18n/messages/en/**',
    ],
    { import: 'default' },
  ),
);

const loading = new Map<Language, Promise<void>>();

/**
 * Loads `lang`'s catalogs once; until they are there the page stays in the language it was
 * showing (utils/i18n.ts, `language`).
 */
function ensure(lang: Language): Promise<void> {
  const load = others[lang];
  if (!load || hasCatalog(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (messages) => addCatalog(lang, { ...commons[lang], ...messages }),
      (error: unknown) => {
        loading.delete(lang); // tried again at the next switch
        console.error(`Ringside: the ${lang} texts did not load`, error);
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * Installs English, then follows the language in effect. Resolves once the language the page
 * opens in is there (at once for English), so the first frame is in it.
 */
export function installOptionsCatalogs(): Promise<void> {
  installCatalogs(english);
  effect(() => void ensure(chosenLanguage.value));
  return ensure(chosenLanguage.value);
}
