import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, login, newPage, shot } from '../support/browser';

describe('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows a translated error for a wrong password, then signs in and out', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/login$/);
    await expect(page.getByText('Demo organisation')).toBeTruthy();
    await shot(page, 'login-en');
    await page.getByLabel('E-mail').fill('staff@demo.frontline.test');
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('The e-mail or password is not right.').waitFor();

    await page.getByLabel(/^Password/).fill('frontline-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/`);
    const h1 = await page.getByRole('heading', { level: 1 }).textContent();
    expect(h1).toContain('Welcome');
    await shot(page, 'home-staff-en');

    await page.getByRole('button', { name: 'Ka Yan Lee' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    // the old session is gone on the server too
    await page.goto(`${baseUrl()}/people`);
    await page.waitForURL(/\/login$/);
    await page.context().close();
  });

  it('lets a user in with a demo login and shows the navigation of their role', async () => {
    const page = await newPage(browser);
    await login(page, 'staff');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'My goals' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await nav.getByText('Administration').count()).toBe(0);
    await page.context().close();

    const admin = await newPage(browser);
    await login(admin, 'admin');
    const adminNav = admin.getByRole('navigation', { name: 'Main navigation' });
    expect(await adminNav.getByRole('link', { name: 'Audit log' }).count()).toBe(1);
    await admin.context().close();
  });
});
