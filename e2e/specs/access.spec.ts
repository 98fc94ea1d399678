import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Person } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { PeoplePage } from '../pages/PeoplePage';
import { launch, newPage } from '../support/browser';
import { personOf, visiblePeople } from '../support/api';

describe('access in the browser', () => {
  let browser: Browser;
  let agent: Person;
  beforeAll(async () => {
    browser = await launch();
    agent = await personOf('agent');
  });
  afterAll(() => browser.close());

  it('a supervisor opening another team’s person by URL sees Not found, and the list does not have them', async () => {
    // the premise: agent@ is outside the supervisor's reporting line
    expect((await visiblePeople('supervisor')).map((p) => p.id)).not.toContain(agent.id);
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('supervisor');
    const shell = new AppShell(page);
    await shell.go(`/people/${agent.id}`);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await page.getByText(agent.nameEn).count()).toBe(0);

    // a made-up address is simply not found too
    await shell.go('/people/not-a-person');
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();

    await shell.open('People');
    const people = new PeoplePage(page);
    await people.table.waitFor();
    expect(await people.personLink(agent.nameEn).count()).toBe(0);
    await people.find(agent.nameEn);
    await people.nobody.waitFor();
    await page.context().close();
  });

  it('the team leader of that person can open them (the page itself works)', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('lead');
    await new AppShell(page).go(`/people/${agent.id}`);
    await page.getByRole('heading', { level: 1, name: agent.nameEn }).waitFor();
    await page.context().close();
  });

  it('staff see no administration, and an admin page tells them they have no access', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('staff');
    const shell = new AppShell(page);
    await shell.navLink('Home').waitFor();
    expect(await shell.adminGroup.count()).toBe(0);
    expect(await page.getByText('Administration').count()).toBe(0);
    for (const label of ['Org units', 'Users', 'Audit log', 'Roster import']) {
      expect(await shell.navLink(label).count(), label).toBe(0);
    }
    await shell.go('/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
    await page.getByRole('alert').getByText('You do not have permission to do this.').waitFor();
    await page.context().close();

    const hr = await newPage(browser);
    await new LoginPage(hr).signInAs('hr');
    const hrShell = new AppShell(hr);
    await hrShell.adminGroup.waitFor();
    for (const label of ['Org units', 'Job roles', 'Roster import', 'Users', 'Audit log']) {
      expect(await hrShell.adminGroup.getByRole('link', { name: label, exact: true }).count(), label).toBe(1);
    }
    await hr.context().close();
  });
});
