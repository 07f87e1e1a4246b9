import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, browserLanguageMissing } from './browser';
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
  // The name comes from _locales (docs/i18n.md): the built manifest names the message, and the
  // browser resolves it in its language.
  expect(built.name).toBe('__MSG_manifest_name__');
  expect(manifest.name).toBe('Ringside');

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

test.describe('with the browser in Brazilian Portuguese', () => {
  test.use({ browserLanguage: 'pt-BR' });
  const missing = browserLanguageMissing('pt-BR');
  test.skip(
    Boolean(missing) && process.env.CI !== 'true',
    `pt-BR: ${missing} (skipped outside CI)`,
  );

  test('the browser shows the translated description and toolbar title', async ({
    context,
    serviceWorker,
  }) => {
    const catalog = JSON.parse(
      readFileSync(join('lib/i18n/messages/pt-BR/manifest.json'), 'utf8'),
    ) as Record<string, string>;
    expect(await serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toBe('pt-BR');
    expect(await serviceWorker.evaluate(() => chrome.i18n.getMessage('manifest_description'))).toBe(
      catalog['manifest.description'],
    );
    expect(await serviceWorker.evaluate(() => chrome.action.getTitle({}))).toBe(
      catalog['manifest.actionTitle'],
    );
    // The browser's own extensions page, in Portuguese, shows the Portuguese description.
    const page = await context.newPage();
    await page.goto('chrome://extensions/');

    await expect(page.getByText(catalog['manifest.description']!).first()).toBeVisible();
  });
});
