import type { Page } from '@playwright/test';
import { readTable } from '../extension-api';
import { Surface } from './surface';

/** The toolbar popup, opened as a tab (popups cannot be opened by automation). */
export class PopupPage extends Surface {
  static async open(openExtensionPage: (path: 'popup.html') => Promise<Page>) {
    return new PopupPage(await openExtensionPage('popup.html'));
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** First use: picks the agent by name and waits for the caller-ID control. */
  async pickAgent(name: string) {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.signedIn().waitFor();
  }

  signedIn() {
    return this.page.getByTestId('signed-in');
  }

  callerId() {
    return this.page.getByRole('combobox', { name: 'Outbound caller ID' });
  }

  /**
   * The accessible names of the dropdown's options, in order: the list is opened (only an open
   * list draws its options, and a long one only those in view) and closed again.
   */
  async callerIdOptions(): Promise<string[]> {
    const wasOpen = (await this.callerId().getAttribute('aria-expanded')) === 'true';
    if (!wasOpen) await this.callerId().click();
    const listbox = this.page.getByRole('listbox', { name: 'Outbound caller ID' });
    const names = await listbox
      .getByRole('option')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    if (!wasOpen) await this.page.keyboard.press('Escape');
    return names;
  }

  /** The filter box of a long caller-ID list (present while the list is open). */
  callerIdFilter() {
    return this.page.getByRole('combobox', { name: /^Find a number/ });
  }

  /** The options the open list draws. */
  drawnOptions() {
    return this.page.getByRole('listbox', { name: 'Outbound caller ID' }).getByRole('option');
  }

  async selectedCallerId(): Promise<string> {
    return this.page
      .getByRole('option', { selected: true, includeHidden: true })
      .getAttribute('aria-label')
      .then((label) => label ?? '');
  }

  /** Opens the dropdown and picks the option whose name starts with `label`. */
  async chooseCallerId(label: string) {
    await this.callerId().click();
    await this.page.getByRole('option', { name: new RegExp(`^${label},`) }).click();
    await this.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }

  /** Picks from the keyboard only: focus, type the start of the label, Enter. */
  async chooseCallerIdByKeyboard(typed: string) {
    await this.callerId().focus();
    await this.callerId().press('ArrowDown');
    for (const key of typed) await this.callerId().press(key);
    await this.callerId().press('Enter');
    await this.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }

  /** The caller-ID choices as stored in IndexedDB (one agent in these tests). */
  async storedChoice(): Promise<unknown> {
    const rows = await readTable<{ choice: unknown }>(this.page, 'choices');
    return rows.map((r) => r.choice);
  }

  checkNumber() {
    return this.page.getByRole('textbox', { name: 'Check a number' });
  }

  preview() {
    return this.page.getByTestId('call-preview');
  }

  syncStatus() {
    return this.page.getByTestId('sync-status');
  }
}
