import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  // Demo builds run on the bundled demo CRM; other sites are registered at run time once enabled.
  matches: import.meta.env.RINGSIDE_DEMO ? ['http://localhost/*'] : [],
  registration: 'manifest',
  main() {
    document.documentElement.dataset.ringside = 'ready';
  },
});
