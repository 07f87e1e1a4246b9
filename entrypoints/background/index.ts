/**
 * The service worker: wiring only. Behaviour lives in lib/background/service.ts; browser glue in
 * ./platform.ts, ./messages.ts and ./events.ts. Listeners are added synchronously, on the first
 * turn of the worker, so that the event that woke it (an alarm, a message) reaches them.
 *
 * To add a piece (site enabling, a context menu), register its listeners here, after these.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '../../lib/background/service';
import { getDb } from '../../lib/db';
import demoAccount from '../../lib/demo/account.json';
import { setupCallSelectionMenu } from '../../utils/context-menu';
import { watchSites } from '../../utils/sites';
import { wireEvents } from './events';
import { browserPlatform } from './platform';
import { softphoneHost, wireSoftphone } from './softphone';

export default defineBackground(() => {
  const service = createBackgroundService(
    getDb(),
    { ...browserPlatform, softphone: softphoneHost },
    demoAccount,
  );
  wireEvents(service);
  if (service.softphone) wireSoftphone(service.softphone);
  watchSites();
  setupCallSelectionMenu((request) => service.handle('dial', request, { sender: 'page' }));
});
