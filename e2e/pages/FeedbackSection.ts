import type { Locator, Page } from 'playwright-core';

/** The feedback part of a person's page (form and history), and the "My feedback" page. */
export class FeedbackSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: /^(Feedback|回饋)$/ });
  }
  get form(): Locator {
    return this.page.getByRole('form', { name: /Give feedback|給予回饋/ });
  }

  /** Fills and sends the form; evidence: an indicator over the default period. */
  async give(kind: 'Praise' | 'Improvement', text: string, indicator?: string): Promise<void> {
    // The person page's other sections load around the form and may shift it under the click:
    // check again until the radio holds.
    const radio = this.form.getByRole('radio', { name: kind });
    for (let i = 0; i < 5 && !(await radio.isChecked()); i++) {
      await radio.check({ timeout: 5000 }).catch(() => undefined);
    }
    if (!(await radio.isChecked())) throw new Error(`the ${kind} radio did not hold`);
    await this.form.getByLabel(/^Feedback/).fill(text);
    if (indicator) {
      await this.form.getByRole('combobox', { name: 'Add evidence' }).click();
      await this.page.getByRole('option', { name: 'An indicator over a period' }).click();
      const group = this.form.getByRole('group', { name: 'An indicator over a period' });
      await group.getByRole('combobox', { name: /^Indicator/ }).click();
      await this.page.getByRole('option', { name: indicator, exact: true }).click();
      await group.getByRole('button', { name: 'Add this evidence' }).click();
      await this.form.getByRole('list', { name: 'Evidence added' }).getByText(indicator).waitFor();
    }
    await this.form.getByRole('button', { name: 'Send feedback' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Feedback sent' }).waitFor();
  }

  /** One feedback item (an article), found by its text. */
  item(text: string): Locator {
    return this.page.getByRole('article').filter({ hasText: text });
  }
}
