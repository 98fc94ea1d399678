import type { Locator, Page } from 'playwright-core';

export class RosterImportPage {
  constructor(readonly page: Page) {}

  async choose(file: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(file);
  }
  get check(): Locator {
    return this.page.getByRole('button', { name: /Check the file|檢查檔案/ });
  }
  get import(): Locator {
    return this.page.getByRole('button', { name: /^(Import|匯入)$/ });
  }
  get issues(): Locator {
    return this.page.getByTestId('error-issues');
  }
  /** The issue table as [row, column, problem] triples. */
  async issueRows(): Promise<string[][]> {
    const rows = await this.issues.locator('tbody tr').all();
    return Promise.all(rows.map(async (r) => (await r.locator('td').allTextContents()).map((s) => s.trim())));
  }
  get checked(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Checked: ready to import|已檢查：可以匯入/ });
  }
  get done(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Imported|已匯入/ });
  }
}
