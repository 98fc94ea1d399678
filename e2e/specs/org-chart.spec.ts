import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, shot } from '../support/browser';

describe('org chart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows a supervisor their team, and opens a person from it', async () => {
    const page = await newPage(browser);
    await login(page, 'supervisor');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Org chart' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Org chart' }).waitFor();
    const byUnit = page.getByRole('navigation', { name: 'By org unit' });
    await byUnit.getByText('Mong Kok Sales Floor').waitFor();
    const names = await byUnit.getByRole('link').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining([
        'Kelvin Chan',
        'Ka Yan Lee',
        'Wing Sze Tang',
        'Jason Yip',
        'Cherry Lau',
        'Tsz Hin Mak',
      ]),
    );
    // nobody from another store or the logistics centre
    expect(await page.getByText('Jacky Ng').count()).toBe(0);
    expect(await page.getByText('Causeway Bay Sales Floor').count()).toBe(0);
    await shot(page, 'org-chart-en');
    await byUnit.getByRole('link', { name: 'Ka Yan Lee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ka Yan Lee' }).waitFor();
    await page.getByText('E1007').waitFor();
    await shot(page, 'person-en');
    await page.context().close();
  });
});
