import { mountPopup } from './app';

// This entry is built into the chunk the side panel, options and offscreen pages take their shared
// code from (wxt.config.ts), so that the popup loads one file: it mounts on the popup's page only.
if (location.pathname.endsWith('/popup.html')) mountPopup(document.getElementById('app')!);
