import type { Locator, Page } from 'playwright-core';

/** The new coaching plan form and a coaching plan's page. */
export class CoachingPage {
  constructor(readonly page: Page) {}

  get h1(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** On /coaching/new (prefilled): the GROW goal, then start; waits for the plan's page. */
  async start(goal: string, personName: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Goal', exact: true }).fill(goal);
    await this.page.getByRole('button', { name: 'Start the coaching plan' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Coaching: ${personName}` }).waitFor();
  }

  async assignCourse(courseLabel: string | RegExp, dueOn: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Assign a course' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Course/ }).click();
    await this.page.getByRole('option', { name: courseLabel }).click();
    await dialog.getByLabel(/^Due date/).fill(dueOn);
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get courses(): Locator {
    return this.page.getByRole('region', { name: 'Courses from this plan' });
  }
  get status(): Locator {
    return this.page.getByRole('region', { name: 'Summary' });
  }

  async complete(rating: 'Improved' | 'No change' | 'Worse', outcome: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Complete with outcome' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^How did it go/ }).click();
    await this.page.getByRole('option', { name: rating, exact: true }).click();
    await dialog.getByLabel(/^Outcome/).fill(outcome);
    await dialog.getByRole('button', { name: 'Record the outcome' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
