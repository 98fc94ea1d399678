import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** /dashboards/team: people × indicators, each cell with its value and "n = …". */
export class TeamDashboardPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${baseUrl()}/dashboards/team${query}`);
    await this.page.getByRole('heading', { level: 1, name: /Team dashboard|團隊儀表板/ }).waitFor();
    await this.table.waitFor();
  }
  get table(): Locator {
    return this.page.getByTestId('team-dashboard');
  }
  /** The cell of one person (English or Chinese name) and one indicator code. */
  cell(person: string | RegExp, indicatorCode: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: person }) })
      .locator(`td[data-indicator="${indicatorCode}"]`);
  }
  /** The sample size ("n = …") shown in a cell; 0 when the cell has no figure. */
  async sample(person: string | RegExp, indicatorCode: string): Promise<number> {
    const sample = this.cell(person, indicatorCode).getByTestId('figure-sample').first();
    if ((await sample.count()) === 0) return 0;
    const text = (await sample.textContent()) ?? '';
    const m = /n = ([\d,.]+)/.exec(text);
    return m ? Number(m[1]!.replace(/,/g, '')) : 0;
  }
}
