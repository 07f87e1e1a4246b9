/**
 * The content script: finds phone numbers on an enabled CRM page and makes them click-to-call.
 * Wiring only; see ./page.ts for what runs and lib/detect for how numbers are found.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from './page';
import './style.css';

export default defineContentScript({
  // Demo builds run on the bundled demo CRM; other sites are registered at run time once enabled
  // (utils/sites.ts), with the same frames and the same stylesheet.
  matches: import.meta.env.RINGSIDE_DEMO ? ['http://localhost/*'] : [],
  registration: 'manifest',
  runAt: 'document_idle',
  // Same-origin iframes (and about:blank/srcdoc ones inside an enabled page) get their own copy.
  allFrames: true,
  matchAboutBlank: true,
  // WXT's start-up message to the page's window is not needed; the page should not hear from us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPage(ctx);
  },
});
