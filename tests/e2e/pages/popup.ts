import type { Page } from '@playwright/test';
import { Surface } from './surface';

/** The toolbar popup, opened as a tab (popups cannot be opened by automation). */
export class PopupPage extends Surface {
  static async open(openExtensionPage: (path: 'popup.html') => Promise<Page>) {
    return new PopupPage(await openExtensionPage('popup.html'));
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
