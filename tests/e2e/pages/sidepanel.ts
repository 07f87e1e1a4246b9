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

  numberField() {
    return this.page.getByRole('textbox', { name: 'Number to call' });
  }

  preview() {
    return this.page.getByTestId('call-preview');
  }

  previewReason() {
    return this.page.getByTestId('preview-reason');
  }

  callButton() {
    return this.page.getByRole('button', { name: 'Call', exact: true });
  }

  lastCall() {
    return this.page.getByTestId('last-call');
  }

  recentCalls() {
    return this.page.getByTestId('recent-call');
  }

  /** Types the number, waits for its preview, and presses Call. */
  async dial(number: string) {
    await this.numberField().fill('');
    await this.numberField().pressSequentially(number);
    await this.previewReason().waitFor();
    await this.callButton().click();
  }
}
