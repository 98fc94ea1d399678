import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { launch, newPage, shot } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const TOKEN = 'e2e-setup-token-0123456789';

describe('first run', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    // Its own server: an empty data directory, no demo organisation, a known set-up token.
    [browser, server] = await Promise.all([
      launch(),
      startServer({ demo: false, env: { FRONTLINE_SETUP_TOKEN: TOKEN } }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends the first visitor to set-up, refuses a wrong token, then creates the administrator', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/setup$/);
    await page.getByRole('heading', { level: 1, name: 'Set up Frontline' }).waitFor();
    // nothing is filled in: every field says so, and nothing is sent
    await page.getByRole('button', { name: 'Create administrator' }).click();
    expect(await page.getByText('Fill this in.').count()).toBe(5);

    await page.getByLabel(/^Set-up token/).fill('not-the-token-at-all');
    await page.getByLabel(/^Organisation name/).fill('Harbour Test Ltd');
    await page.getByLabel(/^Your name/).fill('Ada Admin');
    await page.getByRole('textbox', { name: /^E-mail/ }).fill('ada@example.com');
    await page.getByLabel(/^Password/).fill('short');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByLabel(/^Password/).fill('a-long-enough-passphrase');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page
      .getByRole('alert')
      .getByText('The set-up token is not right. It is printed in the server log.')
      .waitFor();
    await shot(page, 'setup-en');

    await page.getByLabel(/^Set-up token/).fill(TOKEN);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Admin' }).waitFor();
    // the first user is an administrator
    const shell = new AppShell(page);
    await shell.adminGroup.getByRole('link', { name: 'Users', exact: true }).waitFor();
    // and set-up is closed now
    await page.goto(`${server.baseUrl}/setup`);
    await page.waitForURL(`${server.baseUrl}/`);
    await page.context().close();
  });
});
