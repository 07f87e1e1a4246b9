// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerIdPolicySection } from '../../../../components/options/CallerIdPolicySection';
import { CallerIdPreview } from '../../../../components/options/CallerIdPreview';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig, CallerIdSettings } from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';

afterEach(cleanup);

const automated = () => screen.getByRole('radio', { name: /^Automated/ });
const customized = () => screen.getByRole('radio', { name: /^Customized/ });
const allowDefault = () => screen.getByRole('checkbox', { name: /Allow agents to use Default/ });

function demoConfig(settings: CallerIdSettings): AccountConfig {
  const parsed = parseAccountConfig({ ...demo, outboundCallerId: settings });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('Outbound Caller ID Selection (options)', () => {
  it('words the two modes as admin consoles do', () => {
    render(
      <CallerIdPolicySection
        value={{ mode: 'automated', allowDefault: true }}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Outbound Caller ID Selection' })).toBeTruthy();
    expect(automated().closest('label')!.textContent).toContain(
      'Ringside picks the best number for each call',
    );
    expect(customized().closest('label')!.textContent).toContain(
      'Agents choose their outbound caller ID',
    );
  });

  it.each([
    { mode: 'automated', allow: true, automatedChecked: true, defaultEnabled: false },
    { mode: 'customized', allow: true, automatedChecked: false, defaultEnabled: true },
    { mode: 'customized', allow: false, automatedChecked: false, defaultEnabled: true },
  ] as const)(
    '$mode with Default $allow: radios and the Default switch reflect it',
    ({ mode, allow, automatedChecked, defaultEnabled }) => {
      render(<CallerIdPolicySection value={{ mode, allowDefault: allow }} onChange={vi.fn()} />);
      expect((automated() as HTMLInputElement).checked).toBe(automatedChecked);
      expect((customized() as HTMLInputElement).checked).toBe(!automatedChecked);
      expect((allowDefault() as HTMLInputElement).checked).toBe(allow);
      expect((allowDefault() as HTMLInputElement).disabled).toBe(!defaultEnabled);
    },
  );

  it('reports each change: mode, then Default off', () => {
    const onChange = vi.fn();
    render(
      <CallerIdPolicySection
        value={{ mode: 'automated', allowDefault: true }}
        onChange={onChange}
      />,
    );
    fireEvent.click(customized());
    expect(onChange).toHaveBeenLastCalledWith({ mode: 'customized' });
    cleanup();
    render(
      <CallerIdPolicySection
        value={{ mode: 'customized', allowDefault: true }}
        onChange={onChange}
      />,
    );
    fireEvent.click(allowDefault());
    expect(onChange).toHaveBeenLastCalledWith({ allowDefault: false });
  });

  it('is shown locked, with why, when policy sets the account', () => {
    render(
      <CallerIdPolicySection
        value={{ mode: 'customized', allowDefault: true }}
        onChange={vi.fn()}
        locked
      />,
    );
    expect(screen.getByText(/Set by your organization's policy/)).toBeTruthy();
    expect(automated().closest('fieldset')!.disabled).toBe(true);
    expect((allowDefault() as HTMLInputElement).disabled).toBe(true);
  });

  it('shows the validation messages of its fields', () => {
    render(
      <CallerIdPolicySection
        value={{ mode: 'customized', allowDefault: true }}
        onChange={vi.fn()}
        errors={['must be "automated" or "customized"']}
      />,
    );
    expect(screen.getByText('must be "automated" or "customized"')).toBeTruthy();
  });

  it('previews what an agent sees as the settings are edited', () => {
    function Harness() {
      const [value, setValue] = useState<CallerIdSettings>({
        mode: 'customized',
        allowDefault: true,
      });
      return (
        <CallerIdPolicySection
          value={value}
          onChange={(patch) => setValue({ ...value, ...patch })}
          preview={<CallerIdPreview config={demoConfig(value)} />}
        />
      );
    }
    render(<Harness />);
    // The first demo agent without own settings is Maria Chen (Sales).
    fireEvent.change(screen.getByLabelText('Preview as'), { target: { value: 'maria-chen' } });
    const options = () =>
      within(screen.getByRole('listbox', { hidden: true }))
        .getAllByRole('option', { hidden: true })
        .map((o) => o.getAttribute('aria-label') ?? '');
    expect(options()[0]).toMatch(/^Default/);

    fireEvent.click(allowDefault());
    expect(options().some((o) => o.startsWith('Default'))).toBe(false);
    expect(options().every((o) => !/London|Manchester/.test(o))).toBe(true);

    fireEvent.click(automated());
    expect(screen.queryByRole('combobox', { name: 'What Maria Chen sees' })).toBeNull();
    expect(
      screen.getByText(/Ringside picks the best number for each call\. Set by your admin/),
    ).toBeTruthy();
  });
});
