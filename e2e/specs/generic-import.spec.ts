import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ImportWizardPage } from '../pages/ImportWizardPage';
import { LoginPage } from '../pages/LoginPage';
import { apiAs } from '../support/api';
import { launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

/** A till survey export in no known format: employee number, day, good ratings, ratings. */
async function tillSurvey(): Promise<string> {
  const day = (await appDates()).recent.from;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-e2e-'));
  const file = path.join(dir, 'till-survey.csv');
  fs.writeFileSync(file, ['staff_no,day,good,rated', `E1007,${day},9,10`, `E1010,${day},7,10`].join('\n'));
  return file;
}

describe('importing any CSV with a column mapping saved as a preset', () => {
  let browser: Browser;
  let page: Page;
  let csv: string;
  beforeAll(async () => {
    browser = await launch();
    csv = await tillSurvey();
    page = await newPage(browser);
    await new LoginPage(page).signInAs('supervisor');
  });
  afterAll(async () => {
    fs.rmSync(path.dirname(csv), { recursive: true, force: true });
    await browser.close();
  });

  it('maps the columns, saves the mapping, checks and imports the rows', async () => {
    const wizard = new ImportWizardPage(page);
    await wizard.openNew();
    await wizard.choose(csv);
    await wizard.upload.click();
    await wizard.settings.waitFor();

    const pick = async (label: RegExp, option: string | RegExp) => {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option }).first().click();
    };
    await pick(/^Source/, 'Other file (map the columns)');
    await pick(/^Staff member/, 'staff_no');
    await pick(/^Date(?! order)/, 'day');
    await pick(/^Value \(numerator\)/, 'good');
    await pick(/^Out of \(denominator\)/, 'rated');
    await pick(/^Indicator/, /\(CSAT\)$/);

    const presetName = `Till survey ${Date.now()}`;
    await page.getByRole('textbox', { name: /^Name of the mapping/ }).fill(presetName);
    await page.getByRole('button', { name: 'Save this mapping as a preset' }).click();
    await page.getByText('Mapping saved.').waitFor();
    await shot(page, 'generic-import-mapping');

    await wizard.validate.click();
    await wizard.review.waitFor({ timeout: 30_000 });
    expect(await wizard.count(wizard.review, 'Records read')).toBe(2);
    expect(await wizard.count(wizard.review, 'Not matched')).toBe(0);
    await wizard.commit.click();
    await wizard.committed.waitFor({ timeout: 30_000 });

    const api = await apiAs('supervisor');
    const presets = (await api.call('GET', '/api/v1/import-presets')) as {
      name: string;
      settings: { mapping?: unknown };
    }[];
    expect(presets.find((p) => p.name === presetName)?.settings.mapping).toEqual({
      staff: 'staff_no',
      date: 'day',
      numerator: 'good',
      denominator: 'rated',
      indicatorCode: 'CSAT',
    });
    const id = page.url().split('/').pop()!;
    const batch = (await api.call('GET', `/api/v1/imports/${id}`)) as {
      status: string;
      counts: { inserted: number };
    };
    expect(batch).toMatchObject({ status: 'committed', counts: { inserted: 2 } });
  });
});
