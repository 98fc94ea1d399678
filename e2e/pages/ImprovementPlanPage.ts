import type { Locator, Page } from 'playwright-core';

/** The new improvement plan form and an improvement plan's page. */
export class ImprovementPlanPage {
  constructor(readonly page: Page) {}

  get summary(): Locator {
    return this.page.getByRole('region', { name: 'Summary' });
  }
  get reviews(): Locator {
    return this.page.getByRole('region', { name: 'Reviews' });
  }

  /** On /improvement-plans/new (prefilled from the queue): the reason, the start, what is expected; waits for the plan. */
  async start(opts: {
    reason: string;
    startsOn: string;
    expected: string;
    personName: string;
  }): Promise<void> {
    const p = this.page;
    await p.getByRole('textbox', { name: 'Why this plan' }).fill(opts.reason);
    await p.getByLabel(/^Starts/).fill(opts.startsOn);
    await p.getByRole('textbox', { name: 'What is expected' }).fill(opts.expected);
    await p
      .getByRole('textbox', { name: 'Details' })
      .first()
      .fill('Weekly 30-minute coaching with the team leader');
    await p.getByRole('button', { name: 'Start the plan' }).click();
    await p.getByRole('heading', { level: 1, name: `Improvement plan: ${opts.personName}` }).waitFor();
  }

  async recordFirstReview(notes: string): Promise<void> {
    await this.reviews.getByRole('button', { name: 'Record the review' }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Review notes/).fill(notes);
    await dialog.getByRole('button', { name: 'Record the review' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async proposeOutcome(outcome: 'Completed' | 'Not met', note: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Propose the outcome' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Outcome/ }).click();
    await this.page.getByRole('option', { name: outcome, exact: true }).click();
    await dialog.getByLabel(/^Note on the outcome/).fill(note);
    await dialog.getByRole('button', { name: 'Propose the outcome' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async signOff(note: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign off the outcome' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^HR note/).fill(note);
    await dialog.getByRole('button', { name: 'Sign off the outcome' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
