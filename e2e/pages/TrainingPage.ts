import type { Locator, Page } from 'playwright-core';

/** /training: my assignments, the team's, training needs and the catalogue. */
export class TrainingPage {
  constructor(readonly page: Page) {}

  get mine(): Locator {
    return this.page.getByRole('region', { name: 'My training' });
  }
  myRow(course: string): Locator {
    return this.mine.getByRole('row').filter({ hasText: course });
  }

  /** Marks one of my assignments complete with evidence (staff cannot enter a score). */
  async completeMine(course: string, evidence: string): Promise<void> {
    await this.mine.getByRole('button', { name: `Mark complete: ${course}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Evidence of completion/).fill(evidence);
    await dialog.getByRole('button', { name: 'Mark complete' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
