// @vitest-environment happy-dom
/**
 * The options page's call providers where the softphone cannot run (Firefox, told by
 * utils/softphone-support.ts) and where it can: on Firefox the choice is disabled and says why,
 * a sip provider already set (a policy, an imported setting) shows the reason, and saving it is
 * refused with that reason instead of storing a provider that refuses every call.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import type { EffectiveSettings, ProviderSettings } from '../../../../lib/db/types';
import { ProviderSection } from '../../../../components/options/ProviderSection';
import { SOFTPHONE_NOT_ON_FIREFOX } from '../../../../lib/softphone/support';

// Which browser the section is built for, switched per test (the module reads WXT's FIREFOX).
const built = vi.hoisted(() => ({ browser: 'chrome' as 'chrome' | 'firefox' }));
vi.mock('../../../../utils/softphone-support', () => ({
  softphoneUnavailableHere: () => (built.browser === 'firefox' ? SOFTPHONE_NOT_ON_FIREFOX : null),
}));

afterEach(cleanup);

const SIP: ProviderSettings = {
  kind: 'sip',
  wsUrl: 'wss://pbx.example.com/ws',
  domain: 'pbx.example.com',
  iceServers: [],
  displayName: 'label',
  assertIdentity: false,
};

/** Renders the section as built for `browser`, with the given provider saved. */
function renderFor(browser: 'chrome' | 'firefox', provider: ProviderSettings) {
  built.browser = browser;
  const settings: EffectiveSettings = { ...DEFAULT_SETTINGS, locked: [], provider };
  const onSave = vi.fn(async () => ({ ok: true as const }));
  render(<ProviderSection settings={settings} onSave={onSave} requestAccess={async () => null} />);
  return { onSave };
}

/** What the section says next to its Save button. */
const note = () =>
  screen
    .getAllByRole('status')
    .map((el) => el.textContent)
    .join(' ');

/**
 * Submits the form as its Save button does. happy-dom's constraint validation rejects a wss://
 * URL in an <input type="url"> (browsers accept it), so the click would never submit here.
 */
const save = () =>
  fireEvent.submit(screen.getByRole('button', { name: 'Save calling settings' }).closest('form')!);

const sipRadio = () => screen.getByRole('radio', { name: /^Softphone/ });

describe('the softphone choice on Firefox', () => {
  it('is disabled and says it is not available in this browser', async () => {
    renderFor('firefox', { kind: 'tel' });
    expect(sipRadio()).toHaveProperty('disabled', true);
    expect(sipRadio().closest('label')!.textContent).toContain('Not available in this browser.');
    expect(screen.queryByTestId('softphone-unavailable')).toBeNull();
  });

  it('a sip provider already set shows why, and saving it is refused with that reason', async () => {
    const { onSave } = renderFor('firefox', SIP);
    expect(screen.getByTestId('softphone-unavailable').textContent).toBe(SOFTPHONE_NOT_ON_FIREFOX);
    save();
    await waitFor(() => expect(note()).toContain(SOFTPHONE_NOT_ON_FIREFOX));
    expect(onSave).not.toHaveBeenCalled();
    // Switching to another provider saves.
    fireEvent.click(screen.getByRole('radio', { name: /^Phone app/ }));
    expect(screen.queryByTestId('softphone-unavailable')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save calling settings' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ provider: { kind: 'tel' } })),
    );
  });
});

describe('the softphone choice on Chrome', () => {
  it('is offered and saves', async () => {
    const { onSave } = renderFor('chrome', SIP);
    expect(sipRadio()).toHaveProperty('disabled', false);
    expect(screen.queryByTestId('softphone-unavailable')).toBeNull();
    save();
    await waitFor(() => expect(note()).toContain('Saved'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ provider: SIP }));
  });
});
