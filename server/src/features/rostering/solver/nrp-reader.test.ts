import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NrpFormatError, readNrpInstance } from './nrp-reader.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const SMALL = `# a comment
SECTION_HORIZON
7
SECTION_SHIFTS
E,480,
L,480,E   # trailing comment
SECTION_STAFF
A,E=5|L=2,2400,960,5,1,1,1
B,,2400,0,5,1,1,1
SECTION_DAYS_OFF
A,0,6
B
SECTION_SHIFT_ON_REQUESTS
A,2,E,3
SECTION_SHIFT_OFF_REQUESTS
SECTION_COVER
0,E,1,100,1
`;

function errorOf(text: string): NrpFormatError {
  try {
    readNrpInstance(text);
  } catch (err) {
    if (err instanceof NrpFormatError) return err;
    throw err;
  }
  throw new Error('expected an NrpFormatError');
}

describe('readNrpInstance', () => {
  it('reads Instance1: 14 days, 1 shift, 8 staff, their requests and 14 cover rows', () => {
    const m = readNrpInstance(fixture('instance1.txt'));
    expect(m.days).toBe(14);
    expect(m.shiftTypes).toEqual([{ id: 'D', minutes: 480, cannotBeFollowedBy: [] }]);
    expect(m.staff).toHaveLength(8);
    expect(m.staff[0]).toEqual({
      id: 'A',
      maxShifts: { D: 14 },
      maxTotalMinutes: 4320,
      minTotalMinutes: 3360,
      maxConsecutiveShifts: 5,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
      daysOff: [0],
    });
    expect(m.shiftOnRequests).toHaveLength(21);
    expect(m.shiftOffRequests).toHaveLength(5);
    expect(m.cover).toHaveLength(14);
    expect(m.cover[1]).toEqual({ day: 1, shiftId: 'D', requirement: 7, underWeight: 100, overWeight: 1 });
  });

  it('reads Instance3: forbidden successions and per-shift maximums', () => {
    const m = readNrpInstance(fixture('instance3.txt'));
    expect(m.staff).toHaveLength(20);
    expect(m.shiftTypes.map((t) => [t.id, t.cannotBeFollowedBy])).toEqual([
      ['E', []],
      ['D', ['E']],
      ['L', ['E', 'D']],
    ]);
    expect(m.staff[3]!.maxShifts).toEqual({ E: 14, D: 0, L: 5 });
    expect(m.cover).toHaveLength(14 * 3);
  });

  it('reads comments anywhere, blank lines, CRLF, an empty MaxShifts and an empty days-off line', () => {
    const m = readNrpInstance(SMALL.replace(/\n/g, '\r\n'));
    expect(m.days).toBe(7);
    expect(m.shiftTypes[1]).toEqual({ id: 'L', minutes: 480, cannotBeFollowedBy: ['E'] });
    expect(m.staff[1]!.maxShifts).toEqual({});
    expect(m.staff[0]!.daysOff).toEqual([0, 6]);
    expect(m.staff[1]!.daysOff).toEqual([]);
  });

  it.each([
    [
      'a missing section',
      SMALL.replace(/SECTION_STAFF[^]*?SECTION_DAYS_OFF/, 'SECTION_DAYS_OFF'),
      0,
      /SECTION_STAFF/,
    ],
    ['an unknown section', SMALL.replace('SECTION_COVER', 'SECTION_COVERS'), 16, /unknown section/],
    ['a horizon that is not a number', SMALL.replace('\n7\n', '\nseven\n'), 3, /not a whole number/],
    ['a staff line with too few fields', SMALL.replace('A,E=5|L=2,2400,960,5,1,1,1', 'A,E=5,2400'), 8, /8/],
    ['an unknown shift in MaxShifts', SMALL.replace('E=5|L=2', 'E=5|N=2'), 8, /unknown shift N/],
    ['a bad MaxShifts part', SMALL.replace('E=5|L=2', 'E5'), 8, /ShiftID=max/],
    ['an unknown person in days off', SMALL.replace('A,0,6', 'Z,0,6'), 11, /unknown staff Z/],
    ['a day outside the horizon', SMALL.replace('A,2,E,3', 'A,9,E,3'), 14, /outside the horizon/],
    ['a negative weight', SMALL.replace('A,2,E,3', 'A,2,E,-3'), 14, /below 0/],
    ['an unknown forbidden successor', SMALL.replace('L,480,E', 'L,480,X'), 6, /unknown shift X/],
    ['a duplicate person', SMALL.replace('B,,2400', 'A,,2400'), 9, /twice/],
    ['data before any section', `7\n${SMALL}`, 1, /before the first/],
    ['a duplicate cover row', `${SMALL}0,E,2,100,1\n`, 18, /twice/],
  ])('refuses %s, naming the line', (_what, text, line, message) => {
    const err = errorOf(text);
    expect(err).toBeInstanceOf(Error);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
  });

  it('refuses empty and binary input with an NrpFormatError', () => {
    expect(errorOf('').message).toMatch(/SECTION_HORIZON/);
    expect(errorOf('\u0000\u0001\u0002').line).toBe(1);
  });
});
