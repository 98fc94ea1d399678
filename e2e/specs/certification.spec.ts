import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificationOverview, CertificationSettings, EvaluationSummary } from '@frontline/contract';
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
  afterAll(async () => {
    // The last test changes the reminder days: put the demo's value back for the specs that follow.
    if (settingsBefore) {
      const lead = await apiAs(LEAD);
      await lead.call('PUT', '/api/v1/assessor-certifications/settings', {
        reminderDays: settingsBefore.reminderDays,
      });
    }
    await browser.close();
  });
  let settingsBefore: CertificationSettings | undefined;

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

  it('the lead grants a certification, revokes it with a reason and changes a setting that is kept, in English and in Chinese at phone width', async () => {
    const api = await apiAs(LEAD);
    const overview = await api.call<CertificationOverview>('GET', '/api/v1/assessor-certifications');
    settingsBefore = overview.settings;
    // Someone not certified whom the other tests do not look at.
    const target = overview.rows.find(
      (r) =>
        r.status === 'not_certified' &&
        r.abilities.grant &&
        !['Queenie Lai', 'Irene Kwok', 'Kelvin Chan'].includes(r.assessorName),
    );
    if (!target) throw new Error('the demo has no other uncertified assessor');
    const who = { name: target.assessorName, scorecard: target.scorecardTitleEn };

    const page = await newPage(browser);
    await new LoginPage(page).signInAs(LEAD);
    await page.goto(`${baseUrl()}/certification`);
    await page.getByRole('heading', { level: 1, name: 'Assessor certification' }).waitFor();
    const row = page
      .getByTestId('certification-row')
      .filter({ hasText: who.name })
      .filter({ hasText: who.scorecard });
    await row.getByText('Not certified').waitFor();

    // Grant: the reason is required (at least 3 characters), then the row is certified.
    await row.getByRole('button', { name: `Grant ${who.name} certification for ${who.scorecard}` }).click();
    const grant = page.getByRole('dialog', { name: 'Grant a certification' });
    await grant.getByText(/Valid from today .* 12 months/).waitFor();
    await grant.getByRole('button', { name: 'Grant certification' }).click();
    await grant.getByText('Fill this in.').waitFor();
    await grant
      .getByLabel('Reason and evidence')
      .fill('Completed AS-501 and scored alpha 0.85 in the October round');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'certification-grant');
    await grant.getByRole('button', { name: 'Grant certification' }).click();
    await grant.waitFor({ state: 'detached' });
    await row.getByText('Certified', { exact: true }).waitFor();
    await row.getByText(/Granted by Patrick Chu: Completed AS-501/).waitFor();

    // Revoke: a confirmation that asks for the reason.
    await row
      .getByRole('button', { name: `Revoke ${who.name}'s certification for ${who.scorecard}` })
      .click();
    const revoke = page.getByRole('dialog', { name: 'Revoke the certification?' });
    await revoke.getByText(`${who.name} will no longer be certified`).waitFor();
    await revoke.getByRole('button', { name: 'Revoke certification' }).click();
    await revoke.getByText('Fill this in.').waitFor();
    await revoke.getByLabel('Reason').fill('Scored outside the calibration range twice this month');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'certification-revoke');
    await revoke.getByRole('button', { name: 'Revoke certification' }).click();
    await revoke.waitFor({ state: 'detached' });
    await row.getByText('Revoked', { exact: true }).waitFor();
    await row.getByText('Revoked: Scored outside the calibration range twice this month').waitFor();

    // Settings: the contract's limits are checked on the field; a change is kept after a reload.
    const settings = page.getByRole('region', { name: 'Certification settings' });
    const days = settings.getByLabel('Reminder (days before the end)');
    expect(await days.inputValue()).toBe(String(settingsBefore.reminderDays));
    await days.fill('0');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Enter 1 or more.').waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    const next = settingsBefore.reminderDays + 1;
    await days.fill(String(next));
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Certification settings saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'certification-settings');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Assessor certification' }).waitFor();
    await expect
      .poll(() => settings.getByLabel('Reminder (days before the end)').inputValue())
      .toBe(String(next));

    await page.context().close();

    // The assessor's evaluation list marks her evaluation made while uncertified.
    const own = await newPage(browser);
    await new LoginPage(own).signInAs(QUEENIE);
    await own.goto(`${baseUrl()}/evaluations`);
    await own.getByRole('heading', { level: 1, name: 'Evaluations' }).waitFor();
    const listed = own
      .getByTestId('evaluation-row')
      .filter({ has: own.locator(`a[href="/evaluations/${marked.id}"]`) });
    await listed.getByTestId('uncertified-mark').getByText('Uncertified assessor').waitFor();
    expect(await seriousViolations(own)).toEqual([]);
    await shot(own, 'certification-list');
    await own.context().close();

    // In Chinese at phone width: the page, its dialog and the list, without sideways overflow.
    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs(LEAD);
    await new AppShell(zh).switchLanguage('繁中');
    await zh.goto(`${baseUrl()}/certification`);
    await zh.getByRole('heading', { level: 1, name: '評核員認證' }).waitFor();
    await zh.getByRole('region', { name: '認證設定' }).getByText('提醒（屆滿前日數）').waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    expect(await zh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(zh, 'certification-admin-zh');
    await zh
      .getByTestId('certification-row')
      .filter({ hasText: who.name })
      .getByRole('button', { name: /^授予/ })
      .first()
      .click();
    const zhGrant = zh.getByRole('dialog', { name: '授予認證' });
    await zhGrant.getByText('理由及證明').waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    expect(await zh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(zh, 'certification-grant-zh');
    await zhGrant.getByRole('button', { name: '取消' }).click();
    await zhGrant.waitFor({ state: 'detached' });
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();

    const zhList = await newPage(browser, 'zh-Hant');
    await zhList.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zhList).signInAs(QUEENIE);
    await new AppShell(zhList).switchLanguage('繁中');
    await zhList.goto(`${baseUrl()}/evaluations`);
    await zhList
      .getByTestId('evaluation-row')
      .filter({ has: zhList.locator(`a[href="/evaluations/${marked.id}"]`) })
      .getByText('未認證評核員')
      .waitFor();
    expect(await seriousViolations(zhList)).toEqual([]);
    expect(await zhList.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(zhList, 'certification-list-zh');
    await new AppShell(zhList).switchLanguage('EN');
    await zhList.context().close();
  }, 180_000);
});
