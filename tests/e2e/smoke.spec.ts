import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { SidePanelPage } from './pages/sidepanel';

test('the background service worker starts and carries the extension id', async ({
  serviceWorker,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  // The name comes from _locales (docs/i18n.md): the browser resolves it in its language.
  expect(manifest.name).toBe(built.name);
  expect(await serviceWorker.evaluate(() => chrome.i18n.getMessage('manifest_name'))).toBe(
    'Ringside',
  );
  expect(manifest.version).toBe(built.version);
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
});

for (const [name, Page] of [
  ['popup', PopupPage],
  ['sidepanel', SidePanelPage],
  ['options', OptionsPage],
] as const) {
  test(`the ${name} page loads without errors`, async ({ openExtensionPage, snap }) => {
    const surface = await Page.open(openExtensionPage);
    await expect(surface.heading()).toBeVisible();
    await snap(surface.page, `smoke-${name}`);
    expect(surface.errors).toEqual([]);
  });
}
