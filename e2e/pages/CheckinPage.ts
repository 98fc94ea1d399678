import type { Locator, Page } from 'playwright-core';

/** /checkins (cadence overview, my check-ins) and /checkins/:id. */
export class CheckinPage {
  constructor(readonly page: Page) {}

  get cadence(): Locator {
    return this.page.getByRole('region', { name: 'My team’s cadence' });
  }
  cadenceRow(name: string): Locator {
    return this.cadence.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** From the cadence table: schedules a check-in with that person; waits for its page. */
  async schedule(name: string, when: string, location: string): Promise<void> {
    await this.page.getByRole('button', { name: `Schedule a check-in with ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Date and time/).fill(when);
    await dialog.getByLabel(/^Location/).fill(location);
    await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: `Check-in with ${name}` }).waitFor();
  }

  async setCadence(name: string, days: number): Promise<void> {
    await this.page.getByRole('button', { name: `Set cadence for ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Every \(days\)/).fill(String(days));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get notes(): Locator {
    return this.page.getByRole('region', { name: 'Notes' });
  }
  get actions(): Locator {
    return this.page.getByRole('region', { name: 'Action items', exact: true });
  }
  get details(): Locator {
    return this.page.getByRole('region', { name: 'Details' });
  }

  async saveNotes(shared: string, privateNotes?: string): Promise<void> {
    await this.notes.getByLabel(/^Shared notes/).fill(shared);
    if (privateNotes !== undefined) await this.notes.getByLabel(/^Private notes/).fill(privateNotes);
    await this.notes.getByRole('button', { name: 'Save notes' }).click();
    await this.notes.getByRole('status').filter({ hasText: 'Notes saved' }).waitFor();
  }

  async addAction(title: string, dueOn: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add an action item' });
    await form.getByLabel(/^Action/).fill(title);
    await form.getByLabel(/^Due date/).fill(dueOn);
    await form.getByRole('button', { name: 'Add an action item' }).click();
    await this.actions.getByRole('checkbox', { name: title }).waitFor();
  }
}
