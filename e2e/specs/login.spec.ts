import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { personOf } from '../support/api';

describe('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a wrong password shows the translated error; the right one lands on Home; signing out returns to sign-in', async () => {
    const staff = await personOf('staff');
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/people`);
    // not signed in: sent to sign in, and brought back afterwards
    await page.waitForURL(/\/login\?next=%2Fpeople$/);
    const login = new LoginPage(page);
    await login.heading.waitFor();
    expect(await login.heading.textContent()).toBe('Sign in to Frontline');
    await login.demoBanner.waitFor();
    expect(await login.demoBanner.textContent()).toContain('staff@demo.frontline.test');
    await shot(page, 'login-en');

    await login.signIn('staff', 'not-the-password');
    await login.error.getByText('The e-mail or password is not right.').waitFor();
    expect(page.url()).toContain('/login');

    await login.password.fill('frontline-demo');
    await login.submit.click();
    await page.waitForURL(`${baseUrl()}/people`);
    const shell = new AppShell(page);
    await shell.open('Home', `Welcome, ${staff.nameEn}`);
    expect(page.url()).toBe(`${baseUrl()}/`);
    // Home shows my record: my manager and a link to my page
    const profile = page.getByRole('region', { name: 'My profile' });
    await profile.getByRole('link', { name: staff.managerName ?? '' }).waitFor();
    await shot(page, 'home-en');

    await shell.signOut();
    await page.waitForURL(/\/login$/);
    await login.heading.waitFor();
    // the session is gone on the server too
    await page.goto(`${baseUrl()}/people`);
    await page.waitForURL(/\/login\?next=/);
    await page.context().close();
  });

  it('shows the error in Chinese when the page is in Chinese', async () => {
    const page = await newPage(browser, 'zh-Hant');
    const login = await new LoginPage(page).goto();
    expect(await login.heading.textContent()).toBe('登入 Frontline');
    await login.signIn('staff', 'still-not-the-password');
    await login.error.getByText('電郵或密碼不正確。').waitFor();
    await page.context().close();
  });

  it('checks the required fields before asking the server', async () => {
    const page = await newPage(browser);
    const login = await new LoginPage(page).goto();
    await login.submit.click();
    await page.getByText('Fill this in.').first().waitFor();
    expect(await login.email.getAttribute('aria-invalid')).toBe('true');
    // The field errors are readable: their red meets 4.5:1 on white (axe colour-contrast).
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
