import type { Locator, Page } from 'playwright-core';

export class OrgChartPage {
  constructor(readonly page: Page) {}

  get byUnit(): Locator {
    return this.page.getByRole('region', { name: /By org unit|按組織單位/ });
  }
  get reportingLines(): Locator {
    return this.page.getByRole('region', { name: /Reporting lines|匯報關係/ });
  }
  /** The names linked in a tree, in order. */
  async names(tree: Locator): Promise<string[]> {
    return (await tree.getByRole('link').allTextContents()).map((s) => s.trim());
  }
  toggle(tree: Locator, name: string): Locator {
    return tree.getByRole('button', { name: new RegExp(`^(Collapse|Expand|收起|展開)\\s?${name}$`) });
  }
}
