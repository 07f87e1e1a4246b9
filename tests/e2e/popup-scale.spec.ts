/**
 * The popup with an agent allowed 2,000 numbers (tests/e2e/large-account.ts): the caller-ID list
 * opens with a filter box, draws only the rows in view, narrows as the agent types (by state, by
 * digits written as a person writes them), is driven from the keyboard to its last option, and
 * the pick is stored and shown again when the popup is reopened. Accessibility (axe) and
 * screenshots in both colour schemes, at the popup's width.
 */
import { seriousViolations } from './axe';
import { activeSnapshot, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { NEEDLE, largeAccount } from './large-account';
import { PopupPage } from './pages/popup';
import { signInOn } from './sign-in';

const COUNT = 2_000;
const SCHEMES = ['light', 'dark'] as const;

test('an agent with 2,000 numbers finds one by typing, and the pick persists across reopen', async ({
  context,
  extensionId,
  openExtensionPage,
  snap,
}) => {
  test.setTimeout(180_000);
  // Messages go from the blank extension page: the extension's pages share one renderer, and an
  // options page drawing 2,000 numbers would hold up the popup under test.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/blank.html`);
  await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
  const imported = await sendToBackground(options, 'importConfig', {
    text: JSON.stringify(largeAccount(COUNT)),
    origin: 'large-account.json',
  });
  expect(imported).toMatchObject({ ok: true });
  await signInOn(options);

  const popup = await PopupPage.open(openExtensionPage);
  await popup.page.setViewportSize({ width: 360, height: 600 });
  const combo = popup.callerId();
  // Default (offered by this account) is selected until the agent picks.
  await expect(combo).toContainText('Default', { timeout: 30_000 });

  // Opening: the filter box has the focus, and a few rows of the 2,001 options are drawn.
  await combo.click();
  const filter = popup.callerIdFilter();
  await expect(filter).toBeFocused();
  await expect(popup.page.getByRole('status').filter({ hasText: '2001 in all' })).toBeVisible();
  const drawn = await popup.drawnOptions().count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThanOrEqual(20);
  await expect(popup.drawnOptions().first()).toHaveAttribute('aria-label', /^Default/);
  await expect(popup.drawnOptions().first()).toHaveAttribute('aria-setsize', String(COUNT + 1));
  // The Default row's hint is read whole (on two lines), not cut with "…" in its fixed-height row.
  const hint = popup.drawnOptions().first().locator('.number-line-sub');
  await expect(hint).toHaveText('Ringside picks the best number for each call');
  expect(
    await hint.evaluate(
      (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
    ),
  ).toBe(true);
  await snap(popup.page, 'popup-large-top');

  // End moves to the last of the 2,001, which is drawn, active and named by the filter box.
  await filter.press('End');
  const activeId = await filter.getAttribute('aria-activedescendant');
  expect(activeId).toBeTruthy();
  const last = popup.page.locator(`[id="${activeId}"]`);
  await expect(last).toHaveAttribute('aria-posinset', String(COUNT + 1));
  await expect(last).toHaveAttribute(
    'aria-label',
    `London ${COUNT - 1}, +44 20 7946 1999, United Kingdom`,
  );
  await filter.press('Home');
  await expect(
    popup.page.locator(`[id="${await filter.getAttribute('aria-activedescendant')}"]`),
  ).toHaveAttribute('aria-label', /^Default/);

  // By state: Alaska has one number.
  await filter.fill('alaska');
  await expect(popup.drawnOptions()).toHaveCount(1);
  await expect(popup.drawnOptions()).toHaveAttribute('aria-label', new RegExp(`^${NEEDLE.label},`));
  await expect(popup.page.getByRole('status').filter({ hasText: '1 of 2001' })).toBeVisible();
  for (const scheme of SCHEMES) {
    await popup.page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(popup.page), `filtered list ${scheme}`).toEqual([]);
    await snap(popup.page, `popup-large-filtered-${scheme}`);
  }
  await popup.page.emulateMedia({ colorScheme: 'light' });

  // Nothing matches: said so, and Enter picks nothing.
  await filter.fill('zzz');
  await expect(popup.drawnOptions()).toHaveCount(0);
  await expect(popup.page.getByText('No number matches “zzz”.')).toBeVisible();
  await filter.press('Enter');
  await expect(combo).toHaveAttribute('aria-expanded', 'true');

  // By digits, written as a person writes a US number: one match, picked with Enter.
  await filter.fill('(907) 456-12');
  await expect(popup.drawnOptions()).toHaveCount(1);
  await filter.press('Enter');
  await expect(combo).toHaveAttribute('aria-expanded', 'false');
  await expect(combo).toBeFocused();
  await popup.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await expect.poll(() => popup.storedChoice()).toEqual([{ kind: 'number', numberId: NEEDLE.id }]);
  await expect(combo).toContainText(NEEDLE.label);
  await expect(combo).toContainText(NEEDLE.display);

  // Typing on the closed control opens the list on what was typed.
  await combo.press('b');
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue('b');
  await filter.press('Escape');
  await expect(combo).toHaveAttribute('aria-expanded', 'false');
  await expect(combo).toBeFocused();

  for (const scheme of SCHEMES) {
    await popup.page.emulateMedia({ colorScheme: scheme });
    await combo.click();
    await expect(filter).toBeFocused();
    expect(await seriousViolations(popup.page), `open list ${scheme}`).toEqual([]);
    await snap(popup.page, `popup-large-open-${scheme}`);
    await filter.press('Escape');
  }
  await popup.page.close();

  // Reopened: the stored pick is shown.
  const reopened = await PopupPage.open(openExtensionPage);
  await expect(reopened.callerId()).toContainText(NEEDLE.label, { timeout: 30_000 });
  expect(await reopened.selectedCallerId()).toMatch(new RegExp(`^${NEEDLE.label},`));
  expect([...popup.errors, ...reopened.errors]).toEqual([]);
});

test('“Open softphone” pressed as soon as the popup shows opens the side panel', async ({
  openExtensionPage,
}) => {
  const popup = await PopupPage.open(openExtensionPage);
  const button = popup.page.getByRole('button', { name: 'Open softphone' });
  await button.click();
  // The side panel is not a tab: Playwright lists it only among the browser's targets.
  const cdp = await popup.page.context().newCDPSession(popup.page);
  await expect
    .poll(
      async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.some((t) => t.url.endsWith('/sidepanel.html'));
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect(popup.page.getByRole('alert')).toHaveCount(0);
  expect(popup.errors).toEqual([]);
});
