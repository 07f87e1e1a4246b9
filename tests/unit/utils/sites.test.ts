import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_ID,
  enabledSitePatterns,
  injectIntoOpenTabs,
  requestSite,
  sitePatternOf,
  sitesToRegister,
  syncContentScripts,
  watchSites,
} from '../../../utils/sites';
import { markAccess } from '../../../utils/host-access';
import { eventually } from '../helpers/eventually';

describe('sitePatternOf', () => {
  it.each([
    [
      'https://acme.lightning.force.com/lightning/r/Account/001/view',
      'https://acme.lightning.force.com/*',
    ],
    ['http://localhost:5175/#/contacts', 'http://localhost/*'],
    ['https://crm.example.com', 'https://crm.example.com/*'],
    ['chrome://extensions', null],
    ['file:///home/a.html', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => {
    expect(sitePatternOf(url)).toBe(pattern);
  });
});

describe('sitesToRegister', () => {
  it('keeps granted http(s) sites, without the manifest hosts and all-sites patterns, sorted', () => {
    expect(
      sitesToRegister(
        [
          'https://b.example/*',
          'http://localhost/*',
          'https://a.example/*',
          'https://*/*',
          '<all_urls>',
          'https://a.example/*',
        ],
        ['http://localhost/*'],
      ),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});

/** A stand-in for chrome.scripting's registry of dynamic content scripts. */
function fakeScripting() {
  const registered = new Map<string, { id: string; matches?: string[] }>();
  const calls: string[] = [];
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) =>
    ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
  );
  scripting.registerContentScripts = vi.fn(
    async (scripts: Array<{ id: string; matches: string[] }>) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
        calls.push(`register ${s.matches.join(' ')}`);
      }
    },
  );
  scripting.updateContentScripts = vi.fn(
    async (scripts: Array<{ id: string; matches: string[] }>) => {
      for (const s of scripts) {
        registered.set(s.id, s);
        calls.push(`update ${s.matches.join(' ')}`);
      }
    },
  );
  scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.delete(id);
    calls.push('unregister');
  });
  return { registered, calls };
}

function grant(origins: string[]) {
  (fakeBrowser.permissions as unknown as Record<string, unknown>).getAll = vi.fn(async () => ({
    origins,
  }));
}

describe('syncContentScripts', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Ringside',
      version: '0',
      host_permissions: ['http://localhost/*'],
    });
  });

  it('registers, updates and unregisters the content script as sites are granted and revoked', async () => {
    const { registered, calls } = fakeScripting();
    grant(['http://localhost/*']);
    expect(await syncContentScripts()).toEqual([]);
    expect(calls).toEqual([]);

    grant(['https://a.example/*']);
    await syncContentScripts();
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      matches: ['https://a.example/*'],
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      allFrames: true,
      persistAcrossSessions: true,
    });

    grant(['https://a.example/*', 'https://b.example/*']);
    await syncContentScripts();
    await syncContentScripts(); // nothing changed: no call
    grant([]);
    await syncContentScripts();
    expect(calls).toEqual([
      'register https://a.example/*',
      'update https://a.example/* https://b.example/*',
      'unregister',
    ]);
    expect(registered.size).toBe(0);
  });

  it('runs overlapping syncs one after the other, so the id is registered once', async () => {
    const { calls } = fakeScripting();
    grant(['https://a.example/*']);
    await Promise.all([syncContentScripts(), syncContentScripts(), syncContentScripts()]);
    expect(calls).toEqual(['register https://a.example/*']);
  });

  it('lists enabled sites from the granted permissions', async () => {
    grant(['https://b.example/*', 'http://localhost/*', 'https://a.example/*']);
    expect(await enabledSitePatterns()).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});

describe('requestSite', () => {
  it('asks for exactly the page’s site and says when it was refused', async () => {
    const request = vi.fn(async () => false);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
    expect(await requestSite('https://crm.example.com/contacts/1')).toEqual({
      ok: false,
      error: 'Access to https://crm.example.com was not granted.',
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    request.mockResolvedValue(true);
    expect(await requestSite('https://crm.example.com/')).toEqual({
      ok: true,
      pattern: 'https://crm.example.com/*',
    });
    expect(await requestSite('chrome://settings')).toMatchObject({ ok: false });
  });
});

describe('injectIntoOpenTabs', () => {
  it('starts the content script and its stylesheet in every frame of the open tabs of a new site', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }, { id: 9 }] as never);
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    const injected: string[] = [];
    scripting.insertCSS = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      injected.push(`css ${target.tabId}`);
    });
    scripting.executeScript = vi.fn(
      async ({ target }: { target: { tabId: number; allFrames: boolean } }) => {
        if (target.tabId === 9) throw new Error('Frame with ID 0 was removed.');
        injected.push(`js ${target.tabId} ${target.allFrames}`);
        return [];
      },
    );
    await injectIntoOpenTabs(['https://a.example/*', '<all_urls>']);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: ['https://a.example/*'] });
    expect(injected.sort()).toEqual(['css 4', 'css 9', 'js 4 true']);
  });
});

describe('watchSites (background)', () => {
  it('registers a server’s origin only once it is also enabled as a site', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Ringside',
      version: '0',
      host_permissions: [],
    });
    const { registered } = fakeScripting();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const perms = fakeBrowser.permissions as unknown as Record<string, unknown>;
    perms.onAdded = perms.onRemoved = { addListener: vi.fn() };
    // The webhook's origin was granted for the background's requests: no content script there.
    await markAccess('server', 'https://crm.example/*', true);
    grant(['https://crm.example/*']);
    watchSites();
    await eventually(() =>
      expect(fakeBrowser.scripting.getRegisteredContentScripts).toHaveBeenCalled(),
    );
    await syncContentScripts();
    expect(registered.size).toBe(0);
    // The admin enables the same origin as a site: the permission is there already, so only the
    // mark changes, and that is enough.
    await markAccess('site', 'https://crm.example/*', true);
    await eventually(() =>
      expect(registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(['https://crm.example/*']),
    );
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: ['https://crm.example/*'] });
  });
});
