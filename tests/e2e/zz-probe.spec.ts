import { test } from './fixtures';
import { readFileSync } from 'node:fs';
const AGENT = JSON.parse(readFileSync('lib/demo/account.json','utf8')).agents[0].id;
import { sendToBackground } from './extension-api';
test('probe double periods', async ({ openExtensionPage }) => {
  for (const signedIn of [false, true]) {
    for (const path of ['popup.html', 'sidepanel.html', 'options.html'] as const) {
      const page = await openExtensionPage(path);
      await page.waitForTimeout(1500);
      if (signedIn === false && path === 'options.html') {
        // sign in for the next round
        await sendToBackground(page, 'selectAgent', { agentId: AGENT }).catch((e) => console.log('sel', e));
      }
      const text = await page.evaluate(() => document.body.innerText + '\n' + [...document.querySelectorAll('[aria-label],[title]')].map((e) => (e.getAttribute('aria-label') ?? '') + ' ' + (e.getAttribute('title') ?? '')).join('\n'));
      for (const line of text.split('\n')) if (/\.\.(?!\.)|Co\.[^\s]/.test(line) || /Demo Co/.test(line)) console.log(signedIn, path, JSON.stringify(line));
      await page.close();
    }
  }
});
