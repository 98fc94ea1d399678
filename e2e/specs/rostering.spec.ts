import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  weekStart,
  type DemandCell,
  type Duty,
  type MyRoster,
  type Person,
  type PersonSummary,
  type RosterPlan,
  type RosterProfile,
  type RosterProfileInput,
  type ShiftTemplate,
} from '@frontline/contract';
import type { Browser, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { RosterPlanPage } from '../pages/RosterPlanPage';
import { apiAs, type ApiSession } from '../support/api';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

/** A date as the app shows it ("16 Dec 2026"; "2026年12月16日"), formatted by the browser itself. */
const shown = (page: Page, date: string, lang: 'en' | 'zh-Hant' = 'en') =>
  page.evaluate(
    ([d, l]) =>
      new Date(`${d}T00:00:00Z`).toLocaleDateString(l === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }),
    [date, lang] as const,
  );

async function violations(page: Page) {
  return seriousViolations(page);
}

// A team leader sets up a site's duty and shifts, the contracts of three of their people and a week's
// demand (through the API); in the browser the optimiser fills the roster, a hand edit puts someone on a
// day they are not available and the roster says so in words; the plan is published, and that person
// sees the shift in My roster, downloads it as a calendar file and reads it in Chinese on a phone.
describe('work allocation: rosters (LOSASM501B)', () => {
  let browser: Browser;
  let api: ApiSession;
  let plan: RosterPlan;
  let duty: Duty;
  let early: ShiftTemplate;
  let late: ShiftTemplate;
  let team: Person[];
  /** The person who is unavailable on the plan's Wednesday, rostered there by hand, who then signs in. */
  let person: Person;
  let wednesday: string;
  beforeAll(async () => {
    browser = await launch();
    const dates = await appDates();
    api = await apiAs('supervisor');
    const me = api.me.personId;
    const visible = await api.call<{ items: PersonSummary[] }>('GET', '/api/v1/people?limit=500');
    const self = visible.items.find((p) => p.id === me);
    if (!self) throw new Error('the supervisor has no person record');
    const reports = visible.items.filter((p) => p.managerId === me && p.status === 'active');
    team = await Promise.all(reports.map((r) => api.call<Person>('GET', `/api/v1/people/${r.id}`)));
    // the demo's staff@ login first: it signs in later
    team = team
      .filter((p) => p.email)
      .sort((a, b) => Number(b.email?.startsWith('staff@')) - Number(a.email?.startsWith('staff@')))
      .slice(0, 3);
    if (team.length < 3) throw new Error('the supervisor has fewer than three reports with an e-mail');
    person = team[0]!;

    const unitId = self.orgUnitId;
    const tag = Date.now().toString(36).slice(-4).toUpperCase();
    duty = await api.call<Duty>('POST', '/api/v1/duties', {
      unitId,
      code: `FL${tag}`,
      nameEn: 'Sales floor',
      nameZh: '銷售樓面',
      minLevel: 1,
      standard: 'Customers greeted within 30 seconds; floor section stocked and tidy.',
      outputs: 'Floor section kept stocked and tidy each shift',
      indicatorIds: [],
    });
    const shift = (code: string, nameEn: string, nameZh: string, start: number, end: number) =>
      api.call<ShiftTemplate>('POST', '/api/v1/shift-templates', {
        unitId,
        code: `${code}${tag}`,
        nameEn,
        nameZh,
        startMinute: start,
        endMinute: end,
        breakMinutes: 60,
      });
    early = await shift('E', 'Early', '早更', 7 * 60, 15 * 60);
    late = await shift('L', 'Late', '晚更', 13 * 60, 21 * 60);

    // the plan's week: the Monday after the app's today
    const startsOn = addDays(weekStart(dates.today), 7);
    wednesday = addDays(startsOn, 2);
    for (const p of team) {
      const profile: RosterProfileInput = {
        minWeekHours: 14,
        maxWeekHours: 44,
        maxConsecutiveDays: 5,
        minRestHours: 11,
        hourlyCost: 70,
        overtimePremium: 1.5,
        skills: [{ dutyId: duty.id, level: 2 }],
        unavailableDates: p.id === person.id ? [wednesday] : [],
        preferences: [],
      };
      const saved = await api.call<RosterProfile>('PUT', `/api/v1/roster-profiles/${p.id}`, profile);
      expect(saved.saved).toBe(true);
    }
    const created = await api.call<RosterPlan>('POST', '/api/v1/roster-plans', {
      unitId,
      name: `Mong Kok floor ${tag}`,
      startsOn,
      weeks: 1,
      personIds: team.map((p) => p.id),
    });
    const cells: DemandCell[] = [];
    for (let day = 0; day < 7; day++) {
      for (const s of [early, late]) {
        cells.push({ day, shiftTemplateId: s.id, dutyId: duty.id, headcount: 1 });
      }
    }
    plan = await api.call<RosterPlan>('PUT', `/api/v1/roster-plans/${created.id}/demand`, {
      version: created.version,
      cells,
    });
    expect(plan.people.map((p) => p.personId).sort()).toEqual(team.map((p) => p.id).sort());
  });
  afterAll(() => browser.close());

  it('is optimised, edited by hand with the broken rule in words, published and read in My roster', async () => {
    // 1. the leader opens the plan from the list of roster plans
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    await new AppShell(sup).open('Rosters');
    await sup.getByRole('link', { name: plan.name }).click();
    const view = new RosterPlanPage(sup);
    await sup.getByRole('heading', { level: 1, name: plan.name }).waitFor();
    await view.summary.getByText('Draft', { exact: true }).waitFor();
    const dayShown = await shown(sup, wednesday);
    const personCell = view.cell(person.nameEn, dayShown);
    expect(await personCell.inputValue()).toBe('');

    // 2. the optimiser fills the roster: every shift has its person, nobody on a day they are unavailable
    const outcome = await view.runOptimiser(20);
    expect(outcome).toMatch(/^Done: /);
    await view.coverage.getByText('Every shift has the people it needs.').waitFor();
    const filled = await view.roster
      .getByRole('combobox')
      .evaluateAll((els) => els.filter((e) => (e as HTMLSelectElement).value !== '').length);
    expect(filled).toBe(14);
    expect(await personCell.inputValue()).toBe('');
    expect(await view.warnings.count()).toBe(0);
    const solved = await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`);
    expect(solved.solve.state).toBe('done');
    expect(solved.warnings).toEqual([]);
    expect(await violations(sup)).toEqual([]);
    await shot(sup, 'roster-plan-optimised');

    // 3. a hand edit puts the person on their unavailable day; the roster says which rule breaks
    await personCell.selectOption({ label: `${early.code} ${duty.code} · Early Sales floor` });
    await view.warnings.getByText(`${person.nameEn} is not available on ${dayShown}.`).waitFor();
    await view.warnings.getByText(/^Rules this roster breaks \(\d+\)$/).waitFor();
    expect(await personCell.inputValue()).toBe(`${early.id}|${duty.id}`);
    expect(await violations(sup)).toEqual([]);
    await shot(sup, 'roster-plan-warning');

    // 4. publish
    await view.publish();
    await view.summary.getByText('Published', { exact: true }).first().waitFor();
    const published = await api.call<RosterPlan>('GET', `/api/v1/roster-plans/${plan.id}`);
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    await sup.context().close();

    // 5. the person sees the shift in My roster and downloads the calendar file
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs(person.email ?? '');
    await new AppShell(staff).open('My roster');
    const weekday = await staff.evaluate(
      (d) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }),
      wednesday,
    );
    const row = staff.getByRole('row', { name: new RegExp(`^${weekday} ${dayShown}`) });
    await row.getByText('Early · Sales floor').waitFor();
    expect(await staff.getByTestId('my-roster-empty').count()).toBe(0);
    const ics = staff.getByRole('link', { name: 'Download calendar (.ics)' });
    const href = await ics.getAttribute('href');
    expect(href).toBeTruthy();
    const file = await staff.request.get(new URL(href ?? '', baseUrl()).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await file.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('Sales floor');
    // the hand-edited shift, at the instant My roster's API gives for it
    const mine = await (await apiAs(person.email ?? '')).call<MyRoster>('GET', '/api/v1/my-roster');
    const shift = mine.shifts.find((s) => s.date === wednesday);
    expect(shift?.shiftNameEn).toBe('Early');
    const icsTime = (iso: string) => `${iso.replace(/[-:]/g, '').slice(0, 15)}Z`;
    expect(text).toContain(`SUMMARY:Early: Sales floor\r\nDTSTAMP:`);
    expect(text).toContain(
      `DTSTART:${icsTime(shift?.startsAt ?? '')}\r\nDTEND:${icsTime(shift?.endsAt ?? '')}`,
    );
    expect(await violations(staff)).toEqual([]);
    await shot(staff, 'my-roster');
    await staff.context().close();

    // 6. the same in Chinese at phone width: no sideways scrolling, axe clean
    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs(person.email ?? '');
    await new AppShell(zh).switchLanguage('繁中');
    await new AppShell(zh).go('/my-roster');
    await zh.getByRole('heading', { level: 1, name: '我的更表' }).waitFor();
    await zh.getByRole('link', { name: '下載日曆（.ics）' }).waitFor();
    await zh.getByText('早更 · 銷售樓面').first().waitFor();
    expect(await zh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(zh)).toEqual([]);
    await shot(zh, 'my-roster-zh-phone');
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();
  }, 240_000);
});
