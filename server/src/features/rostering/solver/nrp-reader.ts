/**
 * Reader of the Curtois & Qu shift-scheduling text format (schedulingbenchmarks.org, "instances1_24")
 * into Frontline's roster model. `#` starts a comment (anywhere on a line); blank lines are skipped;
 * sections are SECTION_HORIZON, SECTION_SHIFTS, SECTION_STAFF, SECTION_DAYS_OFF,
 * SECTION_SHIFT_ON_REQUESTS, SECTION_SHIFT_OFF_REQUESTS and SECTION_COVER (the first three are
 * required). Anything malformed throws NrpFormatError naming the line, never a crash.
 */
import { RosterModelError, indexModel, type RosterModel, type StaffMember } from './model.js';

/** A malformed instance file: `line` is 1-based (0 when the problem is the file as a whole). */
export class NrpFormatError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(line > 0 ? `Line ${line}: ${problem}` : problem);
    this.name = 'NrpFormatError';
  }
}

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
type Section = (typeof SECTIONS)[number];

interface Line {
  no: number;
  fields: string[];
}

/** Parses instance text into a RosterModel; throws NrpFormatError on any problem. */
export function readNrpInstance(text: string): RosterModel {
  const bySection = new Map<Section, Line[]>();
  let current: Section | null = null;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const no = i + 1;
      const hash = raw.indexOf('#');
      const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
      if (line === '') return;
      if (line.startsWith('SECTION_')) {
        if (!(SECTIONS as readonly string[]).includes(line)) {
          throw new NrpFormatError(no, `unknown section ${line}.`);
        }
        current = line as Section;
        if (bySection.has(current)) throw new NrpFormatError(no, `${line} appears twice.`);
        bySection.set(current, []);
        return;
      }
      if (current === null) throw new NrpFormatError(no, `data before the first SECTION_ line.`);
      bySection.get(current)!.push({ no, fields: line.split(',').map((f) => f.trim()) });
    });

  const lines = (s: Section) => bySection.get(s) ?? [];
  for (const required of ['SECTION_HORIZON', 'SECTION_SHIFTS', 'SECTION_STAFF'] as const) {
    if (!bySection.has(required)) throw new NrpFormatError(0, `The file has no ${required}.`);
  }

  const int = (l: Line, i: number, what: string, min = 0): number => {
    const f = l.fields[i];
    if (f === undefined || f === '') throw new NrpFormatError(l.no, `${what} is missing.`);
    if (!/^-?\d+$/.test(f)) throw new NrpFormatError(l.no, `${what} "${f}" is not a whole number.`);
    const n = Number(f);
    if (n < min || !Number.isSafeInteger(n)) throw new NrpFormatError(l.no, `${what} ${f} is below ${min}.`);
    return n;
  };
  const id = (l: Line, i: number, what: string): string => {
    const f = l.fields[i];
    if (f === undefined || f === '') throw new NrpFormatError(l.no, `${what} is missing.`);
    return f;
  };
  const fieldCount = (l: Line, min: number, max: number, what: string) => {
    if (l.fields.length < min || l.fields.length > max) {
      const expected = min === max ? `${min}` : `${min}–${max}`;
      throw new NrpFormatError(
        l.no,
        `${what} needs ${expected} comma-separated fields, not ${l.fields.length}.`,
      );
    }
  };

  const horizon = lines('SECTION_HORIZON');
  if (horizon.length !== 1) {
    throw new NrpFormatError(horizon[1]?.no ?? 0, 'SECTION_HORIZON must hold exactly one number.');
  }
  fieldCount(horizon[0]!, 1, 1, 'The horizon');
  const days = int(horizon[0]!, 0, 'The number of days', 1);

  const shiftLines = new Map<string, number>();
  const shiftTypes = lines('SECTION_SHIFTS').map((l) => {
    fieldCount(l, 2, 3, 'A shift');
    const shiftId = id(l, 0, 'The shift id');
    if (shiftLines.has(shiftId)) throw new NrpFormatError(l.no, `shift ${shiftId} is defined twice.`);
    shiftLines.set(shiftId, l.no);
    const next = (l.fields[2] ?? '').split('|').map((f) => f.trim());
    return {
      id: shiftId,
      minutes: int(l, 1, 'The shift length', 1),
      cannotBeFollowedBy: next.filter((f) => f !== ''),
    };
  });
  if (shiftTypes.length === 0) throw new NrpFormatError(0, 'SECTION_SHIFTS lists no shift.');
  for (const t of shiftTypes) {
    for (const n of t.cannotBeFollowedBy) {
      if (!shiftLines.has(n)) {
        throw new NrpFormatError(shiftLines.get(t.id)!, `shift ${t.id} names an unknown shift ${n}.`);
      }
    }
  }
  const knownShift = (l: Line, shiftId: string) => {
    if (!shiftLines.has(shiftId)) throw new NrpFormatError(l.no, `unknown shift ${shiftId}.`);
  };
  const checkDay = (l: Line, day: number) => {
    if (day >= days) throw new NrpFormatError(l.no, `day ${day} is outside the horizon of ${days} days.`);
  };

  const staffLines = new Map<string, number>();
  const staff: StaffMember[] = lines('SECTION_STAFF').map((l) => {
    fieldCount(l, 8, 8, 'A staff line');
    const staffId = id(l, 0, 'The staff id');
    if (staffLines.has(staffId)) throw new NrpFormatError(l.no, `staff ${staffId} is defined twice.`);
    staffLines.set(staffId, l.no);
    const maxShifts: Record<string, number> = {};
    for (const part of (l.fields[1] ?? '').split('|').map((f) => f.trim())) {
      if (part === '') continue;
      const m = /^([^=\s]+)\s*=\s*(\d+)$/.exec(part);
      if (!m) throw new NrpFormatError(l.no, `"${part}" is not ShiftID=max.`);
      knownShift(l, m[1]!);
      maxShifts[m[1]!] = Number(m[2]);
    }
    return {
      id: staffId,
      maxShifts,
      maxTotalMinutes: int(l, 2, 'MaxTotalMinutes'),
      minTotalMinutes: int(l, 3, 'MinTotalMinutes'),
      maxConsecutiveShifts: int(l, 4, 'MaxConsecutiveShifts'),
      minConsecutiveShifts: int(l, 5, 'MinConsecutiveShifts'),
      minConsecutiveDaysOff: int(l, 6, 'MinConsecutiveDaysOff'),
      maxWeekends: int(l, 7, 'MaxWeekends'),
      daysOff: [],
    };
  });
  const staffById = new Map(staff.map((p) => [p.id, p]));
  const person = (l: Line, staffId: string) => {
    const p = staffById.get(staffId);
    if (!p) throw new NrpFormatError(l.no, `unknown staff ${staffId}.`);
    return p;
  };

  for (const l of lines('SECTION_DAYS_OFF')) {
    const p = person(l, id(l, 0, 'The employee id'));
    for (let i = 1; i < l.fields.length; i++) {
      if (l.fields[i] === '') continue;
      const day = int(l, i, 'A day index');
      checkDay(l, day);
      if (!p.daysOff.includes(day)) p.daysOff.push(day);
    }
  }

  const requests = (section: Section) =>
    lines(section).map((l) => {
      fieldCount(l, 4, 4, 'A request');
      const staffId = id(l, 0, 'The employee id');
      person(l, staffId);
      const day = int(l, 1, 'The day');
      checkDay(l, day);
      const shiftId = id(l, 2, 'The shift id');
      knownShift(l, shiftId);
      return { staffId, day, shiftId, weight: int(l, 3, 'The weight') };
    });

  const coverSeen = new Set<string>();
  const cover = lines('SECTION_COVER').map((l) => {
    fieldCount(l, 5, 5, 'A cover line');
    const day = int(l, 0, 'The day');
    checkDay(l, day);
    const shiftId = id(l, 1, 'The shift id');
    knownShift(l, shiftId);
    const key = `${day},${shiftId}`;
    if (coverSeen.has(key)) {
      throw new NrpFormatError(l.no, `the cover of day ${day}, shift ${shiftId} is given twice.`);
    }
    coverSeen.add(key);
    return {
      day,
      shiftId,
      requirement: int(l, 2, 'The requirement'),
      underWeight: int(l, 3, 'The weight for under'),
      overWeight: int(l, 4, 'The weight for over'),
    };
  });

  const model: RosterModel = {
    days,
    shiftTypes,
    staff,
    shiftOnRequests: requests('SECTION_SHIFT_ON_REQUESTS'),
    shiftOffRequests: requests('SECTION_SHIFT_OFF_REQUESTS'),
    cover,
  };
  try {
    indexModel(model);
  } catch (err) {
    if (err instanceof RosterModelError) throw new NrpFormatError(0, err.message);
    throw err;
  }
  return model;
}
