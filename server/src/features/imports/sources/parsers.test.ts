import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createParser, detectSource } from './index.js';
import { readRecords } from './readers.js';
import { createStaffMatcher, staffKeyOf } from '../staff-matcher.js';
import type { ImportIssue, ImportSource, ParsedObservation, SourceSettings } from './types.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/imports/', import.meta.url));

async function run(source: ImportSource, file: string, settings: Partial<SourceSettings> = {}) {
  const parser = createParser(source, { timeZone: 'UTC', dateOrder: 'ymd', ...settings });
  const observations: ParsedObservation[] = [];
  const issues: ImportIssue[] = [];
  let header: string[] | undefined;
  for await (const { line, values } of readRecords({ path: join(fixtures, file), fileName: file })) {
    if (!header) {
      header = values;
      issues.push(...parser.header(values, line));
      continue;
    }
    const r = parser.row(values, line);
    observations.push(...r.observations);
    issues.push(...r.issues);
  }
  const end = parser.finish();
  observations.push(...end.observations);
  issues.push(...end.issues);
  return { observations, issues, header: header ?? [] };
}

/** Compact view: [line, staff name/email/number, indicator, when, numerator, denominator]. */
const brief = (o: ParsedObservation) => [
  o.line,
  o.staff.name ?? o.staff.email ?? o.staff.employeeNumber,
  o.indicatorCode,
  o.occurredAt ?? o.occurredOn,
  o.numerator,
  o.denominator,
];

describe('zendesk', () => {
  const ny = { timeZone: 'America/New_York' };

  it('reads the §1.1 export (Summation column first) in the account time zone', async () => {
    const { observations, issues, header } = await run('zendesk', 'zendesk-tickets.csv', ny);
    expect(detectSource(header)).toBe('zendesk');
    expect(observations.map(brief)).toEqual([
      [2, 'Alice Wong', 'CSAT', '2026-11-04T04:30:00Z', 1, 1],
      [2, 'Alice Wong', 'FRT', '2026-11-04T04:30:00Z', 15, 1],
      [2, 'Alice Wong', 'RESOLUTION_TIME', '2026-11-04T04:30:00Z', 13.5, 1],
      [2, 'Alice Wong', 'FCR', '2026-11-04T04:30:00Z', 1, 1],
      // Open ticket, "Offered": FRT only, dated Created at.
      [3, 'Bob Chan', 'FRT', '2026-11-04T14:15:00Z', 45, 1],
      [4, 'Alice Wong', 'CSAT', '2026-11-02T13:00:00Z', 0, 1],
      [4, 'Alice Wong', 'FRT', '2026-11-02T13:00:00Z', 120, 1],
      [4, 'Alice Wong', 'RESOLUTION_TIME', '2026-11-02T13:00:00Z', 24, 1],
      [4, 'Alice Wong', 'FCR', '2026-11-02T13:00:00Z', 0, 1],
      [6, 'José Pérez', 'RESOLUTION_TIME', '2026-11-05T15:30:00Z', 1.5, 1],
      [6, 'José Pérez', 'FCR', '2026-11-05T15:30:00Z', 1, 1],
    ]);
    expect(observations[0]?.externalKey).toBe('zendesk:ticket:101');
    expect(observations[0]?.staff).toEqual({ name: 'Alice Wong' });
    expect(issues).toEqual([
      expect.objectContaining({ line: 5, column: 'Assignee', code: 'missing_staff' }),
      expect.objectContaining({ line: 6, column: 'First reply time in minutes', code: 'bad_duration' }),
    ]);
  });

  it('reads the ; / windows-1252 variant the same way', async () => {
    const a = await run('zendesk', 'zendesk-tickets.csv', ny);
    const b = await run('zendesk', 'zendesk-tickets-semicolon.csv', ny);
    expect(b.observations).toEqual(a.observations);
    expect(b.issues).toEqual(a.issues);
  });

  it('reports missing required columns and accepts ID / Requester ID spellings', () => {
    const parser = createParser('zendesk', { timeZone: 'UTC', dateOrder: 'ymd' });
    expect(parser.header(['ID', 'Requester ID', 'Created at'], 1)).toEqual([
      expect.objectContaining({ line: 1, column: 'Assignee', code: 'missing_column' }),
    ]);
    const p2 = createParser('zendesk', { timeZone: 'UTC', dateOrder: 'ymd' });
    expect(p2.header(['ID', 'Assignee', 'Assignee email', 'Status', 'Created at', 'Reopens'], 1)).toEqual([]);
    expect(
      p2.row(['7', 'Zoe', 'zoe@example.com', 'Solved', '2026-11-03 10:00', '1'], 2).observations,
    ).toEqual([
      {
        line: 2,
        staff: { name: 'Zoe', email: 'zoe@example.com' },
        indicatorCode: 'FCR',
        occurredAt: '2026-11-03T10:00:00Z',
        numerator: 0,
        denominator: 1,
        externalKey: 'zendesk:ticket:7',
      },
    ]);
  });
});

describe('freshdesk', () => {
  it('computes calendar durations from timestamps and maps survey results', async () => {
    const { observations, issues, header } = await run('freshdesk', 'freshdesk-tickets.csv', {
      timeZone: 'Asia/Hong_Kong',
    });
    expect(detectSource(header)).toBe('freshdesk');
    expect(observations.map(brief)).toEqual([
      [2, 'Carol Lee', 'FRT', '2026-11-03T07:30:00Z', 45, 1],
      [2, 'Carol Lee', 'RESOLUTION_TIME', '2026-11-03T07:30:00Z', 6.5, 1],
      [2, 'Carol Lee', 'CSAT', '2026-11-03T07:30:00Z', 1, 1],
      // Closed, no Resolved time: Closed time; "(in hrs)" cells empty → from timestamps; 100 = neutral → no CSAT.
      [3, 'Dan Ho', 'FRT', '2026-11-04T02:00:00Z', 180, 1],
      [3, 'Dan Ho', 'RESOLUTION_TIME', '2026-11-04T02:00:00Z', 36, 1],
      [4, 'Carol Lee', 'CSAT', '2026-11-05T02:00:00Z', 0, 1],
      [6, 'Dan Ho', 'FRT', '2026-11-06T01:00:00Z', 10, 1],
      [6, 'Dan Ho', 'RESOLUTION_TIME', '2026-11-06T01:00:00Z', 1, 1],
    ]);
    expect(observations[0]?.externalKey).toBe('freshdesk:ticket:2001');
    expect(issues).toEqual([expect.objectContaining({ line: 5, column: 'Agent', code: 'missing_staff' })]);
  });

  it('accepts Freshservice Title Case and uses "(in hrs)" only without timestamps', () => {
    const p = createParser('freshdesk', { timeZone: 'UTC', dateOrder: 'ymd' });
    expect(
      p.header(
        ['Ticket Id', 'Agent', 'Status', 'Created Time', 'First Response Time (in Hrs)', 'Survey Result'],
        1,
      ),
    ).toEqual([]);
    const r = p.row(['9', 'Ray', 'Open', '2026-11-03 10:00:00', '01:15:00', '103'], 2);
    expect(r.observations.map(brief)).toEqual([
      [2, 'Ray', 'FRT', '2026-11-03T10:00:00Z', 75, 1],
      [2, 'Ray', 'CSAT', '2026-11-03T10:00:00Z', 1, 1],
    ]);
    const bad = p.row(['10', 'Ray', 'Open', '2026-11-03 10:00:00', 'soon', 'Meh'], 3);
    expect(bad.issues).toEqual([
      expect.objectContaining({ line: 3, column: 'First Response Time (in Hrs)', code: 'bad_duration' }),
      expect.objectContaining({ line: 3, column: 'Survey Result', code: 'bad_value' }),
    ]);
  });
});

describe('chatwoot agents', () => {
  it('reads the new template (period line first, text durations)', async () => {
    const { observations, issues } = await run('chatwoot_agents', 'chatwoot-agents.csv');
    expect(issues).toEqual([]);
    expect(observations.map(brief)).toEqual([
      [4, 'Eve Tam', 'FRT', '2026-11-07', 900, 10],
      [4, 'Eve Tam', 'RESOLUTION_TIME', '2026-11-07', 216, 8],
      [5, 'Frank Yu', 'FRT', '2026-11-07', 3, 4],
    ]);
    expect(observations[0]?.externalKey).toBe('chatwoot:agents:Eve Tam:2026-11-01:2026-11-07');
  });

  it('reads the old template (period line last, integer minutes) by buffering until finish()', async () => {
    const { observations, issues, header } = await run('chatwoot_agents', 'chatwoot-agents-old.csv');
    expect(detectSource(header)).toBe('chatwoot_agents');
    expect(issues).toEqual([]);
    expect(observations.map(brief)).toEqual([
      [2, 'Eve Tam', 'FRT', '2026-10-31', 120, 10],
      [2, 'Eve Tam', 'RESOLUTION_TIME', '2026-10-31', 30, 10],
      [3, 'Frank Yu', 'FRT', '2026-10-31', 21, 3],
      [3, 'Frank Yu', 'RESOLUTION_TIME', '2026-10-31', 2.25, 3],
    ]);
  });

  it('without a period line: missing_value on line 1 and nothing imported', () => {
    const p = createParser('chatwoot_agents', { timeZone: 'UTC', dateOrder: 'ymd' });
    p.header(['Agent name', 'Assigned conversations', 'Avg first response time', 'Avg resolution time'], 1);
    expect(p.row(['Eve Tam', '10', '12', '180'], 2)).toEqual({ observations: [], issues: [] });
    expect(p.finish()).toEqual({
      observations: [],
      issues: [expect.objectContaining({ line: 1, code: 'missing_value' })],
    });
  });

  it('reports a bad duration with line and column', () => {
    const p = createParser('chatwoot_agents', { timeZone: 'UTC', dateOrder: 'ymd' });
    p.header(['Reporting period 2026-11-01 to 2026-11-07'], 1);
    p.row(['Agent name', 'Assigned conversations', 'Avg first response time', 'Avg resolution time'], 3);
    const r = p.row(['Eve Tam', '10', 'a while', '2 hours'], 4);
    expect(r.issues).toEqual([
      expect.objectContaining({ line: 4, column: 'Avg first response time', code: 'bad_duration' }),
    ]);
    expect(r.observations.map(brief)).toEqual([[4, 'Eve Tam', 'RESOLUTION_TIME', '2026-11-07', 20, 10]]);
  });
});

describe('chatwoot csat', () => {
  it('splits "Name (email)", counts 4–5 as satisfied and ignores the period footer', async () => {
    const { observations, issues, header } = await run('chatwoot_csat', 'chatwoot-csat.csv');
    expect(detectSource(header)).toBe('chatwoot_csat');
    expect(observations.map(brief)).toEqual([
      [2, 'Eve Tam', 'CSAT', '2026-11-03T10:00:00Z', 1, 1],
      [3, 'Eve Tam', 'CSAT', '2026-11-03T03:00:00Z', 0, 1],
      [4, 'Frank Yu', 'CSAT', '2026-11-04T09:30:00Z', 1, 1],
    ]);
    expect(observations[0]?.staff).toEqual({ name: 'Eve Tam', email: 'eve@example.com' });
    expect(observations[0]?.externalKey).toBe('chatwoot:csat:345:2026-11-03T10:00:00Z');
    expect(issues).toEqual([
      expect.objectContaining({ line: 5, code: 'missing_staff' }),
      expect.objectContaining({ line: 6, column: 'Rating', code: 'bad_value' }),
    ]);
  });
});

describe('amazon connect', () => {
  it('re-weights average handle time by contacts handled, skipping "-" and totals rows', async () => {
    const { observations, issues, header } = await run('amazon_connect', 'amazon-connect-agents.csv');
    expect(detectSource(header)).toBe('amazon_connect');
    expect(observations.map(brief)).toEqual([
      [2, 'helen.ko', 'AHT', '2026-11-03', 6600, 20],
      [3, 'ivan.li', 'AHT', '2026-11-03', 1800, 3],
    ]);
    expect(observations[0]?.externalKey).toBe('connect:helen.ko:2026-11-03 00:00');
    expect(issues).toEqual([
      expect.objectContaining({ line: 7, column: 'Average handle time', code: 'bad_duration' }),
    ]);
  });
});

describe('pos', () => {
  it('gives ATV and UPT per employee and day', async () => {
    const { observations, issues, header } = await run('pos', 'pos-sales-by-staff.csv');
    expect(detectSource(header)).toBe('pos');
    expect(issues).toEqual([]);
    expect(observations.map(brief)).toEqual([
      [2, 'Jack Wu', 'ATV', '2026-11-03', 1250, 25],
      [2, 'Jack Wu', 'UPT', '2026-11-03', 60, 25],
      [3, 'Kim Lo', 'ATV', '2026-11-03', 480.5, 4],
      [3, 'Kim Lo', 'UPT', '2026-11-03', 9, 4],
    ]);
    expect(observations[0]?.externalKey).toBe('pos:Jack Wu:2026-11-03');
  });

  it('accepts NCR Silver / Centegra headers and needs a date column', () => {
    const ncr = createParser('pos', { timeZone: 'UTC', dateOrder: 'mdy' });
    expect(
      ncr.header(['Business Date', 'Employee Name', 'Net Sales', 'tickets', 'average ticket'], 1),
    ).toEqual([]);
    expect(ncr.row(['11/03/2026', 'Lin', '$300.00', '6', '$50.00'], 2).observations.map(brief)).toEqual([
      [2, 'Lin', 'ATV', '2026-11-03', 300, 6],
    ]);
    const centegra = createParser('pos', { timeZone: 'UTC', dateOrder: 'ymd' });
    expect(centegra.header(['Team Member', 'Sale Count', 'Gross', 'Net'], 1)).toEqual([
      expect.objectContaining({ column: 'Date', code: 'missing_column' }),
    ]);
  });
});

describe('generic', () => {
  const mapping = {
    staff: 'Staff',
    date: 'Date',
    indicatorColumn: 'Metric',
    numerator: 'Value',
    denominator: 'Count',
    key: 'Ref',
  };

  it('maps columns, upper-cases codes and reports bad rows (CSV, d/m/y)', async () => {
    const { observations, issues } = await run('generic', 'generic.csv', {
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'dmy',
      mapping,
    });
    expect(observations).toEqual([
      {
        line: 2,
        staff: { employeeNumber: 'E001', name: 'E001' },
        indicatorCode: 'QA_SCORE',
        occurredOn: '2026-11-03',
        numerator: 92.5,
        denominator: 1,
        externalKey: 'generic:R1',
      },
      {
        line: 3,
        staff: { email: 'jane@example.com' },
        indicatorCode: 'MYSTERY_SHOP',
        occurredAt: '2026-11-04T06:30:00Z',
        numerator: 18,
        denominator: 20,
        externalKey: 'generic:jane@example.com:MYSTERY_SHOP:2026-11-04',
      },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ line: 4, column: 'Count', code: 'bad_value' }),
      expect.objectContaining({ line: 5, column: 'Date', code: 'bad_date' }),
    ]);
  });

  it('reads the XLSX fixture', async () => {
    const { observations, issues } = await run('generic', 'generic.xlsx', {
      mapping: {
        staff: 'Staff',
        date: 'Date',
        indicatorColumn: 'Metric',
        numerator: 'Value',
        denominator: 'Count',
      },
    });
    expect(issues).toEqual([]);
    expect(observations.map(brief)).toEqual([
      [2, 'E001', 'QA_SCORE', '2026-11-03T00:00:00Z', 92.5, 1],
      [4, 'E002', 'CSAT', '2026-11-04T09:30:00Z', 0.3, 3],
    ]);
    expect(observations[1]?.externalKey).toBe('generic:E002:CSAT:2026-11-04');
  });

  it('needs a mapping whose columns exist', () => {
    expect(createParser('generic', { timeZone: 'UTC', dateOrder: 'ymd' }).header(['a'], 1)).toEqual([
      expect.objectContaining({ code: 'unknown_format' }),
    ]);
    const p = createParser('generic', {
      timeZone: 'UTC',
      dateOrder: 'ymd',
      mapping: { staff: 'Staff', date: 'Day', indicatorCode: 'csat', numerator: 'Good' },
    });
    expect(p.header(['Staff', 'Date', 'Good'], 1)).toEqual([
      expect.objectContaining({ column: 'Day', code: 'missing_column' }),
    ]);
  });
});

describe('detectSource', () => {
  it('returns null for unknown headers', () => {
    expect(detectSource(['foo', 'bar'])).toBeNull();
    expect(detectSource(['Reporting period 2026-11-01 to 2026-11-07'])).toBeNull();
  });
});

describe('zendesk on the 1–5 satisfaction scale (issue 19 item 2)', () => {
  const header = ['Id', 'Assignee', 'Status', 'Created at', 'Solved at', 'Satisfaction Score'];
  const rows = (scores: string[], settings: Partial<SourceSettings> = {}) => {
    const p = createParser('zendesk', { timeZone: 'UTC', dateOrder: 'ymd', ...settings });
    expect(p.header(header, 1)).toEqual([]);
    return scores.map((s, i) =>
      p.row([String(100 + i), 'Amy Chan', 'Solved', '2026-11-02 09:00', '2026-11-02 10:00', s], i + 2),
    );
  };

  it('counts 4 and 5 as satisfied, 1 to 3 as not, and leaves offered and blank out', () => {
    const out = rows(['5', '4', '3', '1', 'Offered', 'Not Offered', '']);
    expect(out.flatMap((r) => r.issues)).toEqual([]);
    const csat = out.flatMap((r) => r.observations).filter((o) => o.indicatorCode === 'CSAT');
    expect(csat.map((o) => [o.numerator, o.denominator])).toEqual([
      [1, 1],
      [1, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('takes the organisation’s threshold when it sets one', () => {
    const csat = rows(['5', '4'], { satisfiedFrom: 5 })
      .flatMap((r) => r.observations)
      .filter((o) => o.indicatorCode === 'CSAT');
    expect(csat.map((o) => o.numerator)).toEqual([1, 0]);
  });

  it('refuses a file that mixes Good/Bad with 1–5, naming the row', () => {
    const out = rows(['Good', '5', 'Bad']);
    const issues = out.flatMap((r) => r.issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, code: 'bad_value', column: 'Satisfaction Score' });
    expect(issues[0]!.message).toContain('mixes satisfaction scales');
  });
});

describe('amazon connect logins that are not e-mail addresses (issue 19 item 5)', () => {
  it('names the agent by first and last name, so staff matching can find them', () => {
    const p = createParser('amazon_connect', { timeZone: 'UTC', dateOrder: 'ymd' });
    const header = [
      'StartInterval',
      'EndInterval',
      'Agent',
      'Agent first name',
      'Agent last name',
      'Contacts handled',
      'Average handle time',
    ];
    expect(p.header(header, 1)).toEqual([]);
    const r = p.row(['2026-11-03 00:00', '2026-11-04 00:00', 'jchan', 'Jacky', 'Chan', '10', '00:05:00'], 2);
    expect(r.issues).toEqual([]);
    expect(r.observations.map(brief)).toEqual([[2, 'Jacky Chan', 'AHT', '2026-11-03', 3000, 10]]);
    expect(r.observations[0]!.externalKey).toBe('connect:jchan:2026-11-03 00:00');
    const match = createStaffMatcher([
      {
        id: 'p1',
        employeeNumber: 'E1',
        email: 'jacky.chan@example.com',
        givenNameEn: 'Jacky',
        familyNameEn: 'Chan',
        nameZh: '陳積奇',
      },
      {
        id: 'p2',
        employeeNumber: 'E2',
        email: null,
        givenNameEn: 'Jack',
        familyNameEn: 'Chen',
        nameZh: null,
      },
    ]);
    const staff = r.observations[0]!.staff;
    expect(match(staff, staffKeyOf(staff)!).personId).toBe('p1');
    // Without the name columns the login alone matches no one.
    expect(match({ name: 'jchan' }, 'jchan').personId).toBeNull();
  });
});
