import { describe, expect, it } from 'vitest';
import { OFF, type RosterModel, type StaffMember } from './model.js';
import { evaluateRoster } from './rules.js';

// Two weeks (day 0 a Monday), early (E) and late (L) shifts of 480 minutes; E may not follow L.
const E = 0;
const L = 1;
const _ = OFF;

function onePerson(contract: Partial<StaffMember> = {}): RosterModel {
  return {
    days: 14,
    shiftTypes: [
      { id: 'E', minutes: 480, cannotBeFollowedBy: [] },
      { id: 'L', minutes: 480, cannotBeFollowedBy: ['E'] },
    ],
    staff: [
      {
        id: 'P',
        maxShifts: { E: 10, L: 3 },
        maxTotalMinutes: 4800,
        minTotalMinutes: 1920,
        maxConsecutiveShifts: 4,
        minConsecutiveShifts: 2,
        minConsecutiveDaysOff: 2,
        maxWeekends: 1,
        daysOff: [3],
        ...contract,
      },
    ],
    shiftOnRequests: [],
    shiftOffRequests: [],
    cover: [],
  };
}

// Valid: runs of 2 worked days, off runs of 2+, 6 shifts (2,880 minutes), one weekend (day 5).
const VALID = [E, E, _, _, E, E, _, _, _, E, E, _, _, _];

describe('evaluateRoster: hard rules', () => {
  it('finds nothing wrong with a valid roster', () => {
    expect(evaluateRoster(onePerson(), [VALID]).hardViolations).toEqual([]);
  });

  it.each([
    ['forbidden-succession', {}, [E, E, _, _, L, E, _, _, _, E, E, _, _, _], 5],
    ['max-shifts', {}, [L, L, _, _, E, E, _, _, _, L, L, _, _, _], undefined],
    ['min-total-minutes', {}, [E, E, _, _, _, _, _, _, _, _, _, _, _, _], undefined],
    ['max-total-minutes', { maxTotalMinutes: 2400 }, VALID, undefined],
    ['max-consecutive-shifts', {}, [E, E, _, _, _, _, _, E, E, E, E, E, _, _], 7],
    ['min-consecutive-shifts', {}, [E, E, _, _, E, E, _, _, _, E, _, _, _, _], 9],
    ['min-consecutive-days-off', {}, [E, E, _, _, E, E, _, E, E, E, E, _, _, _], 6],
    ['max-weekends', {}, [E, E, _, _, E, E, _, _, _, _, _, _, E, E], undefined],
    ['day-off', { daysOff: [0] }, VALID, 0],
  ] as const)('reports %s once, with the person and day', (rule, contract, row, day) => {
    const { hardViolations } = evaluateRoster(onePerson(contract as Partial<StaffMember>), [[...row]]);
    expect(hardViolations).toHaveLength(1);
    expect(hardViolations[0]).toMatchObject({ rule, staffId: 'P' });
    expect(hardViolations[0]!.day).toBe(day);
    expect(hardViolations[0]!.message).toContain('P ');
  });

  it('counts a run touching the start or end of the plan for the minimum run, but not for days off', () => {
    const startRun = evaluateRoster(onePerson(), [[E, _, _, _, E, E, _, _, _, E, E, E, _, _]]);
    expect(startRun.hardViolations.map((v) => [v.rule, v.day])).toEqual([['min-consecutive-shifts', 0]]);
    const endRun = evaluateRoster(onePerson({ maxWeekends: 2 }), [
      [_, E, E, _, E, E, _, _, _, E, E, _, _, E],
    ]);
    expect(endRun.hardViolations.map((v) => [v.rule, v.day])).toEqual([
      ['min-consecutive-days-off', 3],
      ['min-consecutive-shifts', 13],
    ]);
    const offAtEdges = evaluateRoster(onePerson({ minConsecutiveDaysOff: 3, maxWeekends: 2 }), [
      [_, E, E, _, _, _, E, E, _, _, _, E, E, _],
    ]);
    expect(offAtEdges.hardViolations).toEqual([]);
  });

  it('reports a roster of the wrong shape instead of evaluating it', () => {
    expect(evaluateRoster(onePerson(), []).hardViolations[0]!.rule).toBe('roster-shape');
    expect(evaluateRoster(onePerson(), [VALID.slice(1)]).hardViolations[0]!.rule).toBe('roster-shape');
    const badCell = [...VALID];
    badCell[2] = 7;
    expect(evaluateRoster(onePerson(), [badCell]).hardViolations[0]).toMatchObject({
      rule: 'roster-shape',
      day: 2,
    });
  });
});

describe('evaluateRoster: soft penalties', () => {
  it('counts unmet on-requests, met off-requests, under- and over-cover', () => {
    const model: RosterModel = {
      ...onePerson(),
      shiftOnRequests: [
        { staffId: 'P', day: 2, shiftId: 'E', weight: 5 }, // off that day: not granted, 5
        { staffId: 'P', day: 0, shiftId: 'E', weight: 7 }, // granted
        { staffId: 'P', day: 4, shiftId: 'L', weight: 6 }, // works E instead: not granted, 6
      ],
      shiftOffRequests: [
        { staffId: 'P', day: 1, shiftId: 'E', weight: 3 }, // works it: 3
        { staffId: 'P', day: 2, shiftId: 'E', weight: 4 }, // off: granted
        { staffId: 'P', day: 0, shiftId: 'L', weight: 9 }, // works E, not L: granted
      ],
      cover: [
        { day: 0, shiftId: 'E', requirement: 2, underWeight: 10, overWeight: 1 }, // 1 short: 10
        { day: 1, shiftId: 'E', requirement: 0, underWeight: 10, overWeight: 4 }, // 1 over: 4
        { day: 2, shiftId: 'L', requirement: 1, underWeight: 100, overWeight: 1 }, // 1 short: 100
        { day: 4, shiftId: 'E', requirement: 1, underWeight: 100, overWeight: 1 }, // met
      ],
    };
    const { penalty, hardViolations } = evaluateRoster(model, [VALID]);
    expect(hardViolations).toEqual([]);
    expect(penalty).toEqual({
      shiftOnRequests: 11,
      shiftOffRequests: 3,
      underCover: 110,
      overCover: 4,
      fairness: 0,
      total: 128,
    });
  });
});
