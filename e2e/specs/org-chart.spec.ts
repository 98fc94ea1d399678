import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Person, PersonSummary } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { OrgChartPage } from '../pages/OrgChartPage';
import { PersonPage } from '../pages/PersonPage';
import { launch, newPage, shot } from '../support/browser';
import { personOf, visiblePeople } from '../support/api';

describe('org chart', () => {
  let browser: Browser;
  let supervisor: Person;
  let visible: PersonSummary[];
  beforeAll(async () => {
    browser = await launch();
    supervisor = await personOf('supervisor');
    visible = await visiblePeople('supervisor');
  });
  afterAll(() => browser.close());

  it('shows a supervisor their team, and opens a person from it', async () => {
    const team = supervisor.directReports.map((p) => p.nameEn);
    expect(team.length).toBeGreaterThan(2);
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('supervisor');
    await new AppShell(page).open('Org chart');
    const chart = new OrgChartPage(page);
    await chart.byUnit.getByText(supervisor.orgUnitName, { exact: true }).waitFor();

    // the units tree lists exactly the people the supervisor may see, each once
    const inUnits = await chart.names(chart.byUnit);
    expect([...inUnits].sort()).toEqual(visible.map((p) => p.nameEn).sort());
    expect(inUnits).toEqual(expect.arrayContaining(team));
    // in the reporting lines, the team sits under the supervisor
    const lines = await chart.names(chart.reportingLines);
    expect(lines[0]).toBe(supervisor.nameEn);
    expect(lines).toEqual(expect.arrayContaining(team));
    await shot(page, 'org-chart-en');

    // the trees work from the keyboard: the disclosure button folds a branch
    const toggle = chart.toggle(chart.reportingLines, supervisor.nameEn);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await chart.names(chart.reportingLines)).toEqual([supervisor.nameEn]);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    const someone = supervisor.directReports[0]!;
    await chart.byUnit.getByRole('link', { name: someone.nameEn, exact: true }).click();
    const person = new PersonPage(page);
    await page.getByRole('heading', { level: 1, name: someone.nameEn }).waitFor();
    await person.details.getByText(someone.employeeNumber, { exact: true }).waitFor();
    await person.managerLink(supervisor.nameEn).waitFor();
    await shot(page, 'person-en');
    // and back up the reporting line
    await person.managerLink(supervisor.nameEn).click();
    await page.getByRole('heading', { level: 1, name: supervisor.nameEn }).waitFor();
    await person.directReports.getByRole('link', { name: someone.nameEn, exact: true }).waitFor();
    await page.context().close();
  });
});
