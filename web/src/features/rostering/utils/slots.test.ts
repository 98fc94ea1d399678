import { describe, expect, it } from 'vitest';
import type { RosterPlan, RosterSlotCoverage } from '@frontline/contract';
import { rangesFromSlots, shortSlots, slotMinutesOf, slotNeedsBody } from './slots';

const slot = (
  day: number,
  startMinute: number,
  need: number,
  onDuty = 0,
  dutyId = 'phone',
): RosterSlotCoverage => ({
  dutyId,
  day,
  startMinute,
  slotMinutes: 30,
  need,
  onDuty,
});
const plan = (slotCoverage: RosterSlotCoverage[], days = 14) =>
  ({ version: 3, days, slotCoverage }) as unknown as RosterPlan;

describe('needs per time slot in the page', () => {
  it('gives back the ranges the needs came from, weekdays with the same range together', () => {
    const p = plan([
      // Monday and Wednesday: 2 from 09:00 to 10:00, then 3 to 10:30; Monday of week 2 is not read
      slot(0, 540, 2),
      slot(0, 570, 2),
      slot(0, 600, 3),
      slot(2, 600, 3),
      slot(2, 540, 2),
      slot(2, 570, 2),
      slot(7, 540, 9),
      // a slot needing nobody ends a run; another duty is not read
      slot(4, 540, 1),
      slot(4, 570, 0),
      slot(4, 600, 1),
      slot(0, 540, 5, 0, 'till'),
    ]);
    expect(rangesFromSlots(p, 'phone')).toEqual([
      { weekdays: [0, 2], fromMinute: 540, toMinute: 600, need: 2 },
      { weekdays: [0, 2], fromMinute: 600, toMinute: 630, need: 3 },
      { weekdays: [4], fromMinute: 540, toMinute: 570, need: 1 },
      { weekdays: [4], fromMinute: 600, toMinute: 630, need: 1 },
    ]);
    expect(slotMinutesOf(p, 'phone')).toBe(30);
    expect(slotMinutesOf(p, 'nothing')).toBeNull();
  });

  it('sends each weekday as that weekday of every week, on the version seen', () => {
    const body = slotNeedsBody(plan([], 14), 'phone', 60, [
      { weekdays: [0, 6], fromMinute: 600, toMinute: 720, need: 2 },
      { weekdays: [], fromMinute: 0, toMinute: 60, need: 1 },
    ]);
    expect(body).toEqual({
      version: 3,
      dutyId: 'phone',
      slotMinutes: 60,
      ranges: [{ days: [0, 6, 7, 13], fromMinute: 600, toMinute: 720, need: 2 }],
    });
  });

  it('lists the slots short of people', () => {
    expect(shortSlots([slot(0, 540, 2, 2), slot(0, 570, 2, 1), slot(0, 600, 0, 0)])).toEqual([
      slot(0, 570, 2, 1),
    ]);
  });
});
