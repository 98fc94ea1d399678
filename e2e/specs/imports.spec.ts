import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ImportWizardPage } from '../pages/ImportWizardPage';
import { LoginPage } from '../pages/LoginPage';
import { TeamDashboardPage } from '../pages/TeamDashboardPage';
import { launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/zendesk-demo.csv');
/** Rated tickets (Good/Bad) of Cherry Lau in the fixture; Offered and Not Offered do not count. */
const CHERRY_RATED = 3;

/**
 * The fixture with its day moved into the period the team dashboard opens on (the last four
 * complete weeks, by the server's today).
 */
async function fixtureForDefaultPeriod(): Promise<string> {
  const day = (await appDates()).recent.to;
  const text = fs
    .readFileSync(FIXTURE, 'utf8')
    .replace(/\b\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})\b/g, `${day}$1`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-e2e-'));
  const file = path.join(dir, 'zendesk-demo.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('importing a Zendesk export', () => {
  let browser: Browser;
  let page: Page;
  let csv: string;
  beforeAll(async () => {
    browser = await launch();
    csv = await fixtureForDefaultPeriod();
    page = await newPage(browser);
    await new LoginPage(page).signInAs('supervisor');
  });
  afterAll(async () => {
    fs.rmSync(path.dirname(csv), { recursive: true, force: true });
    await browser.close();
  });

  it('a supervisor imports tickets, sees the CSAT sample grow, then undoes the import', async () => {
    const team = new TeamDashboardPage(page);
    await team.open();
    const before = await team.sample('Cherry Lau', 'CSAT');

    const wizard = new ImportWizardPage(page);
    await wizard.openNew();
    await wizard.choose(csv);
    await wizard.upload.click();
    await wizard.settings.waitFor();
    expect(page.url()).toMatch(/\/imports\/[0-9a-f-]{36}$/);
    const importUrl = page.url();
    expect(await wizard.source.inputValue()).toBe('Zendesk Support (CSV export)');
    await wizard.setTimeZone('Asia/Hong_Kong');
    await wizard.validate.click();

    await wizard.review.waitFor({ timeout: 30_000 });
    expect(await wizard.count(wizard.review, 'Records read')).toBe(8);
    expect(await wizard.count(wizard.review, 'Not matched')).toBe(0);
    expect(await wizard.unmatched.count()).toBe(0);
    await shot(page, 'import-review');
    await wizard.commit.click();
    await wizard.committed.waitFor({ timeout: 30_000 });
    await shot(page, 'import-committed');

    await wizard.teamDashboardLink.click();
    await team.table.waitFor();
    await team.open();
    expect(await team.sample('Cherry Lau', 'CSAT')).toBe(before + CHERRY_RATED);

    await page.goto(importUrl);
    await wizard.confirmUndo();
    await wizard.undone.waitFor();
    await team.open();
    expect(await team.sample('Cherry Lau', 'CSAT')).toBe(before);
  });
});
