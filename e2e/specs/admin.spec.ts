import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROSTER_COLUMNS, type JobRole, type OrgUnit, type Person } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { PeoplePage } from '../pages/PeoplePage';
import { PersonPage } from '../pages/PersonPage';
import { RosterImportPage } from '../pages/RosterImportPage';
import { launch, newPage, shot } from '../support/browser';
import { apiAs, personOf } from '../support/api';

describe('roster import', () => {
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-roster-'));
  let bad: string;
  let good: string;
  let supervisor: Person;
  beforeAll(async () => {
    browser = await launch();
    // Real codes from the demo organisation: the supervisor's unit, role and employee number.
    supervisor = await personOf('supervisor');
    const staff = await personOf('staff');
    const hr = await apiAs('hr');
    const units = await hr.call<OrgUnit[]>('GET', '/api/v1/org-units');
    const roles = await hr.call<JobRole[]>('GET', '/api/v1/job-roles');
    const unit = units.find((u) => u.id === staff.orgUnitId)!.code;
    const role = roles.find((r) => r.id === staff.jobRoleId)!.code;
    const row = (n: string, given: string, family: string, zh: string, hire: string) =>
      [
        n,
        given,
        family,
        zh,
        `${given.replace(' ', '').toLowerCase()}.${family.toLowerCase()}@example.com`,
        unit,
        supervisor.employeeNumber,
        role,
        'part_time',
        hire,
        'active',
      ].join(',');
    const header = ROSTER_COLUMNS.join(',');
    bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      `${header}\n${row('E9101', 'Mei Ling', 'Ho', '何美玲', '2026-11-01')}\n${row('E9102', 'Chi Keung', 'Yu', '余志強', '2026-31-01')}\n`,
    );
    good = path.join(dir, 'good.csv');
    fs.writeFileSync(
      good,
      `${header}\n${row('E9101', 'Mei Ling', 'Ho', '何美玲', '2026-11-01')}\n${row('E9102', 'Chi Keung', 'Yu', '余志強', '2026-11-02')}\n`,
    );
  });
  afterAll(async () => {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hr@ sees the row and column of a bad row, nothing is imported, then the corrected file imports', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('hr');
    const shell = new AppShell(page);
    await shell.open('Roster import');
    const roster = new RosterImportPage(page);
    expect(await roster.import.isDisabled()).toBe(true);

    await roster.choose(bad);
    await roster.check.click();
    await roster.issues.waitFor();
    await page.getByRole('alert').getByText('The file has problems; nothing was imported.').waitFor();
    const issues = await roster.issueRows();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.slice(0, 2)).toEqual(['2', 'hire_date']);
    expect(await roster.import.isDisabled()).toBe(true);
    await shot(page, 'roster-import-error');

    await roster.choose(good);
    expect(await roster.issues.count()).toBe(0);
    await roster.check.click();
    await roster.checked.waitFor();
    expect(await roster.checked.textContent()).toContain('2 rows: 2 new, 0 changed, 0 unchanged.');
    // a dry run writes nothing
    const hr = await apiAs('hr');
    const before = await hr.call<{ total: number }>('GET', '/api/v1/people?q=Mei%20Ling');
    expect(before.total).toBe(0);

    await roster.import.click();
    await roster.done.waitFor();
    expect(await roster.done.textContent()).toContain('2 rows: 2 new, 0 changed, 0 unchanged.');
    await shot(page, 'roster-import-done');

    await page.getByRole('link', { name: 'See the people' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const people = new PeoplePage(page);
    await people.find('Mei Ling');
    await people.personLink('Mei Ling Ho').waitFor();
    await shot(page, 'people-en');
    await people.personLink('Mei Ling Ho').click();
    const person = new PersonPage(page);
    await page.getByRole('heading', { level: 1, name: 'Mei Ling Ho' }).waitFor();
    await person.managerLink(supervisor.nameEn).waitFor();
    await person.details.getByText('Part time', { exact: true }).waitFor();
    await page.context().close();
  });
});
