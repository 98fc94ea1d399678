import { describe, expect, it } from 'vitest';
import {
  DemandInputError,
  erlangC,
  queueDemand,
  queueFigures,
  shiftRequirements,
  slotsFromRanges,
  storeDemand,
  type ErlangCInput,
} from './demand.js';

/**
 * Erlang C the textbook way, independent of the code under test (which goes through Erlang B):
 * C = (A^n/n! · n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)). Fine for small n; the terms overflow
 * for hundreds of agents, which is why the code does not do it this way.
 */
function textbookErlangC(traffic: number, agents: number): number {
  let sum = 0;
  let term = 1; // A^k / k!
  for (let k = 0; k < agents; k++) {
    sum += term;
    term = (term * traffic) / (k + 1);
  }
  const top = (term * agents) / (agents - traffic);
  return top / (sum + top);
}

function textbookServiceLevel(traffic: number, agents: number, aht: number, within: number): number {
  return 1 - textbookErlangC(traffic, agents) * Math.exp((-(agents - traffic) * within) / aht);
}

// 100 calls in 30 minutes with a 180 s handle time: 100 × 180 / 1800 = 10 Erlangs.
const TEXTBOOK: ErlangCInput = {
  contacts: 100,
  ahtSeconds: 180,
  intervalMinutes: 30,
  serviceLevel: 0.8,
  answerWithinSeconds: 20,
};

describe('erlangC', () => {
  it('picks the fewest agents meeting 80/20 in the textbook case, as computed by hand', () => {
    // By hand: SL(12) ≈ 0.640, SL(13) ≈ 0.796 (just short of 0.8), SL(14) ≈ 0.888, so 14 agents.
    const byHand = [12, 13, 14].map((n) => textbookServiceLevel(10, n, 180, 20));
    expect(byHand[0]).toBeCloseTo(0.6402, 4);
    expect(byHand[1]).toBeCloseTo(0.7956, 4);
    expect(byHand[2]).toBeCloseTo(0.8884, 4);

    const result = erlangC(TEXTBOOK);
    expect(result.trafficErlangs).toBe(10);
    expect(result.agents).toBe(14);
    expect(result.scheduled).toBe(14);
    expect(result.serviceLevel).toBeCloseTo(textbookServiceLevel(10, 14, 180, 20), 10);
    expect(result.probabilityOfWaiting).toBeCloseTo(textbookErlangC(10, 14), 10);
    // ASA = C · AHT / (n − A)
    expect(result.averageSpeedOfAnswerSeconds).toBeCloseTo((textbookErlangC(10, 14) * 180) / 4, 8);
    expect(result.occupancy).toBeCloseTo(10 / 14, 10);
  });

  it('agrees with the textbook formula for a given number of agents', () => {
    for (const n of [11, 12, 13, 14, 20]) {
      const figures = queueFigures(10, n, 180, 20);
      expect(figures.probabilityOfWaiting).toBeCloseTo(textbookErlangC(10, n), 10);
      expect(figures.serviceLevel).toBeCloseTo(textbookServiceLevel(10, n, 180, 20), 10);
    }
    // No more agents than traffic: the queue never clears.
    expect(queueFigures(10, 10, 180, 20)).toMatchObject({ serviceLevel: 0, probabilityOfWaiting: 1 });
  });

  it('raises agents until occupancy is within the cap', () => {
    // 1,000 calls in 30 min at 180 s = 100 Erlangs. By hand SL(106) ≈ 0.771 and SL(107) ≈ 0.824, so
    // 107 meet 80/20, but 100 / 107 = 93% busy. Under 85%: 100 / 117 = 0.855 > 0.85, 100 / 118 = 0.847.
    expect(textbookServiceLevel(100, 106, 180, 20)).toBeLessThan(0.8);
    expect(textbookServiceLevel(100, 107, 180, 20)).toBeGreaterThanOrEqual(0.8);
    const busy = { ...TEXTBOOK, contacts: 1000 };
    expect(erlangC({ ...busy, maxOccupancy: 1 }).agents).toBe(107);
    const capped = erlangC(busy);
    expect(capped.agents).toBe(118);
    expect(capped.occupancy).toBeCloseTo(100 / 118, 10);
    expect(capped.serviceLevel).toBeCloseTo(textbookServiceLevel(100, 118, 180, 20), 8);
  });

  it('grosses scheduled agents up for shrinkage', () => {
    // 14 agents on the phones: 14 / 0.7 = 20 exactly; 14 / 0.75 = 18.67 → 19.
    expect(erlangC({ ...TEXTBOOK, shrinkage: 0.3 })).toMatchObject({ agents: 14, scheduled: 20 });
    expect(erlangC({ ...TEXTBOOK, shrinkage: 0.25 })).toMatchObject({ agents: 14, scheduled: 19 });
  });

  it('needs nobody when there are no contacts', () => {
    expect(erlangC({ ...TEXTBOOK, contacts: 0, shrinkage: 0.3 })).toEqual({
      trafficErlangs: 0,
      agents: 0,
      scheduled: 0,
      serviceLevel: 1,
      probabilityOfWaiting: 0,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
    });
  });

  it('handles a large queue without overflow', () => {
    // 5,000 calls in 15 min at 300 s = 1,666.7 Erlangs. At this size the service level is easy and the
    // occupancy cap binds: 1666.67 / 0.85 = 1960.8, so 1,961 agents.
    const large = erlangC({ ...TEXTBOOK, contacts: 5000, ahtSeconds: 300, intervalMinutes: 15 });
    expect(large.trafficErlangs).toBeCloseTo(5000 / 3, 8);
    expect(large.agents).toBe(1961);
    expect(large.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(large.serviceLevel).toBeLessThanOrEqual(1);
    expect(Number.isFinite(large.averageSpeedOfAnswerSeconds)).toBe(true);

    // Without the cap the service level decides: one agent fewer must miss it.
    const uncapped = erlangC({
      ...TEXTBOOK,
      contacts: 5000,
      ahtSeconds: 300,
      intervalMinutes: 15,
      maxOccupancy: 1,
    });
    expect(uncapped.agents).toBeGreaterThan(1667);
    expect(uncapped.agents).toBeLessThan(1961);
    expect(uncapped.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(queueFigures(uncapped.trafficErlangs, uncapped.agents - 1, 300, 20).serviceLevel).toBeLessThan(
      0.8,
    );
  });

  it.each<[string, Partial<ErlangCInput>]>([
    ['contacts', { contacts: -1 }],
    ['ahtSeconds', { ahtSeconds: -180 }],
    ['ahtSeconds', { ahtSeconds: 0 }],
    ['intervalMinutes', { intervalMinutes: 0 }],
    ['serviceLevel', { serviceLevel: 0 }],
    ['serviceLevel', { serviceLevel: 1 }],
    ['serviceLevel', { serviceLevel: Number.NaN }],
    ['answerWithinSeconds', { answerWithinSeconds: -5 }],
    ['maxOccupancy', { maxOccupancy: 0 }],
    ['maxOccupancy', { maxOccupancy: 1.2 }],
    ['shrinkage', { shrinkage: 1 }],
    ['shrinkage', { shrinkage: -0.1 }],
    ['contacts', { contacts: 1e9 }], // a typo: 10 million Erlangs
  ])('rejects a bad %s', (field, change) => {
    expect(() => erlangC({ ...TEXTBOOK, ...change })).toThrow(DemandInputError);
    expect(() => erlangC({ ...TEXTBOOK, ...change })).toThrow(field);
  });
});

describe('shiftRequirements', () => {
  const early = { id: 'early', startMinute: 7 * 60, endMinute: 15 * 60 };
  const late = { id: 'late', startMinute: 13 * 60, endMinute: 21 * 60 };
  const hour = (h: number) => h * 60;

  it('meets every slot with the fewest people per shift on a hand example', () => {
    // Day 0, hourly slots 07:00–20:00. Early covers the 07–14 slots, late the 13–20 slots.
    //   07:2 → only early: early 2.  08:3 → early 3.  10:4 → early 4 (11, 12 met).
    //   13:5 → both cover, late ends later: late 1 (4 + 1).  14:6 → late 2.  15:3 → late 3.
    //   18:4 → late 4.  So early 4, late 4; both are forced (10:00 only early, 18:00 only late).
    // Day 1: 06:00 needs 1 but no shift covers it; 14:00 needs 3 and goes to late (ends later), so early 0.
    const day0 = [2, 3, 3, 4, 4, 3, 5, 6, 3, 2, 2, 4, 2, 1];
    const slots = [
      ...day0.map((need, i) => ({ day: 0, startMinute: hour(7 + i), need })),
      { day: 1, startMinute: hour(6), need: 1 },
      { day: 1, startMinute: hour(14), need: 3 },
      { day: 1, startMinute: hour(21), need: 0 },
    ];
    const result = shiftRequirements(slots, 60, [early, late]);
    expect(result.requirements).toEqual([
      { day: 0, shiftId: 'early', headcount: 4 },
      { day: 0, shiftId: 'late', headcount: 4 },
      { day: 1, shiftId: 'early', headcount: 0 },
      { day: 1, shiftId: 'late', headcount: 3 },
    ]);
    // Cover on day 0: 4 from early for 07–12, 8 where they overlap (13, 14), 4 from late for 15–20.
    const day0Cover = result.cover.filter((slot) => slot.day === 0).map((slot) => slot.covered);
    expect(day0Cover).toEqual([4, 4, 4, 4, 4, 4, 8, 8, 4, 4, 4, 4, 4, 4]);
    expect(result.cover.filter((slot) => slot.day === 1)).toEqual([
      { day: 1, startMinute: hour(6), need: 1, covered: 0 },
      { day: 1, startMinute: hour(14), need: 3, covered: 3 },
      { day: 1, startMinute: hour(21), need: 0, covered: 0 },
    ]);
    expect(result.uncovered).toEqual([{ day: 1, startMinute: hour(6), need: 1 }]);
    for (const slot of result.cover) {
      if (!result.uncovered.some((u) => u.day === slot.day && u.startMinute === slot.startMinute)) {
        expect(slot.covered).toBeGreaterThanOrEqual(slot.need);
      }
    }
  });

  it('lets a shift crossing midnight cover the next day’s early slots', () => {
    // Night 22:00–06:00. Day 0 22:00 needs 1 → night day 0: 1. Day 1 00:00 needs 2, only night day 0
    // covers it → 2. Day 1 22:00 needs 1 → night day 1: 1.
    const night = { id: 'night', startMinute: hour(22), endMinute: hour(30) };
    const slots = [
      { day: 0, startMinute: hour(22), need: 1 },
      { day: 0, startMinute: hour(23), need: 1 },
      ...[0, 1, 2, 3, 4, 5].map((h) => ({ day: 1, startMinute: hour(h), need: 2 })),
      { day: 1, startMinute: hour(22), need: 1 },
    ];
    const result = shiftRequirements(slots, 60, [night]);
    expect(result.requirements).toEqual([
      { day: 0, shiftId: 'night', headcount: 2 },
      { day: 1, shiftId: 'night', headcount: 1 },
    ]);
    expect(result.uncovered).toEqual([]);
  });

  it('returns nothing for no slots', () => {
    expect(shiftRequirements([], 60, [early])).toEqual({ requirements: [], cover: [], uncovered: [] });
  });

  it.each([
    ['slotMinutes', () => shiftRequirements([], 0, [early])],
    ['need', () => shiftRequirements([{ day: 0, startMinute: 420, need: -1 }], 60, [early])],
    ['day', () => shiftRequirements([{ day: -1, startMinute: 420, need: 1 }], 60, [early])],
    ['endMinute', () => shiftRequirements([], 60, [{ id: 'x', startMinute: 600, endMinute: 500 }])],
    ['unique', () => shiftRequirements([], 60, [early, early])],
    [
      'twice',
      () =>
        shiftRequirements(
          [
            { day: 0, startMinute: 420, need: 1 },
            { day: 0, startMinute: 420, need: 2 },
          ],
          60,
          [early],
        ),
    ],
  ])('rejects bad input (%s)', (field, call) => {
    expect(call).toThrow(DemandInputError);
    expect(call).toThrow(field);
  });
});

describe('queueDemand', () => {
  const base = {
    days: 8,
    contactsByWeekday: [200, 100, 100, 100, 100, 50, 0],
    ahtSeconds: 180,
    openMinute: 9 * 60,
    closeMinute: 10 * 60,
    slotMinutes: 30 as const,
    intradayProfile: [1, 3],
    serviceLevel: 0.8,
    answerWithinSeconds: 20,
  };

  it('spreads each weekday’s volume by the profile and sizes every slot with Erlang C', () => {
    const rows = queueDemand(base);
    expect(rows).toHaveLength(16);
    // Monday: 200 contacts split 1:3 → 50 and 150.
    expect(rows[0]).toMatchObject({ day: 0, startMinute: 540, contacts: 50 });
    expect(rows[1]).toMatchObject({ day: 0, startMinute: 570, contacts: 150 });
    expect(rows[1]?.erlang).toEqual(erlangC({ ...TEXTBOOK, contacts: 150 }));
    // Day 7 is Monday again; day 6 is Sunday with no contacts.
    expect(rows[14]).toEqual({ ...rows[0], day: 7 });
    expect(rows[12]?.erlang.agents).toBe(0);
    // Flat by default: 200 → 100 each; 100 calls in 30 min is the textbook case.
    const flat = queueDemand({ ...base, intradayProfile: undefined });
    expect(flat[0]?.contacts).toBe(100);
    expect(flat[0]?.erlang.agents).toBe(14);
  });

  it.each<[string, Record<string, unknown>]>([
    ['contactsByWeekday', { contactsByWeekday: [1, 2, 3] }],
    ['contactsByWeekday', { contactsByWeekday: [1, 2, 3, 4, 5, 6, -7] }],
    ['closeMinute', { closeMinute: 9 * 60 }],
    ['slotMinutes', { slotMinutes: 45 }],
    ['slotMinutes', { closeMinute: 10 * 60 + 15 }],
    ['intradayProfile', { intradayProfile: [1, 2, 3] }],
    ['intradayProfile', { intradayProfile: [0, 0] }],
    ['days', { days: 0 }],
    ['serviceLevel', { serviceLevel: 1.5 }],
    ['ahtSeconds', { ahtSeconds: -1 }],
  ])('rejects a bad %s', (field, change) => {
    const call = () => queueDemand({ ...base, ...change } as typeof base);
    expect(call).toThrow(DemandInputError);
    expect(call).toThrow(field);
  });
});

describe('storeDemand', () => {
  const base = {
    days: 2,
    transactionsByWeekday: [120, 0, 0, 0, 0, 0, 0],
    openMinute: 9 * 60,
    closeMinute: 11 * 60,
    slotMinutes: 30 as const,
    transactionsPerStaffHour: 20,
  };

  it('needs ceil(transactions / what one person handles in the slot), never below the minimum', () => {
    // Monday: 120 over four half hours = 30 each; one person handles 20 / 2 = 10 per half hour → 3.
    // Tuesday: no transactions, so the minimum of 1.
    const rows = storeDemand(base);
    expect(rows.filter((row) => row.day === 0).map((row) => row.need)).toEqual([3, 3, 3, 3]);
    expect(rows.filter((row) => row.day === 1).map((row) => row.need)).toEqual([1, 1, 1, 1]);
    // Profile 1:1:2:4 → 15, 15, 30, 60 → ceil(1.5)=2, 2, 3, 6; with a minimum of 4: 4, 4, 4, 6.
    const peaked = storeDemand({ ...base, days: 1, intradayProfile: [1, 1, 2, 4], minimumStaff: 4 });
    expect(peaked.map((row) => row.transactions)).toEqual([15, 15, 30, 60]);
    expect(peaked.map((row) => row.need)).toEqual([4, 4, 4, 6]);
    expect(storeDemand({ ...base, days: 1, intradayProfile: [1, 1, 2, 4] }).map((row) => row.need)).toEqual([
      2, 2, 3, 6,
    ]);
  });

  it('does not add a person for floating-point dust', () => {
    // 21 / 0.7 is 30.000000000000004 in floating point; the answer is 30 people.
    const rows = storeDemand({
      ...base,
      days: 1,
      transactionsByWeekday: [21, 0, 0, 0, 0, 0, 0],
      closeMinute: 10 * 60,
      slotMinutes: 60,
      transactionsPerStaffHour: 0.7,
    });
    expect(rows).toEqual([{ day: 0, startMinute: 540, transactions: 21, need: 30 }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['transactionsPerStaffHour', { transactionsPerStaffHour: 0 }],
    ['minimumStaff', { minimumStaff: -1 }],
    ['transactionsByWeekday', { transactionsByWeekday: [1, 2, 3, 4, 5, 6, 7, 8] }],
    ['intradayProfile', { intradayProfile: [1, -1, 1, 1] }],
    ['closeMinute', { openMinute: 600, closeMinute: 540 }],
  ])('rejects a bad %s', (field, change) => {
    const call = () => storeDemand({ ...base, ...change } as typeof base);
    expect(call).toThrow(DemandInputError);
    expect(call).toThrow(field);
  });
});

describe('slotsFromRanges: needs entered by hand as ranges', () => {
  it('gives one slot per slot length in each range, in day and time order', () => {
    const slots = slotsFromRanges(
      [
        { days: [2, 0], fromMinute: 540, toMinute: 660, need: 2 },
        { days: [0], fromMinute: 660, toMinute: 690, need: 0 },
      ],
      30,
      7,
    );
    expect(slots).toEqual([
      { day: 0, startMinute: 540, need: 2 },
      { day: 0, startMinute: 570, need: 2 },
      { day: 0, startMinute: 600, need: 2 },
      { day: 0, startMinute: 630, need: 2 },
      { day: 0, startMinute: 660, need: 0 },
      { day: 2, startMinute: 540, need: 2 },
      { day: 2, startMinute: 570, need: 2 },
      { day: 2, startMinute: 600, need: 2 },
      { day: 2, startMinute: 630, need: 2 },
    ]);
    // up to midnight, in 15-minute slots
    expect(slotsFromRanges([{ days: [6], fromMinute: 1410, toMinute: 1440, need: 1 }], 15, 7)).toHaveLength(
      2,
    );
  });

  it('refuses times off the slot length, an empty range, a day outside the plan and two ranges on a slot', () => {
    const bad = (ranges: Parameters<typeof slotsFromRanges>[0], slot = 30) => {
      try {
        slotsFromRanges(ranges, slot, 7);
      } catch (err) {
        expect(err).toBeInstanceOf(DemandInputError);
        return (err as DemandInputError).path;
      }
      throw new Error('accepted');
    };
    expect(bad([{ days: [0], fromMinute: 545, toMinute: 600, need: 1 }])).toBe('/ranges/0/fromMinute');
    expect(bad([{ days: [0], fromMinute: 570, toMinute: 600, need: 1 }], 60)).toBe('/ranges/0/fromMinute');
    expect(bad([{ days: [0], fromMinute: 600, toMinute: 600, need: 1 }])).toBe('/ranges/0/toMinute');
    expect(bad([{ days: [0, 7], fromMinute: 540, toMinute: 600, need: 1 }])).toBe('/ranges/0/days/1');
    expect(
      bad(
        [
          { days: [1], fromMinute: 540, toMinute: 660, need: 1 },
          { days: [3, 1], fromMinute: 630, toMinute: 700, need: 2 },
        ],
        10,
      ),
    ).toBe('/ranges/1/days/1');
  });
});
