/**
 * The popup's start-up: its catalogs, styles and the app. Kept apart from main.tsx (which only
 * calls it) so the build can put this module and everything it imports in one chunk
 * (wxt.config.ts, `popup-app`), the one file popup.html names.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CurrentSite } from '../../components/popup/CurrentSite';
import { PopupApp } from '../../components/popup/PopupApp';
import { injectStyles } from '../../components/shared/inject-styles';
import popup from '../../components/popup/popup.css?inline';
import { catalogsFrom } from '../../lib/i18n/catalog';
import { installCatalogs, t } from '../../utils/i18n';
import { followDocumentLanguage, followLanguageSetting } from '../../utils/language-setting';
import { canOpenSidePanel, openSidePanel } from './open-side-panel';
import { currentSite } from './site';

/** No side effects on import: the side panel and options load this chunk too, for the shared code. */
export function mountPopup(root: HTMLElement): void {
  // Only the popup's own areas: every catalog file bundled here is read before the first paint.
  installCatalogs(
    catalogsFrom(
      import.meta.glob('../../lib/i18n/messages/*/{common,popup}.json', {
        eager: true,
        import: 'default',
      }),
    ),
  );
  // The settings watch (Dexie) starts after the first paint: its import() alone was a few ms of
  // the first frame's task in a trace. The mirror in localStorage already gave the language.
  requestAnimationFrame(() => setTimeout(followLanguageSetting));
  followDocumentLanguage(() => t('popup.documentTitle'));
  injectStyles(popup);

  render(
    <PopupApp
      siteControl={<CurrentSite glue={currentSite} />}
      onOpenSidePanel={
        canOpenSidePanel()
          ? () =>
              // A real popup closes so the panel has the room; the popup opened as a tab stays.
              openSidePanel().then(() => {
                if (browser.extension.getViews({ type: 'popup' }).includes(window)) window.close();
              })
          : undefined
      }
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
      }}
    />,
    root,
  );
}
