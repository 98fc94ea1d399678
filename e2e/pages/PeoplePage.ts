import type { Locator, Page } from 'playwright-core';

export class PeoplePage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: /Search|搜尋/ });
  }
  get table(): Locator {
    return this.page.getByRole('table');
  }
  personLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }
  get nobody(): Locator {
    return this.page.getByText(/Nobody matches\.|沒有符合的員工。/);
  }
  /** Types a search and waits for the list to follow it (the search is debounced into the address). */
  async find(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page.waitForURL((u) => u.searchParams.get('q') === text);
    await this.page.waitForLoadState('networkidle');
  }
}
