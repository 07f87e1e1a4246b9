import { defineWebExtConfig } from 'wxt';

// With no display (CI, containers) `wxt` dev mode must not try to open a browser window.
export default defineWebExtConfig({
  disabled: !process.env.DISPLAY && process.platform === 'linux',
  chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-sync'],
  startUrls: ['http://localhost:5175/'],
});
