import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, launch, login, newPage } from '../support/browser';

describe('accessibility (axe-core): no serious or critical violations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('on the sign-in page, in both languages', async () => {
    for (const lang of ['en', 'zh-Hant'] as const) {
      const page = await newPage(browser, lang);
      await page.goto(`${baseUrl()}/login`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await axe(page), lang).toEqual([]);
      await page.context().close();
    }
  });

  it('on the main pages of an HR admin', async () => {
    const page = await newPage(browser);
    await login(page, 'hr');
    const paths = [
      '/',
      '/org-chart',
      '/people',
      '/goals',
      '/team-goals',
      '/indicators',
      '/policies',
      '/admin/org-units',
      '/admin/job-roles',
      '/admin/users',
      '/admin/audit',
      '/people/import',
      '/account',
    ];
    const found: Record<string, unknown> = {};
    for (const p of paths) {
      await page.goto(`${baseUrl()}${p}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const v = await axe(page);
      if (v.length) found[p] = v;
    }
    await page.goto(`${baseUrl()}/people`);
    await page.getByLabel('Search').fill('Ka Yan');
    await page.getByRole('link', { name: 'Ka Yan Lee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ka Yan Lee' }).waitFor();
    const person = await axe(page);
    if (person.length) found['/people/:id'] = person;
    expect(found).toEqual({});
    await page.context().close();
  });
});
