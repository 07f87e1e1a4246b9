import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CALL_SELECTION_MENU_ID,
  dialRequestFor,
  setupCallSelectionMenu,
} from '../../../utils/context-menu';

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
    const dial = vi.fn(async () => ({ ok: true }));

    setupCallSelectionMenu(dial);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(1));
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
  });
});
