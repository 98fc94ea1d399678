import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionList, ImprovementPlan, Person } from '@frontline/contract';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { AttentionPage } from '../pages/AttentionPage';
import { ImprovementPlanPage } from '../pages/ImprovementPlanPage';
import { LoginPage } from '../pages/LoginPage';
import { apiAs } from '../support/api';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

// A team leader starts a plan from "Needs attention"; the person acknowledges it; one review is recorded
// with its figures; the leader proposes the outcome and HR signs it off; HR reads it in Chinese on a phone.
describe('performance improvement plans (issue #13 item 4)', () => {
  let browser: Browser;
  let person: Person;
  let indicator: AttentionList['items'][number]['indicator'];
  let dates: Awaited<ReturnType<typeof appDates>>;
  beforeAll(async () => {
    browser = await launch();
    dates = await appDates();
    const sup = await apiAs('supervisor');
    const { from, to } = dates.recent;
    const queue = await sup.call<AttentionList>('GET', `/api/v1/attention?from=${from}&to=${to}`);
    // the last entry the supervisor may start a plan for (other specs take the first)
    const entry = [...queue.items].reverse().find((i) => i.abilities.startImprovementPlan);
    if (!entry) throw new Error('nobody in the supervisor’s "Needs attention" queue');
    person = await sup.call<Person>('GET', `/api/v1/people/${entry.person.id}`);
    indicator = entry.indicator;
    if (!person.email) throw new Error(`${person.nameEn} has no e-mail to sign in with`);
  });
  afterAll(() => browser.close());

  it('is started from Needs attention, acknowledged, reviewed once and closed with HR’s sign-off', async () => {
    const { from, to } = dates.recent;
    // 1. the team leader starts the plan from the queue entry, prefilled
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    const attention = await new AttentionPage(sup).goto(from, to);
    await sup
      .getByRole('link', { name: `Start an improvement plan for ${person.nameEn} on ${indicator.nameEn}` })
      .first()
      .click();
    await sup.getByRole('heading', { level: 1, name: 'Start an improvement plan' }).waitFor();
    await expect
      .poll(() => sup.getByRole('textbox', { name: 'Staff member' }).inputValue())
      .toBe(person.nameEn);
    expect(await sup.getByRole('textbox', { name: /^Target/ }).inputValue()).not.toBe('');
    expect(await seriousViolations(sup)).toEqual([]);
    const plan = new ImprovementPlanPage(sup);
    await plan.start({
      reason: `${indicator.nameEn} has been below the standard for four weeks, and coaching has not closed the gap.`,
      startsOn: from,
      expected: `${indicator.nameEn} back at the standard`,
      personName: person.nameEn,
    });
    await plan.summary.getByText('Awaiting acknowledgement').first().waitFor();
    await plan.summary.getByText('Needs attention').waitFor();
    const planUrl = sup.url();
    const planId = planUrl.split('/').pop()!;
    // the review dates are on the person's calendar as check-ins
    const api = await apiAs('supervisor');
    const saved = await api.call<ImprovementPlan>('GET', `/api/v1/improvement-plans/${planId}`);
    expect(saved.checkpoints.length).toBe(2);
    expect(saved.checkpoints.every((c) => c.checkinId !== null)).toBe(true);
    void attention;

    // 2. the person acknowledges it (from the menu: Improvement plans → the plan)
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs(person.email ?? '');
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Improvement plans' })
      .click();
    await staff.getByRole('heading', { level: 1, name: 'Improvement plans' }).waitFor();
    const mine = staff.getByRole('link', { name: `Improvement plan: ${person.nameEn}` }).first();
    await mine.waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await mine.click();
    await staff.getByRole('button', { name: 'I acknowledge this plan' }).click();
    await new ImprovementPlanPage(staff).summary.getByText(/^Acknowledged on/).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'improvement-plan-acknowledged');
    await staff.context().close();

    // 3. the leader records one review: the figure since the start with n and its 95% interval
    await sup.goto(planUrl);
    await plan.summary.getByText('Active', { exact: true }).waitFor();
    await plan.recordFirstReview('Calls observed on the floor; the closing routine is in place.');
    await plan.reviews.getByText(/^Reviewed by/).waitFor();
    await plan.reviews.getByText(/\(n [\d,]+, 95% interval .*\)|No figures yet since the start/).waitFor();
    expect(await seriousViolations(sup)).toEqual([]);
    await shot(sup, 'improvement-plan-reviewed');

    // 4. the leader proposes the outcome; only HR signs it off
    await plan.proposeOutcome('Completed', 'The indicator is back near the standard and the routine holds.');
    await plan.summary.getByText('Awaiting HR sign-off').first().waitFor();
    expect(await sup.getByRole('button', { name: 'Sign off the outcome' }).count()).toBe(0);
    await sup.context().close();

    const hr = await newPage(browser);
    await new LoginPage(hr).signInAs('hr');
    await hr.goto(planUrl);
    const hrPlan = new ImprovementPlanPage(hr);
    await hrPlan.signOff('Agreed with the team leader.');
    await hrPlan.summary.getByText('Completed', { exact: true }).first().waitFor();
    await hrPlan.summary.getByText(/^Signed off by/).waitFor();
    await shot(hr, 'improvement-plan-signed-off');
    // the person's page lists the plan (for those who may see it)
    await hr.goto(`${baseUrl()}/people/${person.id}`);
    await hr
      .getByRole('region', { name: 'Improvement plans' })
      .getByRole('link', { name: `Improvement plan: ${person.nameEn}` })
      .first()
      .waitFor();
    await hr.goto(planUrl);
    await hrPlan.summary.getByText(/^Signed off by/).waitFor();

    // 5. the same page in Chinese at phone width: readable, no sideways scrolling, axe clean
    await new AppShell(hr).switchLanguage('繁中');
    await hr.setViewportSize({ width: 390, height: 844 });
    await hr.getByRole('heading', { level: 1, name: /^改善計劃：/ }).waitFor();
    await hr.getByText('已完成', { exact: true }).first().waitFor();
    await hr.getByText('只有當事人、其匯報線上的主管及人力資源部可查看此計劃。').waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    const overflow = await hr.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await shot(hr, 'improvement-plan-zh-phone');
    await new AppShell(hr).switchLanguage('EN');
    await hr.context().close();
  }, 180_000);
});
