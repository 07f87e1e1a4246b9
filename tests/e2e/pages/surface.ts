/**
 * Base page object for an extension surface: it collects the page's uncaught errors and console
 * errors from the moment it opens, so every test can assert a surface loaded cleanly.
 */
import type { Page } from '@playwright/test';

export class Surface {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
  }
}
