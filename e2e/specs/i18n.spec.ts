import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, shot } from '../support/browser';

describe('English and Traditional Chinese', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('switches to 繁中, keeps it after a reload, and switches back', async () => {
    const page = await newPage(browser);
    await login(page, 'manager');
    await page.getByText('繁中').click();
    const nav = page.getByRole('navigation', { name: '主選單' });
    await nav.getByRole('link', { name: '組織架構' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('歡迎');
    await nav.getByRole('link', { name: '組織架構' }).click();
    await page.getByRole('heading', { level: 1, name: '組織架構' }).waitFor();
    await page.getByText('旺角銷售組').waitFor();
    await page.getByText('王美玲').first().waitFor(); // names in Chinese
    await shot(page, 'org-chart-zh');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '組織架構' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    // no English navigation left
    expect(await page.getByRole('link', { name: 'Org chart' }).count()).toBe(0);
    await nav.getByRole('link', { name: '我的目標' }).click();
    await page.getByRole('heading', { level: 1, name: '我的目標' }).waitFor();
    await shot(page, 'my-goals-zh');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My goals' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });

  it('shows the sign-in page in Chinese before sign-in', async () => {
    const page = await newPage(browser, 'zh-Hant');
    await page.goto(`${(await import('../support/browser')).baseUrl()}/login`);
    await page.getByRole('button', { name: '登入', exact: true }).waitFor();
    await page.getByText('示範機構').waitFor();
    await shot(page, 'login-zh');
    await page.context().close();
  });
});
