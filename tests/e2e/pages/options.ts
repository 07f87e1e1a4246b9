import type { Page } from '@playwright/test';
import { Surface } from './surface';

/** The admin options page. */
export class OptionsPage extends Surface {
  static async open(openExtensionPage: (path: 'options.html') => Promise<Page>) {
    return new OptionsPage(await openExtensionPage('options.html'));
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
