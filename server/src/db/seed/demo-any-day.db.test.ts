import { describe, expect, it } from 'vitest';
import { createTestApp, loginClient } from '../../../test/http.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays, lastCompleteWeeks, localDate, monthStart, previousMonthStart } from '../../lib/calendar.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';

/**
 * The demo is alive whatever day it is first started: seeded at three different "todays" (the
 * first day of a month just after midnight in Hong Kong, New Year's Day, a leap day), every persona
 * finds content on the pages that open by default.
 */
const TODAYS = [
  '2027-03-01T00:30:00+08:00', // first day of a month, 00:30 local
  '2028-01-01T09:00:00+08:00', // 1 January
  '2028-02-29T23:45:00+08:00', // the CI stress instant
];

describe.each(TODAYS)('the demo seeded at %s', (instant) => {
  it('gives every persona figures, goals, attention items, check-ins, training and awards', async () => {
    const clock = fixedClock(new Date(instant));
    const t = await createTestApp({ clock });
    try {
      await seedDemo(t.services);
      const today = localDate(clock.now(), 'Asia/Hong_Kong');
      const { from, to } = lastCompleteWeeks(today, 4);
      const period = `from=${from}&to=${to}&grain=week`;
      const as = (who: string) => loginClient(t.app, `${who}@demo.frontline.test`, DEMO_PASSWORD);
      const get = async (c: Awaited<ReturnType<typeof as>>, url: string) => {
        const res = await c.request('GET', url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        return res.json();
      };

      // The session tells the browser which day it is.
      const staff = await as('staff');
      const session = await get(staff, '/api/v1/auth/session');
      expect(session.clock.today).toBe(today);

      // My performance: frontline staff have figures in the default period.
      for (const who of ['staff', 'agent']) {
        const c = await as(who);
        const me = (await get(c, '/api/v1/auth/session')).user;
        const dash = await get(c, `/api/v1/dashboards/person/${me.personId}?${period}`);
        const withData = dash.indicators.filter((i: { figure: { sample: number } }) => i.figure.sample > 0);
        expect(withData.length, `${who} has figures`).toBeGreaterThan(0);
        // Goals: last month's closed with an outcome, this month's agreed or waiting.
        const goals = await get(c, `/api/v1/goals?personId=${me.personId}`);
        if (who === 'staff') {
          const last = goals.filter(
            (g: { periodStart: string }) => g.periodStart === previousMonthStart(today),
          );
          const now = goals.filter((g: { periodStart: string }) => g.periodStart === monthStart(today));
          expect(last.map((g: { status: string }) => g.status)).toEqual([
            expect.stringMatching(/^(achieved|missed)$/),
          ]);
          expect(now.map((g: { status: string }) => g.status)).toEqual([
            expect.stringMatching(/^(agreed|active)$/),
          ]);
        }
      }

      // Supervisors and team leaders: a team dashboard with figures, someone needing attention.
      for (const who of ['supervisor', 'lead']) {
        const c = await as(who);
        const team = await get(c, `/api/v1/dashboards/team?${period}`);
        const cells = team.rows.flatMap((r: { cells: Record<string, { sample: number }> }) =>
          Object.values(r.cells),
        );
        expect(
          cells.some((x: { sample: number }) => x.sample > 0),
          `${who}'s team has figures`,
        ).toBe(true);
        // The history ends yesterday, and the dashboard says so.
        expect(team.latestDay).toBe(addDays(today, -1));
        const attention = await get(c, '/api/v1/attention');
        expect(attention.to).toBe(to);
        if (who === 'supervisor') expect(attention.items.length, 'needs attention').toBeGreaterThan(0);
      }
      const sup = await as('supervisor');
      const due = await get(sup, '/api/v1/checkins/due');
      const statuses = due.items.map((r: { cadence: { status: string } }) => r.cadence.status);
      expect(statuses).toContain('overdue');
      expect(statuses.some((s: string) => s === 'due' || s === 'ok')).toBe(true);
      const training = await get(sup, '/api/v1/training/assignments?scope=team');
      const open = (training.items ?? training) as { dueOn: string | null; overdue: boolean }[];
      expect(open.some((a) => a.overdue)).toBe(true);
      expect(open.some((a) => !a.overdue && a.dueOn !== null && a.dueOn >= today)).toBe(true);

      // Managers, HR and admins: the organisation dashboard has figures.
      for (const who of ['manager', 'hr', 'admin']) {
        const c = await as(who);
        const org = await get(c, `/api/v1/dashboards/org?${period}`);
        expect(JSON.stringify(org)).toMatch(/"sample":[1-9]/);
      }

      // Awards for last month (the CSAT star rule evaluated on last month's figures).
      const awarded = await t.database.db
        .selectFrom('award')
        .select('id')
        .where('periodStart', '=', previousMonthStart(today))
        .execute();
      expect(awarded.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  }, 300_000);
});
