/**
 * The service worker: wiring only. Behaviour lives in lib/background/service.ts; browser glue in
 * ./platform.ts, ./messages.ts and ./events.ts. Listeners are added synchronously, on the first
 * turn of the worker, so that the event that woke it (an alarm, a message) reaches them.
 *
 * To add a piece (site enabling, a context menu), register its listeners here, after these.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseAccountConfig } from '../../lib/caller-id';
import { restrictStorageAccess, type AccessLevelArea } from '../../lib/background/storage-access';
import { createBackgroundService } from '../../lib/background/service';
import { getDb } from '../../lib/db';
import demoAccount from '../../lib/demo/account.json';
import { setupCallSelectionMenu, updateMenuTitle } from '../../utils/context-menu';
import { watchSites } from '../../utils/sites';
import { wireEvents } from './events';
import { tellTabsTheCardLanguage } from './card-language';
import { browserPlatform } from './platform';
import { setNotificationLanguage, softphoneHost, wireSoftphone } from './softphone';

export default defineBackground(() => {
  // First: content scripts get no access to extension storage (lib/background/storage-access.ts).
  void restrictStorageAccess({
    local: browser.storage.local as AccessLevelArea,
    session: browser.storage.session as AccessLevelArea,
  }).then((missed) => {
    if (missed.length)
      console.info(`Ringside: storage access not restricted for ${missed.join(', ')}`);
  });
  const service = createBackgroundService(
    getDb(),
    { ...browserPlatform, softphone: softphoneHost },
    demoAccount,
  );
  // Notifications and the context menu speak the language in effect, and follow its changes.
  setNotificationLanguage(service.translator);
  service.onLanguageChange(updateMenuTitle);
  // Open CRM tabs: their cards switch language at once (./card-language.ts).
  service.onLanguageChange((translator) => {
    tellTabsTheCardLanguage(translator.language).catch((error: unknown) =>
      console.error('Ringside: could not tell the tabs the language', error),
    );
  });
  wireEvents(service);
  if (service.softphone) wireSoftphone(service.softphone);
  watchSites();
  // The demo build lets the browser bench time a one-shot parse of a document in this very
  // worker, the baseline a sliced sync is compared with (bench/browser/background-sync.spec.ts).
  if (import.meta.env.RINGSIDE_DEMO)
    (globalThis as { ringsideBench?: object }).ringsideBench = { parseAccountConfig };
  setupCallSelectionMenu(
    (request) => service.handle('dial', request, { sender: 'page' }),
    undefined,
    service.translator,
  );
});
