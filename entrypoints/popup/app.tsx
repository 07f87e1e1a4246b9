import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CurrentSite } from '../../components/CurrentSite';
import { PopupApp } from '../../components/PopupApp';
import { injectStyles } from '../../components/styles/inject';
import { canOpenSidePanel, openSidePanel, prepareSidePanel } from './open-side-panel';
import { currentSite } from './site';

export function mountPopup(root: HTMLElement): void {
  injectStyles();
  prepareSidePanel();

  render(
    <PopupApp
      siteControl={<CurrentSite glue={currentSite} />}
      onOpenSidePanel={
        canOpenSidePanel()
          ? () => {
              openSidePanel()
                // A real popup closes so the panel has the room; the popup opened as a tab stays.
                .then(() => {
                  if (browser.extension.getViews({ type: 'popup' }).includes(window))
                    window.close();
                })
                .catch((error: unknown) => console.warn('Ringside: side panel', error));
            }
          : undefined
      }
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
      }}
    />,
    root,
  );
}
