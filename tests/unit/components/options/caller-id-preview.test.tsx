// @vitest-environment happy-dom
/**
 * "What Maria Chen sees" resolves with Maria's saved choice when this computer keeps it, and says
 * plainly what it assumes when it does not.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallerIdPreview, INDEX_APART_FROM } from '../../../../components/options/CallerIdPreview';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type {
  AccountConfig,
  CallerIdChoice,
  CallerIdSettings,
} from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';

afterEach(cleanup);

function demoConfig(settings: CallerIdSettings): AccountConfig {
  const parsed = parseAccountConfig({ ...demo, outboundCallerId: settings });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

const CUSTOMIZED = { mode: 'customized', allowDefault: true } as const;
const combobox = () => screen.getByRole('combobox', { name: 'What Maria Chen sees' });
const note = () => screen.queryByTestId('preview-note')?.textContent ?? null;

function show(settings: CallerIdSettings, saved: [string, CallerIdChoice][] = []) {
  render(<CallerIdPreview config={demoConfig(settings)} savedChoices={new Map(saved)} />);
  fireEvent.change(screen.getByLabelText('Preview as'), { target: { value: 'maria-chen' } });
}

describe('CallerIdPreview: the agent’s real resolution', () => {
  it('shows her saved number, and says it is her saved choice', () => {
    show(CUSTOMIZED, [['maria-chen', { kind: 'number', numberId: 'us-la' }]]);
    expect(combobox().textContent).toContain('Los Angeles');
    expect(note()).toBe('Maria Chen’s saved choice on this computer.');
  });

  it('flags her saved number when the edited settings take it away', () => {
    show(CUSTOMIZED, [['maria-chen', { kind: 'number', numberId: 'ca-toronto' }]]);
    // Toronto is in Sales in the demo; a number outside her groups would be flagged stale.
    expect(combobox().textContent).toContain('Toronto');
    cleanup();
    show(CUSTOMIZED, [['maria-chen', { kind: 'number', numberId: 'us-austin' }]]);
    expect(screen.getByTestId('stale-choice').textContent).toMatch(/Austin .* no longer available/);
  });

  it.each([
    [CUSTOMIZED, /^Default/, 'assumes Default'],
    [
      { mode: 'customized', allowDefault: false } as const,
      /San Francisco/,
      'assumes their first number',
    ],
  ])('with no saved choice here (%j) it says what it assumes', (settings, selected, assumes) => {
    show(settings, [['ana-silva', { kind: 'number', numberId: 'us-miami' }]]);
    expect(combobox().textContent).toMatch(selected);
    expect(note()).toContain('Maria Chen has no saved choice on this computer');
    expect(note()).toContain(assumes);
  });

  it('trying a choice in the preview says it saves nothing; switching agent starts again', () => {
    show(CUSTOMIZED);
    fireEvent.click(combobox());
    fireEvent.click(screen.getByRole('option', { name: /^Los Angeles/ }));
    expect(note()).toBe('Trying a choice here saves nothing for the agent.');
    fireEvent.change(screen.getByLabelText('Preview as'), { target: { value: 'ana-silva' } });
    expect(note()).toContain('Ana Silva has no saved choice');
  });

  it('says nothing extra in Automated mode: there is nothing to choose', () => {
    show({ mode: 'automated', allowDefault: true });
    expect(note()).toBeNull();
  });
});

describe('CallerIdPreview: a large account', () => {
  /** The demo with enough extra numbers that the index is built apart, in slices. */
  function largeConfig(extra: number, firstAgent = 'Maria Chen'): AccountConfig {
    const numbers = [
      ...demo.numbers,
      ...Array.from({ length: extra }, (_, i) => ({
        id: `extra-${i}`,
        label: `Extra ${i}`,
        number: `+1212${String(2000000 + i).padStart(7, '0')}`,
        ringGroups: ['support'],
      })),
    ];
    const agents = demo.agents.map((a, i) => (i === 0 ? { ...a, name: firstAgent } : a));
    const parsed = parseAccountConfig({ ...demo, numbers, agents, outboundCallerId: CUSTOMIZED });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return parsed.config;
  }

  it('says it is preparing, then shows the agent’s control once the sliced index is built', async () => {
    render(<CallerIdPreview config={largeConfig(INDEX_APART_FROM + 100)} />);
    expect(screen.getByText('Preparing the preview…')).toBeTruthy();
    expect(
      await screen.findByRole('combobox', { name: 'What Maria Chen sees' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByText('Preparing the preview…')).toBeNull();
  });

  it('a newer config while the index is built is the one shown', async () => {
    const { rerender } = render(<CallerIdPreview config={largeConfig(3000, 'Older Name')} />);
    rerender(<CallerIdPreview config={largeConfig(3000, 'Newer Name')} />);
    expect(screen.getByText('Preparing the preview…')).toBeTruthy();
    expect(
      await screen.findByRole('combobox', { name: 'What Newer Name sees' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'What Older Name sees' })).toBeNull();
  });
});
