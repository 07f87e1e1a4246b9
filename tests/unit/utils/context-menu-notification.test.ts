/**
 * A refused context-menu call always says why (issue 13's defect: with no tab to show a notice in,
 * or on a page that takes no script, it showed nothing the agent would see): a system
 * notification carries the refusal.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MENU_NOTIFICATION_ID,
  setupCallSelectionMenu,
  showMenuResult,
} from '../../../utils/context-menu';
import type { DialResult } from '../../../lib/messages';
import { eventually } from '../helpers/eventually';

const refused: DialResult = { ok: false, error: 'Pick who you are first.' };

function fakeNotifications() {
  const created: { id: string; options: Record<string, unknown> }[] = [];
  const api = fakeBrowser.notifications as unknown as Record<string, unknown>;
  api.create = vi.fn(async (id: string, options: Record<string, unknown>) => {
    created.push({ id, options });
    return id;
  });
  return created;
}

function scriptsRefused() {
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.executeScript = vi.fn(async () => {
    throw new Error('Cannot access a chrome:// URL');
  });
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setBadgeText = vi.fn(async () => {});
  action.setTitle = vi.fn(async () => {});
}

describe('a refused menu call', () => {
  it('with no tab, is said in a system notification', async () => {
    const created = fakeNotifications();
    await showMenuResult(refused, undefined);
    expect(created).toEqual([
      {
        id: MENU_NOTIFICATION_ID,
        options: expect.objectContaining({
          type: 'basic',
          title: 'Ringside did not call',
          message: 'Ringside did not call: Pick who you are first.',
        }),
      },
    ]);
  });

  it('on a page that takes no script, is said in a notification as well as on the button', async () => {
    const created = fakeNotifications();
    scriptsRefused();
    await showMenuResult(refused, 4);
    expect(created.map((c) => c.options.message)).toEqual([
      'Ringside did not call: Pick who you are first.',
    ]);
  });

  it('a call that went out needs no notification where the button says it', async () => {
    const created = fakeNotifications();
    scriptsRefused();
    await showMenuResult(
      {
        ok: true,
        callId: 1,
        provider: 'tel',
        selection: { number: null, rule: 'none', reason: '' },
        toDisplay: '+1 415-555-0100',
        fromDisplay: '',
      } as unknown as DialResult,
      4,
    );
    expect(created).toEqual([]);
  });

  it('a dial that fails outright is shown as a refusal with its reason', async () => {
    const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
    const listeners: Array<(info: unknown, tab?: unknown) => void> = [];
    menus.onClicked = {
      addListener: (fn: (info: unknown, tab?: unknown) => void) => listeners.push(fn),
    };
    const shown: DialResult[] = [];
    setupCallSelectionMenu(
      async () => {
        throw new Error('the background did not answer');
      },
      async (result) => void shown.push(result),
    );
    listeners[0]!(
      { menuItemId: 'ringside-call-selection', selectionText: '415 555 0100' },
      { id: 2 },
    );
    await eventually(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toEqual({
      ok: false,
      error: 'Ringside could not complete the call: the background did not answer',
    });
  });
});
