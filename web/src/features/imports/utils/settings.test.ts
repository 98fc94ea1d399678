import { describe, expect, it } from 'vitest';
import { draftOf, emptyMapping, mappingOf, timeZones } from './settings';

describe('the column mapping of a generic file', () => {
  it('is incomplete until staff, date, indicator and numerator are chosen', () => {
    expect(mappingOf(emptyMapping)).toBeNull();
    expect(mappingOf({ ...emptyMapping, staff: 'Agent', date: 'Day', numerator: 'Good' })).toBeNull();
  });

  it('sends a fixed indicator code, or the indicator column, and only the optional columns chosen', () => {
    const fixed = { ...emptyMapping, staff: 'Agent', date: 'Day', numerator: 'Good', indicatorCode: 'CSAT' };
    expect(mappingOf(fixed)).toEqual({
      staff: 'Agent',
      date: 'Day',
      numerator: 'Good',
      indicatorCode: 'CSAT',
    });
    const byColumn = {
      ...fixed,
      indicatorMode: 'column' as const,
      indicatorColumn: 'Metric',
      denominator: 'Rated',
      key: 'Ticket',
    };
    expect(mappingOf(byColumn)).toEqual({
      staff: 'Agent',
      date: 'Day',
      numerator: 'Good',
      indicatorColumn: 'Metric',
      denominator: 'Rated',
      key: 'Ticket',
    });
  });

  it('round-trips through the form (a preset applied and sent again is unchanged)', () => {
    const m = { staff: 'Agent', date: 'Day', numerator: 'Good', indicatorColumn: 'Metric', key: 'Ticket' };
    expect(mappingOf(draftOf(m))).toEqual(m);
  });

  it('offers the chosen time zone even when the browser does not list it', () => {
    expect(timeZones('Asia/Hong_Kong')).toContain('Asia/Hong_Kong');
    expect(timeZones('Mars/Olympus_Mons')[0]).toBe('Mars/Olympus_Mons');
  });
});
