import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, personOf } from '../support/api';
import { seriousViolations } from '../support/axe';
import { launch, newPage, shot } from '../support/browser';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';

describe('notifications (issue 16 item 4)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    // The supervisor gives the sales associate feedback twice: two unread notifications for them.
    const staff = await personOf('staff');
    const sup = await apiAs('supervisor');
    for (const body of ['Clear explanation of the return policy.', 'Greeted every customer at the door.']) {
      await sup.call('POST', `/api/v1/people/${staff.id}/feedback`, { kind: 'praise', body });
    }
  });
  afterAll(() => browser.close());

  it('lists them by day with dates, opens the item itself, and marks all read', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('staff');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('menuitem', { name: 'See all notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    expect(await page.getByText('You have new feedback').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'notifications-en');

    // A notification opens what it is about: the feedback lands on "My feedback".
    await page.getByText('You have new feedback').first().click();
    await page.waitForURL(/\/feedback$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('0 unread').waitFor();
    await page.getByText('Unread', { exact: true }).click();
    await page.getByText('Nothing unread.').waitFor();
    await page.context().close();
  });

  it('reads in Chinese at phone width', async () => {
    const page = await newPage(browser, 'zh-Hant');
    await page.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(page).signInAs('staff');
    const shell = new AppShell(page);
    await shell.switchLanguage('繁中');
    await page.goto(new URL('/notifications', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: '通知' }).waitFor();
    await page.getByText('你收到新的回饋').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Unread tags stay whole beside long texts.
    await page.getByRole('button', { name: '全部標為已讀' }).waitFor();
    await shot(page, 'notifications-zh-phone');
    await shell.switchLanguage('EN'); // the choice is the user's: leave it as the other specs expect
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.context().close();
  });
});
