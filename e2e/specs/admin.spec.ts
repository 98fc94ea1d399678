import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, shot } from '../support/browser';

describe('roster import', () => {
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-roster-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the row and column of a bad row, imports nothing, then imports the corrected file', async () => {
    const header =
      'employee_number,given_name_en,family_name_en,name_zh,email,org_unit_code,manager_employee_number,job_role_code,employment_type,hire_date,status';
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      `${header}\nE9101,Mei Ling,Ho,何美玲,meiling.ho@example.com,ST-MK-FLOOR,E1006,SALES-ASSOC,full_time,2026-11-01,active\nE9102,Chi Keung,Yu,余志強,ck.yu@example.com,NO-SUCH-UNIT,E1006,SALES-ASSOC,part_time,2026-31-01,active\n`,
    );
    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(
      good,
      `${header}\nE9101,Mei Ling,Ho,何美玲,meiling.ho@example.com,ST-MK-FLOOR,E1006,SALES-ASSOC,full_time,2026-11-01,active\nE9102,Chi Keung,Yu,余志強,ck.yu@example.com,ST-MK-FLOOR,E1006,SALES-ASSOC,part_time,2026-11-02,active\n`,
    );

    const page = await newPage(browser);
    await login(page, 'hr');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Roster import' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Roster import' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(bad);
    const issues = page.getByTestId('error-issues');
    await issues.getByText('Row 2 · hire_date').waitFor();
    await shot(page, 'roster-import-error');
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByText('Checked: ready to import').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('2 rows: 2 new, 0 changed, 0 unchanged.').first().waitFor();
    await page.goto(page.url().replace(/\/people\/import$/, '/people'));
    await page.getByLabel('Search').fill('Mei Ling');
    await page.getByRole('link', { name: 'Mei Ling Ho' }).waitFor();
    await page.context().close();
  });
});
