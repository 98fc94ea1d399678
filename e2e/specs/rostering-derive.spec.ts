import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekStart, type DemandDerivation, type Duty, type RosterPlan } from '@frontline/contract';
import type { Browser, Page } from 'playwright-core';
import { ImportWizardPage } from '../pages/ImportWizardPage';
import { LoginPage } from '../pages/LoginPage';
import { RosterPlanPage } from '../pages/RosterPlanPage';
import { apiAs, type ApiSession } from '../support/api';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

/** Contacts and handle time in the imported file: one agent's day. */
const CONTACTS = 40;
const AHT_SECONDS = 300;

// The demo's logistics team leader (the Kowloon contact centre's voice team) imports an Amazon
// Connect agent report in the browser and derives the phone queue's demand from the imported volume
// with Erlang C, in the plan's page; the file's contacts move the derived volume and handle time by
// what a hand calculation says. The optimiser then fills the roster and coverage is shown per slot.
describe('work allocation: demand derived from an imported volume (LOSASM501B)', () => {
  let browser: Browser;
  let api: ApiSession;
  let plan: RosterPlan;
  let phone: Duty;
  let csv: string;
  let importId: string | null = null;
  beforeAll(async () => {
    browser = await launch();
    const dates = await appDates();
    api = await apiAs('lead');
    const duties = await api.call<Duty[]>('GET', '/api/v1/duties');
    const found = duties.find((d) => d.code === 'PHONE');
    if (!found) throw new Error('the demo has no PHONE duty for the team leader');
    phone = found;
    const tag = Date.now().toString(36).slice(-4).toUpperCase();
    // Two weeks on, so the eight weeks of history before it end last week (all in the past).
    const startsOn = addDays(weekStart(dates.today), 14);
    plan = await api.call<RosterPlan>('POST', '/api/v1/roster-plans', {
      unitId: phone.unitId,
      name: `Voice team from volume ${tag}`,
      startsOn,
      weeks: 1,
    });
    // Last week's Tuesday, 40 contacts handled in 5 minutes on average by agent@.
    const tuesday = addDays(weekStart(dates.today), -6);
    csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'connect-')), 'connect-agents.csv');
    fs.writeFileSync(
      csv,
      [
        'StartInterval,EndInterval,Agent,Routing Profile,Average handle time,Contacts handled,Contacts missed',
        `${tuesday} 00:00,${addDays(tuesday, 1)} 00:00,agent@demo.frontline.test,Voice,00:05:00,${CONTACTS},0`,
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    if (importId) await api.call('POST', `/api/v1/imports/${importId}/undo`).catch(() => undefined);
    fs.rmSync(path.dirname(csv), { recursive: true, force: true });
    await browser.close();
  });

  /** Fills in the derive form (Erlang C, 80 % in 20 s, 08:00–20:00 in hourly slots) and runs it. */
  async function derive(page: Page): Promise<DemandDerivation> {
    const view = await new RosterPlanPage(page).goto(plan.id, plan.name);
    const form = view.demand.getByRole('form', { name: 'Derive from imported volume' });
    await form.getByRole('combobox', { name: 'Duty', exact: true }).click();
    await page.getByRole('option', { name: /^PHONE · / }).click();
    await form.getByRole('combobox', { name: 'Indicator with the volume' }).click();
    await page.getByRole('option', { name: /^AHT · / }).click();
    await form.getByRole('combobox', { name: 'Time slot' }).click();
    await page.getByRole('option', { name: '60 min' }).click();
    await form.getByLabel('Opens at').fill('08:00');
    await form.getByLabel('Closes at').fill('20:00');
    const before = (await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`)).version;
    await form.getByRole('button', { name: 'Derive demand' }).click();
    await view.demand
      .getByTestId('derivation')
      .getByText(/^Last derived for Phone queue/)
      .waitFor();
    const after = await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`);
    expect(after.version).toBe(before + 1);
    plan = after;
    if (!after.lastDerivation) throw new Error('no derivation kept');
    return after.lastDerivation;
  }

  it('imports a contact-centre file and derives the queue’s demand from it, then optimises', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('lead');
    const d0 = await derive(page);
    expect(d0.method).toBe('erlang_c');
    expect(d0.slotMinutes).toBe(60);

    // the agent report, through the import wizard
    const wizard = new ImportWizardPage(page);
    await wizard.openNew();
    await wizard.choose(csv);
    await wizard.upload.click();
    await wizard.settings.waitFor();
    importId = page.url().split('/').pop() ?? null;
    expect(await wizard.source.inputValue()).toMatch(/Amazon Connect/);
    await wizard.setTimeZone('Asia/Hong_Kong');
    await wizard.validate.click();
    await wizard.review.waitFor({ timeout: 30_000 });
    expect(await wizard.count(wizard.review, 'Records read')).toBe(1);
    expect(await wizard.count(wizard.review, 'Not matched')).toBe(0);
    await wizard.commit.click();
    await wizard.committed.waitFor({ timeout: 30_000 });

    // derived again: Tuesday's average volume grows by the file's contacts over the eight weeks, the
    // other weekdays stay, and the handle time is the ratio of sums with the file's seconds added
    const d1 = await derive(page);
    const weeks = 8;
    d1.volumeByWeekday.forEach((v, i) =>
      expect(v).toBeCloseTo(d0.volumeByWeekday[i]! + (i === 1 ? CONTACTS / weeks : 0), 1),
    );
    const contacts0 = d0.volumeByWeekday.reduce((s, v) => s + v, 0) * weeks;
    const seconds0 = (d0.ahtSeconds ?? 0) * contacts0;
    const aht1 = (seconds0 + CONTACTS * AHT_SECONDS) / (contacts0 + CONTACTS);
    expect(Math.abs((d1.ahtSeconds ?? 0) - aht1)).toBeLessThan(0.05);
    // the page shows the new volumes, and the people needed per slot come from Erlang C on them
    const view = new RosterPlanPage(page);
    const tuesdayVolume = await page.evaluate(
      (v) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(v),
      d1.volumeByWeekday[1]!,
    );
    await view.demand.getByText(new RegExp(`Tue ${tuesdayVolume}(\\D|$)`)).waitFor();
    expect(plan.demand.filter((c) => c.dutyId === phone.id).length).toBeGreaterThan(0);
    expect(plan.slotCoverage.filter((c) => c.dutyId === phone.id)).toHaveLength(7 * 12);
    const peak = Math.max(...d1.slots.map((s) => s.need));
    expect(plan.slotCoverage.some((c) => c.need === peak)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'roster-derived-from-import');

    // the optimiser fills the roster; coverage per slot says how the day is covered
    const outcome = await view.runOptimiser(20);
    expect(outcome).toMatch(/^Done: /);
    const solved = await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`);
    expect(solved.assignments.length).toBeGreaterThan(0);
    expect(solved.slotCoverage.some((c) => c.onDuty > 0)).toBe(true);
    await view.coverage
      .getByTestId('slot-coverage-summary')
      .getByText(/^Phone queue: /)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('an agent asks for leave in My roster; the leader approves it, and the plan keeps the day free', async () => {
    const day = addDays(plan.startsOn, 3); // the plan's Thursday
    const agent = await newPage(browser);
    await new LoginPage(agent).signInAs('agent');
    await agent.goto(`${baseUrl()}/my-roster`);
    const mine = agent.getByRole('heading', { level: 2, name: 'My leave' });
    await mine.waitFor();
    await agent.getByRole('textbox', { name: 'First day' }).fill(day);
    await agent.getByRole('textbox', { name: 'Last day' }).fill(day);
    await agent.getByRole('textbox', { name: 'Note (optional)' }).fill('Moving house');
    await agent.getByRole('button', { name: 'Ask for leave' }).click();
    await agent.getByText('Sent to your leader.').waitFor();
    const row = agent.getByTestId('leave-table').getByRole('row').filter({ hasText: 'Moving house' });
    await row.getByText('Waiting for a decision').waitFor();

    const lead = await newPage(browser);
    await new LoginPage(lead).signInAs('lead');
    await lead.goto(`${baseUrl()}/rosters`);
    const request = lead.getByTestId('leave-table').getByRole('row').filter({ hasText: 'Moving house' });
    await request.getByRole('button', { name: 'Approve' }).click();
    await request.getByText('Approved', { exact: true }).waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await lead.context().close();

    await agent.reload();
    await row.getByText('Approved', { exact: true }).waitFor();
    const agentId = (await apiAs('agent')).me.personId;
    const after = await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`);
    const person = after.people.find((p) => p.personId === agentId);
    expect(person?.unavailableDays).toContain(3);
    expect(person?.keptTime.map((k) => `${k.kind} ${k.date}`)).toContain(`leave ${day}`);
    // the optimised roster had the agent on that day, perhaps: now it says so in words, or is free
    const shifted = after.assignments.some((a) => a.personId === agentId && a.day === 3);
    expect(after.warnings.some((w) => w.personId === agentId && w.day === 3)).toBe(shifted);
    await agent.context().close();
  }, 120_000);
});
