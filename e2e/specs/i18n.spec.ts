import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Person } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { OrgChartPage } from '../pages/OrgChartPage';
import { htmlLang, launch, newPage, shot } from '../support/browser';
import { personOf } from '../support/api';

describe('English and Traditional Chinese', () => {
  let browser: Browser;
  let manager: Person;
  beforeAll(async () => {
    browser = await launch();
    manager = await personOf('manager');
  });
  afterAll(() => browser.close());

  it('switches to 繁中, keeps it after a reload and on the next sign-in, and switches back', async () => {
    expect(manager.nameZh).toBeTruthy();
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('manager');
    const shell = new AppShell(page);
    expect(await htmlLang(page)).toBe('en');
    await shell.switchLanguage('繁中');
    await shell.navLink('組織架構').waitFor();
    expect(await htmlLang(page)).toBe('zh-Hant');
    // headings and navigation in Chinese, names in Chinese
    expect(await shell.h1.textContent()).toBe(`歡迎，${manager.nameZh}`);
    for (const link of ['首頁', '組織架構', '員工', '我的目標']) await shell.navLink(link).waitFor();
    expect(await shell.nav.getByRole('link', { name: /Home|Org chart|People/ }).count()).toBe(0);
    await shell.open('組織架構');
    const chart = new OrgChartPage(page);
    await chart.byUnit.getByText(manager.orgUnitNameZh ?? '—', { exact: true }).waitFor();
    await chart.reportingLines.getByRole('link', { name: manager.nameZh ?? '—', exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      '按組織單位',
      '匯報關係',
    ]);
    await shot(page, 'org-chart-zh');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '組織架構' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-Hant');
    await page.context().close();

    // the choice was saved to the account: a new browser (set to English) signs in to Chinese
    const other = await newPage(browser, 'en');
    const login = await new LoginPage(other).goto();
    expect(await login.heading.textContent()).toBe('Sign in to Frontline');
    await login.signIn('manager');
    await other.getByRole('heading', { level: 1, name: `歡迎，${manager.nameZh}` }).waitFor();
    expect(await htmlLang(other)).toBe('zh-Hant');
    const shell2 = new AppShell(other);
    await shell2.switchLanguage('EN');
    await other.getByRole('heading', { level: 1, name: `Welcome, ${manager.nameEn}` }).waitFor();
    expect(await htmlLang(other)).toBe('en');
    await shell2.navLink('Org chart').waitFor();
    await other.context().close();
  });

  it('offers the language switch before sign-in', async () => {
    const page = await newPage(browser, 'en');
    const login = await new LoginPage(page).goto();
    await new AppShell(page).switchLanguage('繁中');
    await page.getByRole('heading', { level: 1, name: '登入 Frontline' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-Hant');
    await login.submit.waitFor();
    expect(await login.demoBanner.getByText('示範機構').count()).toBe(1);
    await shot(page, 'login-zh');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '登入 Frontline' }).waitFor();
    await page.context().close();
  });
});
