// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurrentSite, type CurrentSiteGlue } from '../../../../components/popup/CurrentSite';
import { siteLabel, siteOrigin } from '../../../../components/options/SitesSection';

afterEach(cleanup);

function glue(url: string | undefined, enabled: boolean, request?: CurrentSiteGlue['request']) {
  return {
    url: async () => url,
    pattern: (u: string) => (/^https?:/.test(u) ? `${new URL(u).origin}/*` : null),
    isEnabled: vi.fn(async () => enabled),
    request: vi.fn(request ?? (async () => ({ ok: true as const, pattern: 'x' }))),
  } satisfies CurrentSiteGlue;
}

describe('Enable on this site (popup)', () => {
  it.each([
    [undefined, /Open a CRM page/],
    ['chrome://newtab/', /Open a CRM page/],
    ['chrome-extension://abc/popup.html', /Open a CRM page/],
  ])('%s is not a site Ringside can run on', async (url, text) => {
    render(<CurrentSite glue={glue(url, false)} />);
    expect((await screen.findByTestId('site-control')).textContent).toMatch(text);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when Ringside already runs on the site', async () => {
    render(<CurrentSite glue={glue('https://acme.my.salesforce.com/lead/1', true)} />);
    expect((await screen.findByTestId('site-control')).textContent).toBe(
      'Click-to-call is on for acme.my.salesforce.com',
    );
  });

  it('asks for the site inside the click, then shows it enabled', async () => {
    const g = glue('https://crm.example.com/contacts?id=4', false);
    render(<CurrentSite glue={g} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    expect(g.request).toHaveBeenCalledWith('https://crm.example.com/contacts?id=4');
    await waitFor(() =>
      expect(screen.getByTestId('site-control').textContent).toMatch(/on for crm\.example\.com/),
    );
  });

  it('shows why when the browser refuses', async () => {
    const g = glue('https://crm.example.com/', false, async () => ({
      ok: false,
      error: 'Access to https://crm.example.com was not granted.',
    }));
    render(<CurrentSite glue={g} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Access to https://crm.example.com was not granted.',
    );
    expect(screen.getByRole('button', { name: 'Enable on this site' })).toBeTruthy();
  });
});

describe('site addresses on the options page', () => {
  it.each([
    ['crm.example.com', 'https://crm.example.com'],
    ['https://crm.example.com/contacts/1', 'https://crm.example.com'],
    ['http://localhost:5175/', 'http://localhost:5175'],
    ['  acme.lightning.force.com ', 'https://acme.lightning.force.com'],
    ['crm.example.com.', 'https://crm.example.com'],
    ['https://crm.example.com.:8443/x', 'https://crm.example.com:8443'],
    ['localhost.', 'https://localhost'],
    ['ftp://crm.example.com', null],
    ['not a site', null],
    ['intranet', null],
    ['', null],
  ])('siteOrigin(%j) = %j', (text, origin) => {
    expect(siteOrigin(text)).toBe(origin);
  });

  it.each([
    ['https://crm.example.com/*', 'crm.example.com'],
    ['http://localhost/*', 'http://localhost'],
    ['weird', 'weird'],
  ])('siteLabel(%s) = %s', (pattern, label) => {
    expect(siteLabel(pattern)).toBe(label);
  });
});
