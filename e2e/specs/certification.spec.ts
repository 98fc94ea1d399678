import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationSummary } from '@frontline/contract';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Demo (certification.demo.ts): Patrick Chu leads; Queenie Lai is certified for the contact review
// but not for the mystery-shop visit; Kelvin Chan's shop-floor certification is expiring soon.
const LEAD = 'patrick.chu';
const QUEENIE = 'queenie.lai';

describe('assessor certification: the page and an uncertified assessor’s evaluation marked (issue #12)', () => {
  let browser: Browser;
  let marked: EvaluationSummary;
  beforeAll(async () => {
    browser = await launch();
    const queenie = await apiAs(QUEENIE);
    const res = await queenie.call<EvaluationSummary[] | { items: EvaluationSummary[] }>(
      'GET',
      '/api/v1/evaluations',
    );
    const list = Array.isArray(res) ? res : res.items;
    const found = list.find((e) => e.scorecard.code === 'MYSTERY-VISIT' && e.assessorName === 'Queenie Lai');
    if (!found) throw new Error('the demo mystery-shop evaluation by Queenie is missing');
    marked = found;
  });
  afterAll(() => browser.close());

  it('the lead sees each assessor × scorecard with its status', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs(LEAD);
    await page.goto(`${baseUrl()}/certification`);
    await page.getByRole('heading', { level: 1, name: 'Assessor certification' }).waitFor();
    const row = (name: string, card: string) =>
      page.getByTestId('certification-row').filter({ hasText: name }).filter({ hasText: card });
    await row('Queenie Lai', 'Contact').getByText('Certified').waitFor();
    await row('Kelvin Chan', 'observation').getByText('Expiring soon').waitFor();
    await row('Irene Kwok', 'Contact').getByText('Not certified').waitFor();
    expect(await row('Irene Kwok', 'Contact').textContent()).toMatch(/Missing: the assessor course/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'certification');
    await page.context().close();
  }, 120_000);

  it('an uncertified assessor’s evaluation is marked, in English and in Chinese at phone width', async () => {
    const en = await newPage(browser);
    await new LoginPage(en).signInAs(QUEENIE);
    await en.goto(`${baseUrl()}/evaluations/${marked.id}`);
    await en.getByTestId('uncertified-note').getByText('Uncertified assessor').waitFor();
    expect(await en.getByTestId('uncertified-note').textContent()).toMatch(/still counts/);
    expect(await seriousViolations(en)).toEqual([]);
    await en.context().close();

    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs(QUEENIE);
    await new AppShell(zh).switchLanguage('繁中');
    await zh.goto(`${baseUrl()}/evaluations/${marked.id}`);
    await zh.getByTestId('uncertified-note').getByText('未認證評核員').waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    await shot(zh, 'certification-mark-zh');
    await zh.goto(`${baseUrl()}/certification`);
    await zh.getByRole('heading', { level: 1, name: '評核員認證' }).waitFor();
    await zh.getByTestId('certification-row').first().waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    await shot(zh, 'certification-zh');
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();
  }, 120_000);
});
