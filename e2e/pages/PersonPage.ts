import type { Locator, Page } from 'playwright-core';

export class PersonPage {
  constructor(readonly page: Page) {}

  get name(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get details(): Locator {
    return this.page.getByRole('region', { name: /Details|詳細資料/ });
  }
  get directReports(): Locator {
    return this.page.getByRole('region', { name: /Direct reports|直屬下屬/ });
  }
  managerLink(name: string): Locator {
    return this.details.getByRole('link', { name, exact: true });
  }
}
