import type { Page } from '@playwright/test';
import { Surface } from './surface';

/** The admin options page. */
export class OptionsPage extends Surface {
  static async open(openExtensionPage: (path: 'options.html') => Promise<Page>) {
    const options = new OptionsPage(await openExtensionPage('options.html'));
    // The account editor appears once the config in use is read.
    await options.page.getByRole('heading', { name: 'Outbound Caller ID Selection' }).waitFor();
    return options;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  callerIdMode(mode: 'Automated' | 'Customized') {
    return this.page.getByRole('radio', { name: new RegExp(`^${mode}`) });
  }

  allowDefault() {
    return this.page.getByRole('checkbox', { name: /Allow agents to use Default/ });
  }

  /** Saves the edited account through the background and waits for the confirmation. */
  async saveAccount() {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await this.page.getByText('Saved. Agents use the new settings').waitFor();
  }

  async useWebhook(url: string) {
    const section = this.page.locator('#calling');
    await section.getByRole('radio', { name: /^Webhook/ }).check();
    await section.getByRole('textbox', { name: 'Webhook URL' }).fill(url);
    await section.getByRole('button', { name: 'Save calling settings' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  }

  async importFile(name: string, content: string) {
    await this.page
      .locator('#import-export input[type=file]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  importErrors() {
    return this.page.getByTestId('import-errors');
  }
}
