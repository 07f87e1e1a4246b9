/**
 * The options page's softphone settings: the demo build starts on the demo SIP server; a bad
 * WebSocket URL, domain or ICE line is named and nothing is saved; good values are saved as the
 * sip provider; the display-name choice says CNAM is the carrier's.
 */
import { mkdirSync } from 'node:fs';
import { readTable } from './extension-api';
import { expect, test } from './fixtures';

test('the admin sets the softphone’s server, STUN/TURN, display name and P-Asserted-Identity', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const section = options.locator('#calling');
  const softphone = section.getByRole('radio', { name: /^Softphone/ });
  await expect(softphone).toBeChecked();
  const url = section.getByRole('textbox', { name: 'SIP server WebSocket URL' });
  await expect(url).toHaveValue('ws://127.0.0.1:5066');
  await expect(section.getByRole('textbox', { name: 'SIP domain' })).toHaveValue('ringside.test');
  await expect(section).toContainText('(CNAM) is registered with your carrier, not set here');

  await url.fill('ws://pbx.example.com/ws');
  await section.getByRole('textbox', { name: /STUN and TURN/ }).fill('turn:turn.example.com alice');
  await section.getByRole('button', { name: 'Save calling settings' }).click();
  await expect(section).toContainText('only allowed for localhost and 127.0.0.1; use wss://');
  await expect(section).toContainText('Line 1: write "url", or "url username credential"');
  await expect(
    section.getByRole('status').filter({ hasText: 'Fix the highlighted fields first.' }),
  ).toBeVisible();
  const stored = async () =>
    (await readTable<{ provider?: { wsUrl?: string } }>(options, 'settings'))[0]?.provider ?? null;
  expect((await stored())?.wsUrl).not.toBe('ws://pbx.example.com/ws');

  await url.fill('wss://pbx.example.com/ws');
  await section.getByRole('textbox', { name: 'SIP domain' }).fill('pbx.example.com');
  await section
    .getByRole('textbox', { name: /STUN and TURN/ })
    .fill('stun:stun.example.com:3478\nturns:turn.example.com:443 alice s3cret');
  await section.getByRole('radio', { name: 'The account’s name' }).check();
  await section.getByRole('checkbox', { name: /P-Asserted-Identity/ }).check();
  await options.setViewportSize({ width: 1280, height: 900 });
  await section.scrollIntoViewIfNeeded();
  mkdirSync('test-results/screenshots', { recursive: true });
  await section.screenshot({ path: 'test-results/screenshots/options-softphone.png' });
  await section.getByRole('button', { name: 'Save calling settings' }).click();
  await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await expect.poll(stored).toEqual({
    kind: 'sip',
    wsUrl: 'wss://pbx.example.com/ws',
    domain: 'pbx.example.com',
    iceServers: [
      { urls: 'stun:stun.example.com:3478' },
      { urls: 'turns:turn.example.com:443', username: 'alice', credential: 's3cret' },
    ],
    displayName: 'account',
    assertIdentity: true,
  });
});
