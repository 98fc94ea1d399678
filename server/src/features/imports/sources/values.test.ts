import { describe, expect, it } from 'vitest';
import {
  clean,
  Columns,
  normalizeHeader,
  parseCount,
  parseDateTime,
  parseDay,
  parseDurationHours,
  parseDurationMinutes,
  parseDurationSeconds,
  parseNumber,
  parsePercent,
} from './values.js';

const utc = { timeZone: 'UTC', dateOrder: 'ymd' as const };
const ny = { timeZone: 'America/New_York', dateOrder: 'ymd' as const };
const hk = { timeZone: 'Asia/Hong_Kong', dateOrder: 'dmy' as const };

describe('numbers and percents', () => {
  it('clean away binary noise and leave whole numbers as they are', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean((1.1 / 60) * 3)).toBe(0.055);
    expect(clean(221)).toBe(221);
    expect(Object.is(clean(-0), 0)).toBe(true);
    expect(clean(123456789012345)).toBe(123456789012000);
    expect(clean(-7)).toBe(-7);
  });

  it.each([
    ['1,234.50', 1234.5],
    ['$ 12', 12],
    ['HK$1,000', 1000],
    ['NT$ 2,500', 2500],
    ['¥300', 300],
    ['€ 12,5', 12.5],
    ['(12.50)', -12.5],
    ['-3', -3],
    ['0', 0],
  ])('parseNumber(%s) = %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('treats empty, - and -- as missing, not zero', () => {
    for (const t of ['', '  ', '-', '--', undefined]) {
      expect(parseNumber(t)).toEqual({ ok: true, value: null });
    }
  });

  it('rejects text', () => {
    expect(parseNumber('12abc')).toMatchObject({ ok: false, code: 'bad_number' });
    expect(parseNumber('1,23,4')).toMatchObject({ ok: false, code: 'bad_number' });
  });

  it('reads percents in points', () => {
    expect(parsePercent('83.33%')).toEqual({ ok: true, value: 83.33 });
    expect(parsePercent('0.00%')).toEqual({ ok: true, value: 0 });
    expect(parsePercent('100.00 %')).toEqual({ ok: true, value: 100 });
    expect(parsePercent('x%')).toMatchObject({ ok: false, code: 'bad_percent' });
  });

  it('reads counts', () => {
    expect(parseCount('1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('-1')).toMatchObject({ ok: false, code: 'negative' });
    expect(parseCount('1.5')).toMatchObject({ ok: false, code: 'bad_number' });
  });
});

describe('durations', () => {
  it('reads every shape of §0 in seconds', () => {
    expect(parseDurationSeconds('15', 'minutes')).toEqual({ ok: true, value: 900 }); // Zendesk minutes
    expect(parseDurationSeconds('14', 'hours')).toEqual({ ok: true, value: 50400 }); // Zendesk Resolution time
    expect(parseDurationSeconds('1.25', 'hours')).toEqual({ ok: true, value: 4500 }); // Chatwoot decimal hours
    expect(parseDurationSeconds('06:30:00', 'hours')).toEqual({ ok: true, value: 23400 }); // Freshdesk HH:MM:SS
    expect(parseDurationSeconds('49:05:10', 'seconds')).toEqual({ ok: true, value: 176710 }); // > 24 h
    expect(parseDurationSeconds('00:05:30', 'seconds')).toEqual({ ok: true, value: 330 }); // Connect hh:mm:ss
    expect(parseDurationSeconds('2 days 3 hours', 'minutes')).toEqual({ ok: true, value: 183600 });
    expect(parseDurationSeconds('1 day', 'minutes')).toEqual({ ok: true, value: 86400 });
    expect(parseDurationSeconds('45 minutes', 'minutes')).toEqual({ ok: true, value: 2700 });
    expect(parseDurationSeconds('30 seconds', 'minutes')).toEqual({ ok: true, value: 30 });
    expect(parseDurationSeconds('1 hour and 5 minutes', 'minutes')).toEqual({ ok: true, value: 3900 });
    expect(parseDurationSeconds('1h 5m', 'minutes')).toEqual({ ok: true, value: 3900 });
    expect(parseDurationSeconds('--', 'minutes')).toEqual({ ok: true, value: null });
  });

  it('names the unit of the result', () => {
    expect(parseDurationMinutes('90')).toEqual({ ok: true, value: 90 });
    expect(parseDurationMinutes('1 hour 30 minutes')).toEqual({ ok: true, value: 90 });
    expect(parseDurationHours('01:30:00')).toEqual({ ok: true, value: 1.5 });
    expect(parseDurationHours('2')).toEqual({ ok: true, value: 2 });
  });

  it('rejects bad durations', () => {
    expect(parseDurationSeconds('abc', 'minutes')).toMatchObject({ ok: false, code: 'bad_duration' });
    expect(parseDurationSeconds('3 fortnights', 'minutes')).toMatchObject({
      ok: false,
      code: 'bad_duration',
    });
    expect(parseDurationSeconds('12:75', 'minutes')).toMatchObject({ ok: false, code: 'bad_duration' });
    expect(parseDurationSeconds('-5', 'minutes')).toMatchObject({ ok: false, code: 'negative' });
  });
});

describe('dates', () => {
  it('applies the zone to a wall time without offset (EST after the DST change)', () => {
    expect(parseDateTime('2026-11-03 23:30:00', ny)).toEqual({ ok: true, value: '2026-11-04T04:30:00Z' });
    expect(parseDateTime('2026-07-03 23:30', ny)).toEqual({ ok: true, value: '2026-07-04T03:30:00Z' });
  });

  it('keeps a given offset', () => {
    expect(parseDateTime('2026-11-03T14:05:00Z', ny)).toEqual({ ok: true, value: '2026-11-03T14:05:00Z' });
    expect(parseDateTime('2026-11-03T14:05:00+08:00', ny)).toEqual({
      ok: true,
      value: '2026-11-03T06:05:00Z',
    });
    expect(parseDateTime('2026-11-03 14:05:00 +0800', ny)).toEqual({
      ok: true,
      value: '2026-11-03T06:05:00Z',
    });
    expect(parseDateTime('2026-11-03 14:05:00 UTC', ny)).toEqual({ ok: true, value: '2026-11-03T14:05:00Z' });
  });

  it('reads date-only values as days', () => {
    expect(parseDateTime('2026-11-03', ny)).toEqual({ ok: true, value: '2026-11-03' });
    expect(parseDateTime('2026/11/03', ny)).toEqual({ ok: true, value: '2026-11-03' });
  });

  it('follows the date order for year-last dates', () => {
    expect(parseDateTime('03/11/2026', { ...utc, dateOrder: 'dmy' })).toEqual({
      ok: true,
      value: '2026-11-03',
    });
    expect(parseDateTime('03/11/2026', { ...utc, dateOrder: 'mdy' })).toEqual({
      ok: true,
      value: '2026-03-11',
    });
    expect(parseDateTime('11/3/26 2:05 PM', { ...utc, dateOrder: 'mdy' })).toEqual({
      ok: true,
      value: '2026-11-03T14:05:00Z',
    });
    expect(parseDateTime('04/11/2026 14:30', hk)).toEqual({ ok: true, value: '2026-11-04T06:30:00Z' });
    // 'ymd' setting: unambiguous year-last dates are fine, ambiguous ones are refused.
    expect(parseDateTime('25/12/2026', utc)).toEqual({ ok: true, value: '2026-12-25' });
    expect(parseDateTime('03/11/2026', utc)).toMatchObject({ ok: false, code: 'bad_date' });
  });

  it('reads Excel serial numbers', () => {
    expect(parseDateTime('46329', utc)).toEqual({ ok: true, value: '2026-11-03' });
    expect(parseDateTime('46329.75', ny)).toEqual({ ok: true, value: '2026-11-03T23:00:00Z' });
  });

  it('rejects impossible dates', () => {
    expect(parseDateTime('2026-02-30', utc)).toMatchObject({ ok: false, code: 'bad_date' });
    expect(parseDateTime('31/02/2026', hk)).toMatchObject({ ok: false, code: 'bad_date' });
    expect(parseDateTime('2026-11-03 25:00', utc)).toMatchObject({ ok: false, code: 'bad_date' });
    expect(parseDateTime('tomorrow', utc)).toMatchObject({ ok: false, code: 'bad_date' });
  });

  it('accepts only days from 2000-01-01 to 2100-12-31', () => {
    for (const text of [
      '0001-01-01',
      '1899-12-31',
      '1999-12-31',
      '9999-12-31',
      '2101-01-01',
      '0001-01-01 10:00',
      '1899-12-31T23:00:00Z',
      '9999-12-31T00:00:00+08:00',
      '31/12/1899',
      '12/31/9999 10:00',
      'Dec 31, 1899',
    ]) {
      const settings = { ...hk, dateOrder: text.startsWith('12/') ? ('mdy' as const) : ('dmy' as const) };
      expect(parseDateTime(text, settings), text).toMatchObject({ ok: false, code: 'date_out_of_range' });
      expect(parseDay(text, settings), text).toMatchObject({ ok: false, code: 'date_out_of_range' });
    }
    expect(parseDateTime('2000-01-01', utc)).toEqual({ ok: true, value: '2000-01-01' });
    expect(parseDateTime('2100-12-31', utc)).toEqual({ ok: true, value: '2100-12-31' });
    expect(parseDay('2100-12-31 23:59', hk)).toEqual({ ok: true, value: '2100-12-31' });
    // Years 0–99 are not read as 1900–1999.
    expect(parseDateTime('0099-02-29', utc)).toMatchObject({ ok: false, code: 'bad_date' });
    expect(parseDateTime('0096-02-29', utc)).toMatchObject({ ok: false, code: 'date_out_of_range' });
  });

  it('accepts only real offsets: −12:00 to +14:00 in quarter hours', () => {
    for (const text of [
      '2026-11-03T14:05:00+25:00',
      '2026-11-03T14:05:00+14:30',
      '2026-11-03T14:05:00-12:15',
      '2026-11-03T14:05:00+05:20',
      '2026-11-03 14:05:00 +2500',
      '2026-11-03T14:05:00-13:00',
    ]) {
      expect(parseDateTime(text, ny), text).toMatchObject({ ok: false, code: 'bad_offset' });
      expect(parseDay(text, ny), text).toMatchObject({ ok: false, code: 'bad_offset' });
    }
    expect(parseDateTime('2026-11-03T14:05:00+14:00', ny)).toEqual({
      ok: true,
      value: '2026-11-03T00:05:00Z',
    });
    expect(parseDateTime('2026-11-03T14:05:00-12:00', ny)).toEqual({
      ok: true,
      value: '2026-11-04T02:05:00Z',
    });
    expect(parseDateTime('2026-11-03T14:05:00+05:45', ny)).toEqual({
      ok: true,
      value: '2026-11-03T08:20:00Z',
    });
    expect(parseDateTime('2026-11-03T14:05:00-09:30', ny)).toEqual({
      ok: true,
      value: '2026-11-03T23:35:00Z',
    });
  });

  it('parseDay keeps the day as written', () => {
    expect(parseDay('2026-11-03 23:30:00', ny)).toEqual({ ok: true, value: '2026-11-03' });
    expect(parseDay('2026-11-03T23:30:00Z', hk)).toEqual({ ok: true, value: '2026-11-03' });
  });
});

describe('headers', () => {
  it('normalises case and whitespace and keeps pandas suffixes distinct', () => {
    expect(normalizeHeader('  First Response Time   (in Hrs) ')).toBe('first response time (in hrs)');
    const cols = new Columns(['Resolution time (in hrs)', 'Resolution time (in hrs)_1', '\uFEFFId']);
    expect(cols.find('resolution time (IN HRS)')).toBe(0);
    expect(cols.find('Resolution time (in hrs)_1')).toBe(1);
    expect(cols.find('ID')).toBe(2);
    expect(cols.find('nope', 'id')).toBe(2);
  });
});
