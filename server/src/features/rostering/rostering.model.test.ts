import { describe, expect, it } from 'vitest';
import {
  OUTCOME_UNIT,
  UNDER_WEIGHT,
  assignTasks,
  coverage,
  slotCoverage,
  outcomeStanding,
  personFigures,
  toSolverModel,
  unpopularShifts,
  derivedSkills,
  effectiveSkills,
  FAIR_HOURS_UNIT,
  warningParams,
  type PlanInput,
  type PlanPerson,
} from './rostering.model.js';
import { OFF } from './solver/model.js';
import { evaluateRoster } from './solver/rules.js';
import { solveHeuristic } from './solver/heuristic.js';
import { solveMip } from './solver/mip.js';

const person = (personId: string, over: Partial<PlanPerson> = {}): PlanPerson => ({
  personId,
  personName: personId,
  minWeekHours: 0,
  maxWeekHours: 40,
  maxConsecutiveDays: 5,
  minRestHours: 11,
  hourlyCost: 60,
  overtimePremium: 1.5,
  skills: [{ dutyId: 'phone', level: 2 }],
  unavailableDays: [],
  preferences: [],
  ...over,
});
const plan = (people: PlanPerson[]): PlanInput => ({
  days: 7,
  duties: [
    { id: 'phone', minLevel: 1 },
    { id: 'claims', minLevel: 2 },
  ],
  shifts: [
    { id: 'early', startMinute: 420, endMinute: 900, breakMinutes: 60 },
    { id: 'late', startMinute: 780, endMinute: 1260, breakMinutes: 60 },
  ],
  people,
  demand: [{ day: 0, shiftTemplateId: 'early', dutyId: 'phone', headcount: 2 }],
});

describe('the plan as the solver’s model', () => {
  it('asks for fairness, with unpopular shifts by their hours or by how many people avoid them', () => {
    const p = plan([person('a'), person('b'), person('c')]);
    // 07:00–15:00 and 13:00–21:00 are social hours, and nobody avoids them.
    expect(unpopularShifts(p)).toEqual([]);
    expect(toSolverModel(p).fairness).toMatchObject({ hoursWeight: FAIR_HOURS_UNIT, unpopularShiftIds: [] });
    // A late shift to 22:00 is unsocial, on every duty.
    const late = { ...p, shifts: [p.shifts[0]!, { ...p.shifts[1]!, endMinute: 1320 }] };
    expect(toSolverModel(late).fairness!.unpopularShiftIds).toEqual(['late:phone', 'late:claims']);
    // One of three people avoiding the early shift on some weekday makes it unpopular; one of four does not.
    const avoid = { weekday: 2, shiftTemplateId: 'early', kind: 'avoid' as const, weight: 3 };
    expect(
      unpopularShifts({ ...p, people: [person('a', { preferences: [avoid] }), person('b'), person('c')] }),
    ).toEqual(['early']);
    expect(
      unpopularShifts({
        ...p,
        people: [person('a', { preferences: [avoid] }), person('b'), person('c'), person('d')],
      }),
    ).toEqual([]);
  });

  it('makes a shift type per shift × duty, and no early after a late (10 h of rest against 11)', () => {
    const m = toSolverModel(plan([person('a')]));
    expect(m.shiftTypes.map((t) => t.id)).toEqual([
      'early:phone',
      'early:claims',
      'late:phone',
      'late:claims',
    ]);
    expect(m.shiftTypes.find((t) => t.id === 'late:phone')!.cannotBeFollowedBy).toEqual([
      'early:phone',
      'early:claims',
    ]);
    expect(m.shiftTypes.find((t) => t.id === 'early:phone')!.cannotBeFollowedBy).toEqual([]);
    expect(m.shiftTypes[0]!.minutes).toBe(420);
  });

  it('holds each person to their own rest: 10 h between late and early breaks 11 h, not 8 h', () => {
    const p = plan([person('a', { minRestHours: 11 }), person('b', { minRestHours: 8 })]);
    const m = toSolverModel(p);
    // Nobody's shift types forbid late → early (the shortest rest, 8 h, allows it); a's contract does.
    expect(m.shiftTypes.every((t) => t.cannotBeFollowedBy.length === 0)).toBe(true);
    expect(m.staff[0]!.forbiddenSuccessions).toContainEqual({
      shiftId: 'late:phone',
      nextShiftId: 'early:phone',
    });
    expect(m.staff[1]!.forbiddenSuccessions).toEqual([]);
    const late = m.shiftTypes.findIndex((t) => t.id === 'late:phone');
    const early = m.shiftTypes.findIndex((t) => t.id === 'early:phone');
    const row = [late, early, OFF, OFF, OFF, OFF, OFF];
    const broken = evaluateRoster(m, [row, row]).hardViolations;
    expect(broken.map((v) => [v.rule, v.staffId, v.day])).toEqual([['forbidden-succession', 'a', 1]]);
    // The words give a's own rest, not the plan's longest.
    expect(warningParams(p, broken[0]!, [])).toEqual({ restHours: 11 });
    // Asked for a late on day 0 and an early on day 1 (without fairness, which would split them), the
    // heuristic cannot give both to a, the cheaper.
    const asked = {
      ...p,
      people: [
        person('b', { minRestHours: 8, hourlyCost: 90 }),
        person('a', { minRestHours: 11, hourlyCost: 50 }),
      ],
      demand: [
        { day: 0, shiftTemplateId: 'late', dutyId: 'phone', headcount: 1 },
        { day: 1, shiftTemplateId: 'early', dutyId: 'phone', headcount: 1 },
      ],
    };
    const model = { ...toSolverModel(asked), fairness: undefined };
    const solved = solveHeuristic(model, { seed: 3, maxIterations: 5_000 });
    const again = evaluateRoster(model, solved.roster);
    expect(again.hardViolations).toEqual([]);
    expect(again.penalty.underCover).toBe(0);
  });

  it('has the MIP keep each person’s own rest: the cheap person cannot take both, so the dear one takes one', async () => {
    const p: PlanInput = {
      ...plan([
        person('a', { minRestHours: 11, hourlyCost: 50 }),
        person('b', { minRestHours: 8, hourlyCost: 90 }),
      ]),
      demand: [
        { day: 0, shiftTemplateId: 'late', dutyId: 'phone', headcount: 1 },
        { day: 1, shiftTemplateId: 'early', dutyId: 'phone', headcount: 1 },
      ],
    };
    // Without fairness, which would split the two shifts anyway.
    const m = { ...toSolverModel(p), fairness: undefined };
    const result = await solveMip(m, { timeLimitSeconds: 20 });
    expect(result.status).toBe('optimal');
    const ev = evaluateRoster(m, result.roster!);
    expect(ev.hardViolations).toEqual([]);
    expect(ev.penalty.underCover).toBe(0);
    const ids = result.roster!.map((row) =>
      row.slice(0, 2).map((t) => (t === OFF ? '-' : m.shiftTypes[t]!.id)),
    );
    // a takes one of the two (the cheaper), b the other; with 8 h of rest b alone could take both.
    expect(
      ids
        .flat()
        .filter((x) => x !== '-')
        .sort(),
    ).toEqual(['early:phone', 'late:phone']);
    expect(ids[0]!.filter((x) => x !== '-')).toHaveLength(1);
  });

  it('keeps time for coaching and training out of the rostered hours, and says it in the warning', () => {
    const kept = [
      {
        kind: 'training' as const,
        date: '2026-03-04',
        time: null,
        minutes: 360,
        titleEn: 'C',
        titleZh: null,
      },
      {
        kind: 'checkin' as const,
        date: '2026-03-03',
        time: '10:00',
        minutes: 30,
        titleEn: null,
        titleZh: null,
      },
    ];
    const p = plan([person('a', { minWeekHours: 38, maxWeekHours: 40, keptTime: kept }), person('b')]);
    const m = toSolverModel(p);
    // 40 h less 6.5 h kept: 33.5 h; the minimum (38 h) cannot be above what is left.
    expect([m.staff[0]!.minTotalMinutes, m.staff[0]!.maxTotalMinutes]).toEqual([2010, 2010]);
    expect(m.staff[1]!.maxTotalMinutes).toBe(2400);
    // Five 7-hour early shifts (35 h) break the kept maximum; the words carry what is left and what is kept.
    const early = m.shiftTypes.findIndex((t) => t.id === 'early:phone');
    const row = [early, early, early, early, early, OFF, OFF];
    const broken = evaluateRoster(m, [row, Array(7).fill(OFF)]).hardViolations.filter(
      (v) => v.staffId === 'a',
    );
    expect(broken.map((v) => v.rule)).toEqual(['max-total-minutes']);
    const assignments = [0, 1, 2, 3, 4].map((day) => ({
      personId: 'a',
      day,
      shiftTemplateId: 'early',
      dutyId: 'phone',
    }));
    expect(warningParams(p, broken[0]!, assignments)).toEqual({ hours: 35, limit: 33.5, kept: 6.5 });
  });

  it('keeps a person off a duty above their level, and turns contract hours into the plan’s minutes', () => {
    const m = toSolverModel(
      plan([person('a', { minWeekHours: 20, maxWeekHours: 35, unavailableDays: [3, 9] })]),
    );
    const a = m.staff[0]!;
    expect(a.maxShifts).toEqual({ 'early:claims': 0, 'late:claims': 0 });
    expect([a.minTotalMinutes, a.maxTotalMinutes]).toEqual([1200, 2100]);
    expect(a.daysOff).toEqual([3]); // day 9 is outside the week
    expect(m.cover).toEqual([
      { day: 0, shiftId: 'early:phone', requirement: 2, underWeight: UNDER_WEIGHT, overWeight: 50 },
    ]);
  });

  it('prices a shift at its labour, and a little more for the weaker of two people on the duty’s indicators', () => {
    const m = toSolverModel(
      plan([
        person('strong', { outcome: { phone: 1 } }),
        person('weak', { outcome: { phone: 0 } }),
        person('new'),
      ]),
    );
    const weight = (staffId: string) =>
      m.shiftOffRequests.find((r) => r.staffId === staffId && r.day === 0 && r.shiftId === 'early:phone')!
        .weight;
    // 7 paid hours at 60 = 420, plus the outcome term.
    expect(weight('strong')).toBe(420);
    expect(weight('weak')).toBe(420 + OUTCOME_UNIT);
    expect(weight('new')).toBe(420 + OUTCOME_UNIT / 2);
  });

  it('ranks people per duty from their ratio of sums, lower AHT being better', () => {
    const s = outcomeStanding(
      [{ id: 'phone', indicatorIds: ['aht', 'csat'] }],
      [
        { indicatorId: 'aht', personId: 'a', num: 300 * 100, den: 100 },
        { indicatorId: 'aht', personId: 'b', num: 400 * 100, den: 100 },
        { indicatorId: 'csat', personId: 'a', num: 80, den: 100 },
        { indicatorId: 'csat', personId: 'b', num: 90, den: 100 },
        { indicatorId: 'csat', personId: 'c', num: 95, den: 100 },
      ],
      new Map([
        ['aht', 'lower_better'],
        ['csat', 'higher_better'],
      ]),
    );
    // a: best AHT (1) and worst CSAT (0) → 0.5; b: worst AHT (0), middle CSAT (0.5) → 0.25; c: CSAT only → 1.
    expect(s.get('a')).toEqual({ phone: 0.5 });
    expect(s.get('b')).toEqual({ phone: 0.25 });
    expect(s.get('c')).toEqual({ phone: 1 });
  });

  it('costs hours above the weekly maximum at the overtime premium, and counts coverage per cell', () => {
    const p = person('a', { maxWeekHours: 14 });
    const input = plan([p]);
    const shifts = [0, 1, 2].map((day) => ({
      personId: 'a',
      day,
      shiftTemplateId: 'early',
      dutyId: 'phone',
    }));
    // 21 h in the week: 14 at 60 and 7 at 90.
    expect(personFigures(input, p, shifts)).toEqual({
      hours: 21,
      cost: 14 * 60 + 7 * 90,
      weekendsWorked: 0,
      unpopularShifts: 0,
    });
    expect(coverage(input.demand, shifts)).toEqual([
      { day: 0, shiftTemplateId: 'early', dutyId: 'phone', need: 2, assigned: 1 },
      { day: 1, shiftTemplateId: 'early', dutyId: 'phone', need: 0, assigned: 1 },
      { day: 2, shiftTemplateId: 'early', dutyId: 'phone', need: 0, assigned: 1 },
    ]);
  });
});

describe('non-shift tasks to people on shift', () => {
  it('gives the longest task first to someone on its duty with time left, and says why a task has nobody', () => {
    const input = plan([
      person('a', {
        skills: [
          { dutyId: 'phone', level: 2 },
          { dutyId: 'claims', level: 2 },
        ],
      }),
      person('b', {
        skills: [
          { dutyId: 'phone', level: 2 },
          { dutyId: 'claims', level: 3 },
        ],
      }),
      person('c'), // phone only: claims needs level 2
    ]);
    const on = [
      { personId: 'a', day: 0, shiftTemplateId: 'early', dutyId: 'phone' },
      { personId: 'b', day: 0, shiftTemplateId: 'early', dutyId: 'claims' },
      { personId: 'c', day: 0, shiftTemplateId: 'late', dutyId: 'phone' },
    ];
    const out = assignTasks(input, on, [
      { id: 't1', day: 0, dutyId: 'claims', minutes: 300 }, // second: b has 20 left, so a (420 → 120)
      { id: 't2', day: 0, dutyId: 'claims', minutes: 200 }, // a 120, b 20: no capacity
      { id: 't3', day: 0, dutyId: 'claims', minutes: 400 }, // first (longest): b, on claims (420 → 20)
      { id: 't4', day: 1, dutyId: 'phone', minutes: 30 }, // nobody on shift on day 1
      { id: 't5', day: 0, dutyId: 'claims', minutes: 300 }, // a 120, b 20: no capacity (c lacks the level)
    ]);
    const by = new Map(out.map((o) => [o.taskId, o]));
    expect(by.get('t3')).toEqual({ taskId: 't3', personId: 'b', reason: null });
    expect(by.get('t1')).toEqual({ taskId: 't1', personId: 'a', reason: null });
    expect(by.get('t5')).toEqual({ taskId: 't5', personId: null, reason: 'no_capacity' });
    expect(by.get('t2')).toEqual({ taskId: 't2', personId: null, reason: 'no_capacity' });
    expect(by.get('t4')).toEqual({ taskId: 't4', personId: null, reason: 'no_one_skilled_on_shift' });
  });
});

describe('skills from records', () => {
  const duty = {
    id: 'phone',
    trainingCourseIds: ['c-phone'],
    assessmentScorecardCodes: ['QA-VOICE'],
    assessmentPassPercent: 80,
  };
  it('gives 2 for a completed course and 3 for a latest assessment at the pass mark', () => {
    expect(
      derivedSkills([duty], {
        courses: [
          { courseId: 'c-other', code: 'OTHER', completedOn: '2026-10-01' },
          { courseId: 'c-phone', code: 'PK-101', completedOn: '2026-09-01' },
          { courseId: 'c-phone', code: 'PK-101', completedOn: '2026-11-03' },
        ],
        assessments: [
          { scorecardCode: 'QA-VOICE', occurredOn: '2026-10-20', percent: 62 },
          { scorecardCode: 'QA-VOICE', occurredOn: '2026-11-12', percent: 80 },
        ],
      }),
    ).toEqual([
      { dutyId: 'phone', level: 2, source: 'training', evidence: 'PK-101', on: '2026-11-03', percent: null },
      {
        dutyId: 'phone',
        level: 3,
        source: 'assessment',
        evidence: 'QA-VOICE',
        on: '2026-11-12',
        percent: 80,
      },
    ]);
  });

  it('takes level 3 away when the latest assessment is below the pass mark, and the hand level still counts', () => {
    const derived = derivedSkills([duty], {
      courses: [],
      assessments: [
        { scorecardCode: 'QA-VOICE', occurredOn: '2026-10-20', percent: 95 },
        { scorecardCode: 'QA-VOICE', occurredOn: '2026-11-12', percent: 79.9 },
      ],
    });
    expect(derived).toEqual([]);
    expect(
      effectiveSkills(
        [
          { dutyId: 'phone', level: 1 },
          { dutyId: 'claims', level: 3 },
        ],
        [{ dutyId: 'phone', level: 2 }],
      ),
    ).toEqual([
      { dutyId: 'phone', level: 2 },
      { dutyId: 'claims', level: 3 },
    ]);
  });
});

describe('slotCoverage', () => {
  const shifts = [
    { id: 'E', startMinute: 420, endMinute: 900 },
    { id: 'N', startMinute: 1320, endMinute: 360 }, // 22:00 to 06:00 the next day
  ];
  const need = (day: number, startMinute: number, minutes = 30, dutyId = 'phone') => ({
    dutyId,
    day,
    startMinute,
    minutes,
    need: 1,
  });
  it('counts the people on the slot’s duty whose shift spans the whole slot, overnight ones included', () => {
    const assignments = [
      { personId: 'a', day: 0, shiftTemplateId: 'E', dutyId: 'phone' },
      { personId: 'b', day: 0, shiftTemplateId: 'E', dutyId: 'till' },
      { personId: 'c', day: 0, shiftTemplateId: 'N', dutyId: 'phone' },
      { personId: 'd', day: 1, shiftTemplateId: 'E', dutyId: 'phone' },
    ];
    const cover = slotCoverage(
      [
        need(0, 400),
        need(0, 420),
        need(0, 870),
        need(0, 900),
        need(0, 1410),
        need(1, 0),
        need(1, 330),
        need(1, 360),
        need(1, 870, 60),
        need(0, 420, 30, 'till'),
      ],
      assignments,
      shifts,
    );
    expect(cover.map((c) => c.onDuty)).toEqual([0, 1, 1, 0, 1, 1, 1, 0, 0, 1]);
    expect(cover[0]).toEqual({
      dutyId: 'phone',
      day: 0,
      startMinute: 400,
      slotMinutes: 30,
      need: 1,
      onDuty: 0,
    });
  });
});
