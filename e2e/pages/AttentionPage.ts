import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The supervisor's "Needs attention" queue. */
export class AttentionPage {
  constructor(readonly page: Page) {}

  async goto(from: string, to: string): Promise<this> {
    await this.page.goto(`${baseUrl()}/attention?from=${from}&to=${to}`);
    await this.table.waitFor();
    return this;
  }

  get table(): Locator {
    return this.page.getByTestId('attention');
  }
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
  /** "Start coaching" on the row of that person and indicator. */
  startCoaching(name: string, indicator: string): Locator {
    return this.page.getByRole('link', { name: `Start coaching ${name} on ${indicator}` });
  }
}
