import { appDates } from '../support/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Checkin, CoachingPlan, Person } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations, type AxeFinding } from '../support/axe';
import { baseUrl, launch, newPage, type Lang } from '../support/browser';
import { apiAs, personOf } from '../support/api';

/** Opens each path and collects axe-core's serious and critical findings, by path; checks h1 and landmarks too. */
async function audit(page: Page, paths: string[]): Promise<Record<string, AxeFinding[]>> {
  const found: Record<string, AxeFinding[]> = {};
  for (const p of paths) {
    await page.goto(`${baseUrl()}${p}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { level: 1 }).count(), `one h1 on ${p}`).toBe(1);
    for (const landmark of ['banner', 'navigation', 'main'] as const) {
      expect(await page.getByRole(landmark).count(), `${landmark} on ${p}`).toBeGreaterThan(0);
    }
    const v = await seriousViolations(page);
    if (v.length) found[p] = v;
  }
  return found;
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  let browser: Browser;
  let hrPage: Page;
  let staff: Person;
  let agent: Person;
  beforeAll(async () => {
    browser = await launch();
    staff = await personOf('staff');
    agent = await personOf('agent');
    hrPage = await newPage(browser);
    await new LoginPage(hrPage).signInAs('hr');
  });
  afterAll(() => browser.close());

  it('on the sign-in page, in both languages', async () => {
    for (const lang of ['en', 'zh-Hant'] as Lang[]) {
      const page = await newPage(browser, lang);
      await new LoginPage(page).goto();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), lang).toEqual([]);
      expect(await page.getByRole('main').count()).toBe(1);
      await page.context().close();
    }
  });

  it('on home, org chart, people and a person', async () => {
    expect(await audit(hrPage, ['/', '/org-chart', '/people', `/people/${staff.id}`])).toEqual({});
  });

  it('on the person forms and the roster import', async () => {
    expect(await audit(hrPage, [`/people/${staff.id}/edit`, '/people/new', '/people/import'])).toEqual({});
  });

  it('on org units (with its dialog), job roles and users', async () => {
    const found = await audit(hrPage, ['/admin/org-units', '/admin/job-roles', '/admin/users']);
    await hrPage.goto(`${baseUrl()}/admin/org-units`);
    await hrPage.getByRole('button', { name: 'Add an org unit' }).click();
    await hrPage.getByRole('dialog').waitFor();
    const dialog = await seriousViolations(hrPage);
    if (dialog.length) found['/admin/org-units (dialog)'] = dialog;
    expect(found).toEqual({});
  });

  it('on the audit log, with a row open', async () => {
    const found = await audit(hrPage, ['/admin/audit']);
    await hrPage.getByRole('button', { name: 'Show' }).first().click();
    await hrPage.getByRole('columnheader', { name: 'Field' }).waitFor();
    const open = await seriousViolations(hrPage);
    if (open.length) found['/admin/audit (open row)'] = open;
    expect(found).toEqual({});
  });

  it('on account, goals, indicators, targets, policies and not found', async () => {
    expect(
      await audit(hrPage, [
        '/account',
        '/goals',
        '/team-goals',
        '/indicators',
        '/targets',
        '/policies',
        '/no-such-page',
      ]),
    ).toEqual({});
  });

  it('on imports, dashboards, the attention queue and a person’s performance', async () => {
    expect(
      await audit(hrPage, [
        '/imports',
        '/imports/new',
        '/dashboards/org',
        '/dashboards/team',
        '/attention',
        `/people/${staff.id}/performance`,
      ]),
    ).toEqual({});
  });

  it('on check-ins, feedback, recognition, rewards, coaching and training (HR)', async () => {
    expect(
      await audit(hrPage, [
        '/checkins',
        '/feedback',
        '/recognition',
        '/rewards',
        '/coaching',
        '/coaching/new',
        '/training',
      ]),
    ).toEqual({});
  });

  it('on a check-in and a coaching plan (supervisor), with the give-feedback form', async () => {
    const api = await apiAs('supervisor');
    const checkin = await api.call<Checkin>('POST', '/api/v1/checkins', {
      personId: staff.id,
      scheduledAt: `${(await appDates()).inDays(5)}T02:00:00.000Z`,
      location: 'Back office',
    });
    const plan = await api.call<CoachingPlan>('POST', '/api/v1/coaching', {
      personId: staff.id,
      origin: 'manual',
      focusSkill: 'Greeting every customer within 30 seconds',
    });
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('supervisor');
    const found = await audit(page, [
      '/checkins',
      `/checkins/${checkin.id}`,
      `/coaching/${plan.id}`,
      `/people/${staff.id}`,
      '/training',
    ]);
    await page.context().close();
    expect(found).toEqual({});
  });

  it('on the API tokens page (admin)', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('admin');
    const found = await audit(page, ['/admin/api-tokens']);
    await page.context().close();
    expect(found).toEqual({});
  });

  it('on the pages of a customer-service agent, in Chinese', async () => {
    const page = await newPage(browser, 'zh-Hant');
    await new LoginPage(page).signInAs('agent');
    const shell = new AppShell(page);
    await shell.switchLanguage('繁中');
    await page.getByRole('heading', { level: 1, name: /歡迎/ }).waitFor();
    const found = await audit(page, [
      '/',
      '/org-chart',
      '/people',
      `/people/${agent.id}`,
      '/goals',
      '/checkins',
      '/feedback',
      '/recognition',
      '/coaching',
      '/training',
      '/account',
    ]);
    await shell.switchLanguage('EN');
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(found).toEqual({});
    await page.context().close();
  });
});
