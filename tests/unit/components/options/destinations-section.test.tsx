// @vitest-environment happy-dom
/** The options page's destination rules (components/options/DestinationsSection.tsx). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DestinationsSection } from '../../../../components/options/DestinationsSection';
import { applyPolicy, DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import type { ManagedPolicy, Settings } from '../../../../lib/db/types';
import { parseCountryList } from '../../../../lib/ui/country-list';

afterEach(cleanup);

const settings = (extra: Partial<Settings> = {}, policy: Partial<ManagedPolicy> | null = null) =>
  applyPolicy(
    { ...DEFAULT_SETTINGS, ...extra },
    policy && { id: 'policy', settingsLocked: false, readAt: 0, problems: [], ...policy },
  );

describe('parseCountryList', () => {
  it.each([
    ['', { ok: true, codes: [] }],
    ['US', { ok: true, codes: ['US'] }],
    ['us, ca ,PR', { ok: true, codes: ['US', 'CA', 'PR'] }],
    ['US US;CA', { ok: true, codes: ['US', 'CA'] }],
    ['USA', { ok: false, problems: [expect.stringContaining('"USA" is not a country code')] }],
    ['US, XX', { ok: false, problems: [expect.stringContaining('"XX"')] }],
  ])('%j', (text, expected) => {
    expect(parseCountryList(text)).toEqual(expected);
  });
});

describe('DestinationsSection', () => {
  it('saves the three rules as one patch', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const }));
    render(<DestinationsSection settings={settings()} onSave={onSave} />);
    const field = screen.getByLabelText('Allowed destination countries');
    expect((field as HTMLInputElement).placeholder).toBe('All countries');
    fireEvent.input(field, { target: { value: 'us, ca' } });
    expect(screen.getByText('Calls may go to United States and Canada only.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Block premium-rate numbers/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /International calls need/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save destination rules' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        allowedCountries: ['US', 'CA'],
        blockPremium: true,
        confirmInternational: true,
      }),
    );
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('names a mistyped code at the field and saves nothing', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const }));
    render(<DestinationsSection settings={settings()} onSave={onSave} />);
    const field = screen.getByLabelText('Allowed destination countries');
    fireEvent.input(field, { target: { value: 'US, Canada' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/"CANADA" is not a country code/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save destination rules' }));
    expect(await screen.findByText('Fix the highlighted field first.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('policy (settingsLocked) fixes every rule: disabled, said so, nothing to save', () => {
    render(
      <DestinationsSection
        settings={settings({ blockPremium: true }, { settingsLocked: true })}
        onSave={vi.fn()}
      />,
    );
    expect(screen.getByText("Set by your organization's policy")).toBeTruthy();
    expect(
      (screen.getByLabelText('Allowed destination countries') as HTMLInputElement).disabled,
    ).toBe(true);
    const premium = screen.getByRole('checkbox', {
      name: /Block premium-rate/,
    }) as HTMLInputElement;
    expect([premium.checked, premium.disabled]).toEqual([true, true]);
    expect(
      (screen.getByRole('button', { name: 'Save destination rules' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});
