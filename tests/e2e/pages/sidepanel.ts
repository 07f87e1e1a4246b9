import type { Page } from '@playwright/test';
import { Surface } from './surface';

/** The side-panel softphone, opened as a tab. */
export class SidePanelPage extends Surface {
  static async open(openExtensionPage: (path: 'sidepanel.html') => Promise<Page>) {
    return new SidePanelPage(await openExtensionPage('sidepanel.html'));
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
