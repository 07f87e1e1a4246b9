// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConfigSourceSection } from '../../../components/options/ConfigSourceSection';
import { ProviderSection } from '../../../components/options/ProviderSection';
import { DEFAULT_SETTINGS } from '../../../lib/db/settings';
import type { EffectiveSettings } from '../../../lib/db/types';
import { accessWarning } from '../../../lib/ui/access-note';
import { accessMarks, markAccess, NO_MARKS } from '../../../utils/host-access';
import { requestOriginAccess } from '../../../utils/server-access';
import {
  enabledSitePatterns,
  isSiteEnabled,
  requestSite,
  sitesToRegister,
} from '../../../utils/sites';
import { removeSite } from '../../../entrypoints/options/sites';

afterEach(cleanup);

/** The browser's permissions: what is granted, and how the admin answers the prompt. */
function permissions(granted: string[], answer: boolean | 'error') {
  const log: string[] = [];
  const api = fakeBrowser.permissions as unknown as Record<string, unknown>;
  api.contains = vi.fn(async ({ origins }: { origins: string[] }) =>
    origins.every((o) => granted.includes(o)),
  );
  api.getAll = vi.fn(async () => ({ origins: [...granted] }));
  api.request = vi.fn(async ({ origins }: { origins: string[] }) => {
    log.push(`request ${origins.join(' ')}`);
    if (answer === 'error') throw new Error('A request is already in progress.');
    if (answer) granted.push(...origins.filter((o) => !granted.includes(o)));
    return answer;
  });
  api.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) granted.splice(granted.indexOf(o), 1);
    return true;
  });
  return { granted, log, request: api.request as ReturnType<typeof vi.fn> };
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Ringside',
    version: '0',
    host_permissions: ['http://localhost/*'],
  });
});

describe('the origin Ringside asks for, from a server URL', () => {
  it.each([
    ['https://telephony.example.com/ringside/account.json', 'https://telephony.example.com/*'],
    ['https://telephony.example.com:8443/a.json?v=2#x', 'https://telephony.example.com/*'],
    ['https://user:secret@cfg.example.com/a.json', 'https://cfg.example.com/*'],
    ['http://localhost:8080/account.json', 'http://localhost/*'],
    ['http://127.0.0.1:9/calls', 'http://127.0.0.1/*'],
    ['https://HOOKS.Example.COM/call', 'https://hooks.example.com/*'],
  ])('%s → %s', async (url, pattern) => {
    const { request } = permissions([], true);
    expect(await requestOriginAccess(url)).toEqual({ pattern, granted: true, newlyGranted: true });
    expect(request).toHaveBeenCalledWith({ origins: [pattern] });
  });

  it.each(['ftp://files.example.com/a.json', 'not a url', 'chrome://settings'])(
    'asks nothing for %s',
    async (url) => {
      const { request } = permissions([], true);
      expect(await requestOriginAccess(url)).toBeNull();
      expect(request).not.toHaveBeenCalled();
    },
  );

  it.each<[string, string[], boolean | 'error', object, boolean]>([
    // [case, granted before, the answer, result, marked as a server afterwards]
    ['granted', [], true, { granted: true, newlyGranted: true }, true],
    [
      'held already',
      ['https://cfg.example.com/*'],
      true,
      { granted: true, newlyGranted: false },
      true,
    ],
    ['refused', [], false, { granted: false, newlyGranted: false }, false],
    ['failed', [], 'error', { granted: false, newlyGranted: false }, false],
  ])('%s', async (_case, before, answer, result, marked) => {
    permissions([...before], answer);
    expect(await requestOriginAccess('https://cfg.example.com/a.json')).toEqual({
      pattern: 'https://cfg.example.com/*',
      ...result,
    });
    expect((await accessMarks()).servers.has('https://cfg.example.com/*')).toBe(marked);
  });
});

describe('a server’s origin is not an enabled site', () => {
  it.each<[string, string[], { sites?: string[]; servers?: string[] }, string[]]>([
    [
      'no marks: every granted origin is a site',
      ['https://a.example/*', 'https://b.example/*'],
      {},
      ['https://a.example/*', 'https://b.example/*'],
    ],
    [
      'a server only',
      ['https://a.example/*', 'https://cfg.example/*'],
      { servers: ['https://cfg.example/*'] },
      ['https://a.example/*'],
    ],
    [
      'a server that is also a site',
      ['https://crm.example/*'],
      { sites: ['https://crm.example/*'], servers: ['https://crm.example/*'] },
      ['https://crm.example/*'],
    ],
    [
      'a mark without the permission',
      ['https://a.example/*'],
      { sites: ['https://gone.example/*'] },
      ['https://a.example/*'],
    ],
  ])('%s', (_case, granted, marks, sites) => {
    expect(
      sitesToRegister(granted, [], {
        sites: new Set(marks.sites ?? []),
        servers: new Set(marks.servers ?? []),
      }),
    ).toEqual(sites);
  });

  it('keeps the webhook’s origin out of the enabled sites and the popup’s "on this site"', async () => {
    permissions(['https://crm.example/*'], true);
    await requestOriginAccess('https://hooks.example/call');
    expect(await enabledSitePatterns()).toEqual(['https://crm.example/*']);
    expect(await isSiteEnabled('https://hooks.example/status')).toBe(false);
    expect(await isSiteEnabled('https://crm.example/lead/1')).toBe(true);
  });

  it('becomes a site when the admin enables it, and turning the site off keeps the server’s access', async () => {
    const { granted } = permissions([], true);
    await requestOriginAccess('https://crm.example/hooks/call');
    expect(await requestSite('https://crm.example/lead/1')).toEqual({
      ok: true,
      pattern: 'https://crm.example/*',
    });
    expect(await enabledSitePatterns()).toEqual(['https://crm.example/*']);
    expect(await removeSite('https://crm.example/*')).toEqual({ ok: true });
    expect(await enabledSitePatterns()).toEqual([]);
    expect(granted).toEqual(['https://crm.example/*']);
  });

  it('a refused or failed site request leaves no mark behind', async () => {
    permissions([], false);
    expect(await requestSite('https://crm.example/')).toMatchObject({ ok: false });
    expect(await accessMarks()).toEqual(NO_MARKS);
    permissions([], 'error');
    await expect(requestSite('https://crm.example/')).rejects.toThrow('already in progress');
    expect(await accessMarks()).toEqual(NO_MARKS);
    await markAccess('server', 'https://x.example/*', true);
    expect((await accessMarks()).servers).toEqual(new Set(['https://x.example/*']));
  });
});

describe('the refusal note', () => {
  it.each([
    [null, 'sync', null],
    [{ pattern: 'https://cfg.example/*', granted: true }, 'sync', null],
    [
      { pattern: 'https://cfg.example/*', granted: false },
      'sync',
      'Saved, but Ringside was not allowed to reach https://cfg.example: the sync works only if that server allows cross-origin requests (CORS).',
    ],
    [
      { pattern: 'https://hooks.example/*', granted: false },
      'webhook',
      'Saved, but Ringside was not allowed to reach https://hooks.example: calls reach the webhook only if that server allows cross-origin requests (CORS).',
    ],
  ] as const)('%j for the %s', (answer, use, text) => {
    expect(accessWarning(answer, use)).toBe(text);
  });
});

const settings = (patch: Partial<EffectiveSettings> = {}): EffectiveSettings => ({
  ...DEFAULT_SETTINGS,
  locked: [],
  ...patch,
});

function renderSource(answer: boolean | 'error', granted: string[] = []) {
  const browser = permissions(granted, answer);
  const onSave = vi.fn(async () => {
    browser.log.push('save');
    return { ok: true as const };
  });
  const onSyncNow = vi.fn(async () => ({ ok: true as const, changed: true }));
  render(
    <ConfigSourceSection
      settings={settings()}
      sync={{ id: 'sync', failures: 0 }}
      active={null}
      now={0}
      onSave={onSave}
      onSyncNow={onSyncNow}
      snapshots={[]}
      onRestore={vi.fn()}
      requestAccess={requestOriginAccess}
    />,
  );
  return { ...browser, onSave, onSyncNow };
}

function saveSyncUrl(url: string) {
  fireEvent.click(screen.getByRole('radio', { name: /Sync from a URL/ }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Config URL' }), {
    target: { value: url },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
}

const note = () => screen.getByRole('button', { name: /Save/ }).parentElement!.textContent;

describe('saving a sync URL (options)', () => {
  it('asks for the server inside the click, before saving, then syncs with the new access', async () => {
    const s = renderSource(true);
    saveSyncUrl('https://cfg.example.com/ringside/account.json');
    // Asked synchronously in the click handler, before the save: the user gesture is still on.
    expect(s.log).toEqual(['request https://cfg.example.com/*', 'save']);
    await waitFor(() => expect(s.onSyncNow).toHaveBeenCalledTimes(1));
    expect(s.onSave).toHaveBeenCalledWith({
      source: 'url',
      syncUrl: 'https://cfg.example.com/ringside/account.json',
      syncIntervalMinutes: 15,
    });
    await waitFor(() => expect(note()).toContain('Synced: a new config is in use.'));
  });

  it('does not sync again when the access was there already', async () => {
    const s = renderSource(true, ['https://cfg.example.com/*']);
    saveSyncUrl('https://cfg.example.com/a.json');
    await waitFor(() => expect(note()).toContain('Saved.'));
    await new Promise((r) => setTimeout(r, 20));
    expect(s.onSyncNow).not.toHaveBeenCalled();
  });

  it.each([false, 'error'] as const)(
    'still saves when the browser answers %s, and says what that means',
    async (answer) => {
      const s = renderSource(answer);
      saveSyncUrl('https://cfg.example.com/a.json');
      await waitFor(() =>
        expect(note()).toContain(
          'Saved, but Ringside was not allowed to reach https://cfg.example.com: the sync works only if that server allows cross-origin requests (CORS).',
        ),
      );
      expect(s.onSave).toHaveBeenCalledTimes(1);
      expect(s.onSyncNow).not.toHaveBeenCalled();
    },
  );

  it('asks nothing for the demo source', async () => {
    const s = renderSource(true);
    fireEvent.click(screen.getByRole('radio', { name: /Demo account/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
    await waitFor(() => expect(s.onSave).toHaveBeenCalledWith({ source: 'demo' }));
    expect(s.request).not.toHaveBeenCalled();
  });
});

function renderProvider(answer: boolean) {
  const browser = permissions([], answer);
  const onSave = vi.fn(async () => {
    browser.log.push('save');
    return { ok: true as const };
  });
  render(
    <ProviderSection settings={settings()} onSave={onSave} requestAccess={requestOriginAccess} />,
  );
  return { ...browser, onSave };
}

describe('saving a webhook (options)', () => {
  it('asks for the webhook’s server inside the click, then saves', async () => {
    const s = renderProvider(true);
    fireEvent.click(screen.getByRole('radio', { name: /^Webhook/ }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Webhook URL' }), {
      target: { value: 'https://hooks.example.com/ringside/calls' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save calling settings' }));
    expect(s.log).toEqual(['request https://hooks.example.com/*', 'save']);
    await waitFor(() => expect(note()).toContain('Saved.'));
    expect(await enabledSitePatterns()).toEqual([]);
  });

  it('still saves when refused, and says calls depend on the webhook allowing CORS', async () => {
    const s = renderProvider(false);
    fireEvent.click(screen.getByRole('radio', { name: /^Webhook/ }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Webhook URL' }), {
      target: { value: 'https://hooks.example.com/calls' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save calling settings' }));
    await waitFor(() =>
      expect(note()).toContain(
        'calls reach the webhook only if that server allows cross-origin requests (CORS).',
      ),
    );
    expect(s.onSave).toHaveBeenCalledWith({
      provider: { kind: 'webhook', url: 'https://hooks.example.com/calls' },
      routeTelLinks: true,
    });
  });

  it('asks nothing for the phone app', async () => {
    const s = renderProvider(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save calling settings' }));
    await waitFor(() => expect(s.onSave).toHaveBeenCalledTimes(1));
    expect(s.request).not.toHaveBeenCalled();
  });
});
