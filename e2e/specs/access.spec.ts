import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PersonSummary } from '@frontline/contract';
import { apiAs, baseUrl, launch, login, newPage } from '../support/browser';

describe('access in the browser', () => {
  let browser: Browser;
  let agentId: string;
  beforeAll(async () => {
    browser = await launch();
    const hr = await apiAs('hr');
    const found = await hr<{ items: PersonSummary[] }>('GET', '/api/v1/people?q=Jacky');
    agentId = found.items[0]!.id;
  });
  afterAll(() => browser.close());

  it('another team’s person is not reachable by URL and not listed', async () => {
    const page = await newPage(browser);
    await login(page, 'supervisor');
    await page.goto(`${baseUrl()}/people/${agentId}`);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await page.getByText('Jacky Ng').count()).toBe(0);
    await page.goto(`${baseUrl()}/people`);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('link', { name: 'Ka Yan Lee' }).waitFor();
    expect(await page.getByRole('link', { name: 'Jacky Ng' }).count()).toBe(0);
    await page.context().close();
  });

  it('the team leader of that person can open them', async () => {
    const page = await newPage(browser);
    await login(page, 'lead');
    await page.goto(`${baseUrl()}/people/${agentId}`);
    await page.getByRole('heading', { level: 1, name: 'Jacky Ng' }).waitFor();
    await page.context().close();
  });

  it('staff see no administration and admin pages refuse them', async () => {
    const page = await newPage(browser);
    await login(page, 'staff');
    expect(await page.getByText('Administration').count()).toBe(0);
    await page.goto(`${baseUrl()}/admin/audit`);
    await page.getByRole('alert').getByText('You do not have permission to do this.').waitFor();
    await page.context().close();
  });
});
