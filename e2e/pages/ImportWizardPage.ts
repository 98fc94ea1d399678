import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** /imports/new and /imports/:id: upload → settings → check → review → import → done (undo). */
export class ImportWizardPage {
  constructor(readonly page: Page) {}

  async openNew(): Promise<void> {
    await this.page.goto(`${baseUrl()}/imports/new`);
    await this.page.getByRole('heading', { level: 1, name: /New data import|新增資料匯入/ }).waitFor();
  }
  async choose(file: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(file);
  }
  get upload(): Locator {
    return this.page.getByRole('button', { name: /^(Upload|上載)$/ });
  }
  get settings(): Locator {
    return this.page.getByRole('region', { name: /Source and settings|來源及設定/ });
  }
  get source(): Locator {
    return this.page.getByRole('combobox', { name: /^(Source|來源)/ });
  }
  get timeZone(): Locator {
    return this.page.getByRole('combobox', { name: /^(Time zone of the file|檔案的時區)/ });
  }
  async setTimeZone(zone: string): Promise<void> {
    await this.timeZone.click();
    await this.timeZone.fill(zone.split('/').pop() ?? zone);
    await this.page.getByRole('option', { name: zone, exact: true }).click();
  }
  get validate(): Locator {
    return this.page.getByRole('button', { name: /^(Check the file|檢查檔案)$/ });
  }
  /** The review of a checked file (its counts). */
  get review(): Locator {
    return this.page.getByRole('region', { name: /What the file holds|檔案內容/ });
  }
  /** One labelled count of the review or the result, as a number. */
  async count(region: Locator, label: string | RegExp): Promise<number> {
    const term = region.locator('dt').filter({ hasText: label }).first();
    const value = await term.locator('xpath=following-sibling::dd[1]').textContent();
    return Number((value ?? '').replace(/[^\d]/g, ''));
  }
  get issues(): Locator {
    return this.page.getByTestId('import-issues');
  }
  get unmatched(): Locator {
    return this.page.getByTestId('import-unmatched');
  }
  get commit(): Locator {
    return this.page.getByRole('button', { name: /^(Import|匯入)$/ });
  }
  get committed(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Imported|已匯入)/ });
  }
  get teamDashboardLink(): Locator {
    return this.page.getByRole('link', { name: /See the team dashboard|查看團隊儀表板/ });
  }
  get undo(): Locator {
    return this.page.getByRole('button', { name: /^(Undo this import|復原此匯入)$/ }).first();
  }
  /** Undo, confirmed in the dialog. */
  async confirmUndo(): Promise<void> {
    await this.undo.click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Undo this import|復原此匯入)$/ })
      .click();
  }
  get undone(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Undone|已復原)/ });
  }
}
