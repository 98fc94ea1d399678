import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** A roster plan's page (/rosters/:id): its summary with Publish, demand, the optimiser, the roster, coverage. */
export class RosterPlanPage {
  constructor(readonly page: Page) {}

  async goto(planId: string, name: string): Promise<this> {
    await this.page.goto(`${baseUrl()}/rosters/${planId}`);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    return this;
  }

  get summary(): Locator {
    return this.page.getByRole('region', { name: 'Plan', exact: true });
  }
  get demand(): Locator {
    return this.page.getByRole('region', { name: 'Demand', exact: true });
  }
  get optimise(): Locator {
    return this.page.getByRole('region', { name: 'Optimise', exact: true });
  }
  get roster(): Locator {
    return this.page.getByRole('region', { name: 'Roster', exact: true });
  }
  get coverage(): Locator {
    return this.page.getByRole('region', { name: 'Coverage', exact: true });
  }
  /** The rules the roster breaks, in words. */
  get warnings(): Locator {
    return this.roster.getByTestId('roster-warnings');
  }

  /** A person's shift and duty on a day: the native select of that cell ("Ka Yan Lee on 16 Dec 2026"). */
  cell(personName: string, date: string): Locator {
    return this.roster.getByRole('combobox', { name: `${personName} on ${date}`, exact: true });
  }

  /** Sets the optimiser's time limit, presses Run and waits for what the run came to. */
  async runOptimiser(timeLimitSeconds: number): Promise<string> {
    await this.optimise.getByRole('textbox', { name: 'Time limit (seconds)' }).fill(String(timeLimitSeconds));
    await this.optimise.getByRole('button', { name: 'Run the optimiser' }).click();
    const outcome = this.optimise.getByText(/^(Done|No roster|Stopped|The optimiser failed)/);
    await outcome.waitFor({ timeout: (timeLimitSeconds + 30) * 1000 });
    return outcome.innerText();
  }

  async publish(): Promise<void> {
    await this.summary.getByRole('button', { name: 'Publish', exact: true }).click();
    await this.summary.getByRole('status').getByText('Published: the staff have been notified.').waitFor();
  }
}
