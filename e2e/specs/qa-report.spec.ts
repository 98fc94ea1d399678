import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type QaReport, type Scorecard } from '@frontline/contract';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appToday } from '../support/clock';

// Queenie Lai, the demo's quality assessor, reads the team QA view of the contact review over the
// last 90 days of the app's clock: the team figure in words with its numbers one click away, the
// people, the most-missed items and the assessors — in English, then in Chinese at phone width.
const ASSESSOR = 'queenie.lai';

describe('team QA view (issue #12 item 7)', () => {
  let browser: Browser;
  let report: QaReport;
  let from: string;
  let to: string;
  beforeAll(async () => {
    browser = await launch();
    to = await appToday();
    from = addDays(to, -90);
    const api = await apiAs(ASSESSOR);
    const cards = await api.call<Scorecard[]>('GET', '/api/v1/scorecards?kind=qa_interaction');
    const card = cards.find((c) => c.code === 'QA-CONTACT')!;
    report = await api.call<QaReport>(
      'GET',
      `/api/v1/qa-report?scorecardId=${card.id}&from=${from}&to=${to}`,
    );
  });
  afterAll(() => browser.close());

  it('shows the team score in words, the people, items and assessors, in both languages', async () => {
    expect(report.team.n).toBeGreaterThan(0);
    expect(report.people.length).toBeGreaterThan(0);
    expect(report.items.length).toBeGreaterThan(0);

    const page = await newPage(browser);
    await new LoginPage(page).signInAs(ASSESSOR);
    await page.goto(`${baseUrl()}/qa-report`);
    await page.getByRole('heading', { level: 1, name: 'Team QA view' }).waitFor();
    await page.getByRole('combobox', { name: /^Scorecard/ }).click();
    await page.getByRole('option', { name: /Contact review/ }).click();
    await page.getByLabel('From').fill(from);
    await page.getByLabel('To').fill(to);
    await page.getByText(`over ${report.team.n} evaluation`).first().waitFor();
    await page.locator('summary', { hasText: 'Show the numbers' }).first().click();
    await expect
      .poll(() => page.locator('details[open]').first().textContent())
      .toContain(`n = ${report.team.n} released evaluations`);
    for (const name of ['People', 'Most-missed items', 'Per assessor']) {
      await page.getByRole('region', { name }).waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'qa-report-en');

    await new AppShell(page).switchLanguage('繁中');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: '團隊質素檢視' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await shot(page, 'qa-report-zh-phone');
    await new AppShell(page).switchLanguage('EN');
    await page.context().close();
  }, 120_000);
});
