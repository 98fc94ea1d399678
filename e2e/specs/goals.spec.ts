import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, shot } from '../support/browser';
import { LoginPage } from '../pages/LoginPage';
import { appDates } from '../support/clock';

async function openNotification(page: Page, text: RegExp) {
  await page.getByRole('button', { name: /Notifications:? [1-9]/ }).click();
  await page.getByRole('menuitem', { name: text }).click();
}

describe('goals agreed from both sides', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the supervisor drafts a SMART goal, proposes it; the staff member sees the notification and agrees', async () => {
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    await sup
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Team goals' })
      .click();
    await sup.getByRole('heading', { level: 1, name: 'Team goals' }).waitFor();
    await sup.getByRole('combobox', { name: 'New goal for' }).click();
    await sup.getByRole('option', { name: 'Cherry Lau' }).click();
    await sup.getByRole('button', { name: 'New goal' }).click();
    await sup.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    await sup.getByLabel(/^Goal/).fill('Upsell one accessory to every customer');
    await sup
      .getByLabel(/^Description/)
      .fill('Offer a matching accessory with every phone or tablet sold, and log it at the till.');
    await sup.getByRole('combobox', { name: /^Indicator/ }).click();
    await sup.getByRole('option', { name: 'Customer satisfaction (CSAT)' }).click();
    await sup.getByLabel(/^Target/).fill('99');
    // next month: a period that has not begun, so the agreed goal reads "Agreed", not "Active"
    const { nextMonth } = await appDates();
    await sup.getByLabel(/^Period start/).fill(nextMonth.from);
    await sup.getByLabel(/^Period end/).fill(nextMonth.to);
    // the SMART check flags the target as beyond what the team achieved
    const smart = sup.getByRole('list', { name: 'SMART check' });
    await smart.getByText(/more than the top tenth of the team achieved/).waitFor();
    await shot(sup, 'goal-form-smart');
    await sup.getByLabel(/^Target/).fill('90');
    await sup.getByRole('button', { name: 'Save' }).click();
    await sup.getByRole('heading', { level: 1, name: 'Upsell one accessory to every customer' }).waitFor();
    await sup.getByRole('button', { name: 'Propose for agreement' }).click();
    await sup.getByText('Proposed', { exact: true }).waitFor();
    const goalUrl = sup.url();

    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs('cherry.lau@demo.frontline.test');
    await openNotification(staff, /A goal awaits your agreement: Upsell one accessory/);
    await staff.getByText('This goal is waiting for your agreement.').waitFor();
    await shot(staff, 'goal-awaiting-staff');
    await staff.getByRole('button', { name: 'Accept this goal' }).click();
    await staff.getByText('Agreed', { exact: true }).waitFor();
    expect(staff.url()).toBe(goalUrl);

    // the supervisor sees both acceptances recorded
    await sup.reload();
    await sup.getByText('Agreed', { exact: true }).waitFor();
    expect(await sup.getByText(/Staff member agreed: —/).count()).toBe(0);
    expect(await sup.getByText(/Supervisor agreed: —/).count()).toBe(0);
    await sup.getByRole('table').getByText('1', { exact: true }).waitFor(); // agreed version 1 kept
    await shot(sup, 'goal-agreed');
    await sup.context().close();
    await staff.context().close();
  });

  it('the staff member proposes their own goal and the supervisor agrees', async () => {
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs('staff');
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'My goals' })
      .click();
    await staff.getByRole('link', { name: 'Propose a goal' }).click();
    await staff.getByText('Qualitative', { exact: true }).click();
    await staff.getByLabel(/^Goal/).fill('Learn the new returns policy');
    await staff
      .getByLabel(/^Description/)
      .fill('Finish the returns course and explain the new rules to two new colleagues.');
    await staff
      .getByLabel(/^Success criteria/)
      .fill('Course passed with at least 80% and two colleagues briefed by the end of December.');
    await staff.getByRole('combobox', { name: 'Business policy or standard' }).click();
    await staff.getByRole('option', { name: 'Returns and exchanges policy' }).click();
    const { nextMonth } = await appDates();
    await staff.getByLabel(/^Period start/).fill(nextMonth.from);
    await staff.getByLabel(/^Period end/).fill(nextMonth.to);
    await staff
      .getByRole('list', { name: 'SMART check' })
      .getByText('linked to a business policy or standard')
      .waitFor();
    await staff.getByRole('button', { name: 'Save' }).click();
    await staff.getByRole('button', { name: 'Propose for agreement' }).click();
    await staff.getByText('Proposed', { exact: true }).waitFor();
    await staff.context().close();

    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    await openNotification(sup, /A goal awaits your agreement: Learn the new returns policy/);
    await sup.getByRole('button', { name: 'Accept this goal' }).click();
    await sup.getByText('Agreed', { exact: true }).waitFor();
    await sup.context().close();
  });
});
