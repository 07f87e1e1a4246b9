// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SitesSection, patternOrigin } from '../../../../components/options/SitesSection';
import { parseSelectorLines, siteExclusions } from '../../../../lib/detect/exclusions';

describe('exclusion selectors', () => {
  it('keys a site by its origin', () => {
    expect(patternOrigin('https://crm.example.com/*')).toBe('https://crm.example.com');
    expect(patternOrigin('http://localhost:5175/*')).toBe('http://localhost:5175');
    expect(
      siteExclusions({ 'https://crm.example.com': ['#a'] }, 'https://crm.example.com/x?y'),
    ).toEqual(['#a']);
    expect(
      siteExclusions({ 'https://crm.example.com': ['#a'] }, 'https://other.example.com/'),
    ).toEqual([]);
    expect(siteExclusions(undefined, 'https://crm.example.com/')).toEqual([]);
    // A site is enabled by host, whatever the port.
    expect(siteExclusions({ 'http://localhost': ['#b'] }, 'http://localhost:5175/#/x')).toEqual([
      '#b',
    ]);
  });

  it('names each line that is not a selector', () => {
    const valid = (s: string) => !s.includes('[[');
    expect(parseSelectorLines('#ledger\n\n  .notes  \n[[x', valid)).toEqual({
      selectors: ['#ledger', '.notes'],
      errors: ['Line 4: "[[x" is not a valid CSS selector.'],
    });
  });

  it('saves one site’s selectors from the Sites section, and refuses a broken one', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const }));
    render(
      <SitesSection
        sites={['https://crm.example.com/*']}
        onAdd={async () => ({ ok: true })}
        onRemove={async () => ({ ok: true })}
        exclusions={{ 'https://crm.example.com': ['#ledger'] }}
        onSaveExclusions={onSave}
      />,
    );
    const box = screen.getByLabelText(/Never scan on crm.example.com/) as HTMLTextAreaElement;
    expect(box.value).toBe('#ledger');
    fireEvent.input(box, { target: { value: '#ledger\n[[broken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save exclusions' }));
    expect(await screen.findByText('Line 2: "[[broken" is not a valid CSS selector.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: '#ledger\n.internal-notes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save exclusions' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith('https://crm.example.com', [
        '#ledger',
        '.internal-notes',
      ]),
    );
    expect(await screen.findByText('crm.example.com: 2 excluded parts saved.')).toBeTruthy();
  });
});
