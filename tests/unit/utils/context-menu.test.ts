import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CALL_SELECTION_MENU_ID,
  dialRequestFor,
  menuResultNotice,
  setupCallSelectionMenu,
  showMenuResult,
} from '../../../utils/context-menu';
import type { DialRequest, DialResult } from '../../../lib/messages';
import { accountNumber } from '../lib/caller-id/fixtures';
import { eventually } from '../helpers/eventually';

describe('dialRequestFor', () => {
  it.each([
    ['(415) 555-0100', { to: '(415) 555-0100' }],
    ['Ana Silva — mobile +44 7911 123456, after 5pm', { to: '+44 7911 123456' }],
    ['415 555 0100 ext. 12', { to: '415 555 0100 ext. 12' }],
    // No number in it: the background reads it and says why it cannot call.
    ['  call me  maybe ', { to: 'call me maybe' }],
  ])('%j', (selection, expected) => {
    expect(dialRequestFor(selection, undefined)).toEqual(expected);
  });

  it('names the page the call came from', () => {
    expect(
      dialRequestFor('415-555-0100', 'https://crm.example/c/1', {
        id: 3,
        title: 'Ana Silva | CRM',
      }),
    ).toEqual({
      to: '415-555-0100',
      pageTitle: 'Ana Silva | CRM',
      pageUrl: 'https://crm.example/c/1',
    });
  });
});

describe('setupCallSelectionMenu', () => {
  it('creates the entry on install and dials the selection of a click on it', async () => {
    const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
    const created: unknown[] = [];
    menus.removeAll = vi.fn(async () => {});
    menus.create = vi.fn((props: unknown) => created.push(props));
    const listeners: Array<(info: unknown, tab?: unknown) => void> = [];
    menus.onClicked = {
      addListener: (fn: (info: unknown, tab?: unknown) => void) => listeners.push(fn),
    };
    const refused: DialResult = {
      ok: false,
      error: '"Call 415-555-0100" is not a phone number.',
    };
    const dial = vi.fn(async (_request: DialRequest) => refused);
    const show = vi.fn(async () => {});

    setupCallSelectionMenu(dial, show);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await eventually(() => expect(created).toHaveLength(1));
    expect(created[0]).toEqual({
      id: CALL_SELECTION_MENU_ID,
      title: 'Call “%s” with Ringside',
      contexts: ['selection'],
    });

    listeners[0]!({ menuItemId: 'other', selectionText: '415-555-0100' });
    listeners[0]!({ menuItemId: CALL_SELECTION_MENU_ID, selectionText: '   ' });
    listeners[0]!(
      {
        menuItemId: CALL_SELECTION_MENU_ID,
        selectionText: 'Call 415-555-0100',
        pageUrl: 'https://crm.example/',
      },
      { id: 7, title: 'CRM' },
    );
    expect(dial).toHaveBeenCalledTimes(1);
    expect(dial).toHaveBeenCalledWith({
      to: '415-555-0100',
      pageTitle: 'CRM',
      pageUrl: 'https://crm.example/',
    });
    // A refused call is not silent: its result goes to the tab the click came from.
    await eventually(() =>
      expect(show).toHaveBeenCalledWith(refused, 7, expect.objectContaining({ language: 'en' })),
    );
  });
});

describe('menuResultNotice', () => {
  const sf = accountNumber('us-sf', '+14155550100', 'San Francisco');
  it.each<[DialResult, { text: string; error: boolean }]>([
    [
      { ok: false, error: 'Emergency numbers cannot be called from Ringside: use a phone.' },
      {
        text: 'Ringside did not call: Emergency numbers cannot be called from Ringside: use a phone.',
        error: true,
      },
    ],
    [
      {
        ok: true,
        callId: 1,
        selection: { number: sf, rule: 'area-code', reason: '' },
        toDisplay: '+1 415 555 0187',
        fromDisplay: '+1 415 555 0100',
      },
      { text: 'Ringside is calling +1 415 555 0187 from +1 415 555 0100.', error: false },
    ],
    [
      {
        ok: true,
        callId: 2,
        selection: { number: null, rule: 'none', reason: '' },
        toDisplay: '+1 415 555 0187',
        fromDisplay: '',
      },
      { text: 'Ringside is calling +1 415 555 0187.', error: false },
    ],
  ])('%#', (result, notice) => {
    expect(menuResultNotice(result)).toEqual(notice);
  });
});

describe('showMenuResult', () => {
  const refused: DialResult = { ok: false, error: 'Pick who you are first.' };

  it('shows the notice in the tab the click came from', async () => {
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    const executeScript = vi.fn(async () => []);
    scripting.executeScript = executeScript;
    await showMenuResult(refused, 7);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      func: expect.any(Function),
      args: ['Ringside did not call: Pick who you are first.', true],
    });
  });

  it('says it on the toolbar button where the browser allows no script', async () => {
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    const setBadgeText = vi.fn(async () => {});
    const setTitle = vi.fn(async () => {});
    action.setBadgeText = setBadgeText;
    action.setTitle = setTitle;
    await showMenuResult(refused, 7);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
    expect(setTitle).toHaveBeenCalledWith({
      tabId: 7,
      title: 'Ringside did not call: Pick who you are first.',
    });
  });
});
