import fc from 'fast-check';
import { templateBody } from './reviews.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isReal, REAL_FORMAT } from '@frontline/contract';
import { addDays } from '../src/lib/calendar.js';
import { createTestApp, loginClient, type Client, type TestApp } from './http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from './factories.js';

/**
 * Property-based fuzzing of every route, generated from the route's own schemas: each request
 * mixes plausible values (real ids of the right kind, dates in range, strings of the allowed
 * length) with hostile ones (NUL, lone surrogates, control characters, 1e308, 5e-324, 1e400,
 * -0, huge integers, year 0000/9999 and impossible dates, random UUIDs, very long strings,
 * values of the wrong type, UTF-32 files). For every request:
 *   no answer is 5xx; a refused request (4xx) carries a stable error code; and it wrote nothing
 *   (the audit log is unchanged: every mutation is audited in its own transaction, so an audit
 *   row means a write).
 * FUZZ_RUNS (requests per route, default 24) and FUZZ_SEED reproduce or widen a run.
 */

type Schema = {
  type?: string | string[];
  anyOf?: Schema[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
};

const RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** A value JSON cannot carry from JavaScript: written into the request text as is. */
const RAW = (text: string) => `\u0001raw:${text}\u0001`;
const RAW_RE = /"\\u0001raw:([^"\\]*)\\u0001"/g;
const rawText = (v: unknown) =>
  typeof v === 'string' && v.startsWith('\u0001raw:') ? v.slice(5, -1) : v === null ? '' : String(v);

const HOSTILE_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udbff\udfff\ud800',
  'bell\u0007',
  'esc\u001b[31m',
  'two\nlines',
  'tab\there',
  'nel\u0085',
  '\u009f',
  'del\u007f',
  '\u200b',
  '\ufeff',
  '😀',
  '中文名字',
  '',
  ' ',
  "' or 1=1 --",
  '%00',
  '\\u0000',
  'null',
  '-1',
  '1e308',
  '２０２６',
  'x'.repeat(5_000),
  'é'.repeat(100_001),
  'y'.repeat(400_000),
];
const HOSTILE_NUMBERS: unknown[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  1e-320,
  -0,
  0,
  9007199254740992,
  RAW('-9007199254740993'),
  2147483648,
  -2147483649,
  1e16,
  1e13,
  0.1,
  1.5,
  RAW('1e400'),
  RAW('-1e400'),
  RAW('1e-400'),
];
const HOSTILE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1999-12-31',
  '2101-01-01',
  '2027-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '20261101',
  '+002026-11-01',
  '2026-11-01T00:00:00Z',
];
const HOSTILE_DATE_TIMES = [
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1999-12-31T23:59:59Z',
  '2026-02-30T10:00:00Z',
  '2026-11-01T24:00:01Z',
  '2026-11-01T10:00:00',
  '2026-11-01',
  '2100-12-31T23:59:59-14:00',
  '2000-01-01T00:00:00+14:00',
  '2026-11-01T10:00:00.123456789Z',
];
const HOSTILE_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
];
const WRONG_TYPES: unknown[] = [null, true, false, [], {}, 'x', 1, [null], { a: 1 }];

const TEXT_UNITS = ['a', 'Z', '0', ' ', 'é', '中', '😀', '-', '_', '.', '@', '\n', '\t'];
const LAST_DAY = 36_889; // 2000-01-01 + 36 889 days = 2100-12-31
const aDate = fc.oneof(
  fc.integer({ min: 9_400, max: 9_800 }).map((n) => addDays('2000-01-01', n)), // 2025–2026
  fc.integer({ min: 0, max: LAST_DAY }).map((n) => addDays('2000-01-01', n)),
  fc.constantFrom('2000-01-01', '2100-12-31', '2028-02-29', '2026-11-01', '2026-11-30'),
);
const aDateTime = fc
  .tuple(aDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+08:00', '-05:00'))
  .map(([d, h, z]) => `${d}T${String(h).padStart(2, '0')}:30:00${z}`);

/** Which table an id names, by field or path segment; unknown ones draw from every table. */
const FIELD_TABLE: Record<string, string> = {
  personId: 'person',
  managerId: 'person',
  ownerPersonId: 'person',
  managerPersonId: 'person',
  subjectPersonId: 'person',
  orgUnitId: 'org_unit',
  unitId: 'org_unit',
  parentId: 'org_unit',
  jobRoleId: 'job_role',
  indicatorId: 'indicator',
  focusIndicatorId: 'indicator',
  indicatorIds: 'indicator',
  dutyId: 'duty',
  with: 'roster_plan',
  fromPlanId: 'roster_plan',
  shiftTemplateId: 'shift_template',
  policyId: 'policy',
  courseId: 'course',
  schemeId: 'reward_scheme',
  checkinId: 'checkin',
  coachingPlanId: 'coaching_plan',
  checkpointId: 'improvement_plan_checkpoint',
  objectiveId: 'improvement_plan_objective',
  scorecardId: 'scorecard',
  batchId: 'import_batch',
  actorUserId: 'app_user',
  doneActionIds: 'action_item',
  interactionId: 'calibration_interaction',
  assessorUserIds: 'app_user',
  userId: 'app_user',
  assessorCourseId: 'course',
  templateId: 'review_template',
  cycleId: 'review_cycle',
  orgUnitIds: 'org_unit',
  jobRoleIds: 'job_role',
};
const SEGMENT_TABLE: Record<string, string> = {
  'action-items': 'action_item',
  'api-tokens': 'api_token',
  checkins: 'checkin',
  coaching: 'coaching_plan',
  'improvement-plans': 'improvement_plan',
  courses: 'course',
  person: 'person',
  feedback: 'feedback',
  goals: 'goal',
  'import-presets': 'import_preset',
  imports: 'import_batch',
  indicators: 'indicator',
  'job-roles': 'job_role',
  notifications: 'notification',
  'org-units': 'org_unit',
  people: 'person',
  policies: 'policy',
  'reward-schemes': 'reward_scheme',
  targets: 'target',
  assignments: 'training_assignment',
  'calibration-sessions': 'calibration_session',
  'assessor-certifications': 'assessor_certification',
  'sampling-plans': 'sampling_plan',
  interactions: 'calibration_interaction',
  'review-templates': 'review_template',
  'review-cycles': 'review_cycle',
  reviews: 'review',
  'review-inputs': 'review_input',
  duties: 'duty',
  'shift-templates': 'shift_template',
  'roster-plans': 'roster_plan',
  leave: 'leave_record',
  'roster-profiles': 'person',
  scorecards: 'scorecard',
  evaluations: 'evaluation',
  'evaluation-disputes': 'evaluation_dispute',
  evidence: 'evaluation_evidence',
  users: 'app_user',
};

type Pools = Map<string, string[]>;

function generators(pools: () => Pools) {
  const ids = (table: string | undefined) => {
    const p = pools();
    const list = table ? (p.get(table) ?? []) : [...p.values()].flat();
    return list.length ? fc.constantFrom(...list) : fc.uuid();
  };
  const strings = (s: Schema, field: string) => {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? 200;
    if (s.format === 'uuid') return fc.oneof({ arbitrary: ids(FIELD_TABLE[field]), weight: 4 }, fc.uuid());
    if (s.format === 'date') return aDate;
    if (s.format === 'date-time') return aDateTime;
    if (s.format === 'email') return fc.emailAddress().filter((e) => e.length <= max);
    if (s.pattern && !s.pattern.startsWith('^[^')) {
      const re = new RegExp(s.pattern, 'u');
      return fc
        .stringMatching(re)
        .map((x) => x.slice(0, max))
        .filter((x) => x.length >= min && re.test(x));
    }
    return fc.oneof(
      {
        arbitrary: fc.string({
          unit: fc.constantFrom(...TEXT_UNITS),
          minLength: min,
          maxLength: Math.min(max, 40),
        }),
        weight: 5,
      },
      fc.constant('x'.repeat(Math.min(Math.max(min, max), 100_000))),
    );
  };

  function valid(s: Schema, field = ''): fc.Arbitrary<unknown> {
    if (s.anyOf) return fc.oneof(...s.anyOf.map((m) => valid(m, field)));
    if ('const' in s) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const type = (Array.isArray(s.type) ? s.type[0] : s.type) ?? 'any';
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer': {
        const min = Math.max(s.minimum ?? -1000, -(2 ** 31));
        const max = Math.min(s.maximum ?? 1000, 2 ** 31 - 1);
        return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
      }
      case 'number': {
        const min = s.minimum ?? s.exclusiveMinimum ?? -1e6;
        const max = s.maximum ?? s.exclusiveMaximum ?? 1e6;
        const n = fc.oneof(
          fc.double({
            min,
            max,
            noNaN: true,
            noDefaultInfinity: true,
            minExcluded: s.exclusiveMinimum !== undefined,
          }),
          fc.constantFrom(max, 1, 50, 90.5),
        );
        return s.format === REAL_FORMAT ? n.filter((x) => isReal(x as number)) : n;
      }
      case 'string':
        return strings(s, field);
      case 'array':
        return fc.array(valid(s.items ?? {}, field), {
          minLength: s.minItems ?? 0,
          maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
        });
      case 'object':
        return object(s, valid);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  function hostile(s: Schema, field = ''): fc.Arbitrary<unknown> {
    const leaf = s.anyOf ? (s.anyOf.find((m) => m.type !== 'null') ?? s) : s;
    const type = Array.isArray(leaf.type) ? leaf.type[0] : leaf.type;
    const own: unknown[] =
      type === 'number' || type === 'integer'
        ? HOSTILE_NUMBERS
        : leaf.format === 'date'
          ? HOSTILE_DATES
          : leaf.format === 'date-time'
            ? HOSTILE_DATE_TIMES
            : leaf.format === 'uuid'
              ? HOSTILE_UUIDS
              : type === 'string'
                ? HOSTILE_TEXT
                : [];
    const more: fc.Arbitrary<unknown>[] = [];
    if (type === 'string') more.push(fc.string({ unit: 'binary', maxLength: 30 }));
    if (type === 'object') more.push(object(leaf, mixed));
    if (type === 'array') more.push(fc.array(mixed(leaf.items ?? {}, field), { maxLength: 60 }));
    return fc.oneof(
      ...(own.length ? [{ arbitrary: fc.constantFrom(...own), weight: 4 }] : []),
      ...more.map((arbitrary) => ({ arbitrary, weight: 2 })),
      { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 },
    );
  }

  function mixed(s: Schema, field = ''): fc.Arbitrary<unknown> {
    return fc.oneof({ arbitrary: valid(s, field), weight: 3 }, { arbitrary: hostile(s, field), weight: 1 });
  }

  function object(s: Schema, leaf: (s: Schema, field: string) => fc.Arbitrary<unknown>) {
    const props = s.properties ?? {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(props)) model[k] = leaf(v, k);
    const required = s.required ?? [];
    const rec = fc.record(model, { requiredKeys: required.filter((k) => k in model) });
    // Now and then a field the schema does not know, with a hostile name.
    return fc.oneof(
      { arbitrary: rec, weight: 9 },
      rec.map((r) => ({ ...r, 'bad\u0000key': 1, __proto__x: 'x' })),
    );
  }

  /** A whole request part: entirely plausible, or with hostile values mixed in. */
  const part = (s: Schema | undefined) =>
    s
      ? fc.oneof({ arbitrary: valid(s), weight: 1 }, { arbitrary: mixed(s), weight: 2 })
      : fc.constant(undefined);
  return { part, hostile, ids };
}

/** Percent-encoding that survives lone surrogates (encoded as the bytes a careless client sends). */
function enc(v: unknown): string {
  const s = rawText(v);
  try {
    return encodeURIComponent(s);
  } catch {
    return s.replace(/[^A-Za-z0-9]/gu, (c) =>
      c.length === 1 && /[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c),
    );
  }
}

function utf32le(text: string): Buffer {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => b.writeUInt32LE(cp, i * 4));
  return b;
}
const CSV = 'employee_number,given_name_en,family_name_en,org_unit_code\nE1,Amy,Chan,NOPE\n';
const FILES = [
  Buffer.from(CSV),
  utf32le(CSV),
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]),
  Buffer.from('Id,Assignee\n1,\u0000\ud800x\n'),
  Buffer.alloc(2_000, 0),
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
];

describe('every route under hostile input (property-based)', () => {
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let apiToken = '';
  let pools: Pools = new Map();

  const lastAuditId = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id ?? 0,
    );

  async function refreshPools() {
    const tables = await sql<{ table: string }>`
      select table_name as "table" from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`.execute(t.database.db);
    // The fuzzing actors themselves stay out of reach, so no request can sign them out.
    const keep = new Set([org.people.admin.userId, org.people.supA.userId, org.people.supA.id]);
    const next: Pools = new Map();
    for (const { table } of tables.rows) {
      const rows = await sql<{ id: string }>`select id from ${sql.table(table)} limit 30`.execute(
        t.database.db,
      );
      next.set(
        table,
        rows.rows.map((r) => r.id).filter((id) => !keep.has(id)),
      );
    }
    pools = next;
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    const csat = (await installIndicators(t.services))('CSAT');
    const p = org.people;
    admin = await loginClient(t.app, p.admin.email, PASSWORD);
    sup = await loginClient(t.app, p.supA.email, PASSWORD);
    // A little of everything, made the way users make it, so ids of every kind exist.
    const made: [Client, string, string, unknown][] = [
      [
        admin,
        'POST',
        '/api/v1/policies',
        {
          code: 'SVC',
          kind: 'service_standard',
          titleEn: 'Service',
          bodyEn: 'Be kind.',
          effectiveFrom: '2026-01-01',
        },
      ],
      [
        admin,
        'POST',
        '/api/v1/targets',
        { indicatorId: csat, orgUnitId: org.units.teamA.id, standard: 85, effectiveFrom: '2026-01-01' },
      ],
      [
        sup,
        'POST',
        '/api/v1/observations',
        {
          personId: p.staffA1.id,
          indicatorId: csat,
          occurredOn: '2026-11-03',
          numerator: 8,
          denominator: 10,
        },
      ],
      [
        sup,
        'POST',
        '/api/v1/goals',
        {
          personId: p.staffA1.id,
          kind: 'indicator',
          title: 'CSAT 90',
          indicatorId: csat,
          target: 90,
          periodStart: '2026-12-01',
          periodEnd: '2026-12-31',
        },
      ],
      [sup, 'POST', '/api/v1/checkins', { personId: p.staffA1.id, scheduledAt: '2026-12-04T02:00:00Z' }],
      [
        sup,
        'POST',
        '/api/v1/action-items',
        { personId: p.staffA1.id, owner: 'person', title: 'Read the policy' },
      ],
      [sup, 'POST', `/api/v1/people/${p.staffA1.id}/feedback`, { kind: 'praise', body: 'Well handled.' }],
      [sup, 'POST', '/api/v1/recognition', { personId: p.staffA2.id, message: 'Thanks!' }],
      [
        sup,
        'POST',
        '/api/v1/coaching',
        { personId: p.staffA1.id, origin: 'manual', focusSkill: 'Listening' },
      ],
      [
        sup,
        'POST',
        '/api/v1/improvement-plans',
        {
          personId: p.staffA1.id,
          sourceKind: 'manual',
          reason: 'Listening',
          startsOn: '2026-12-01',
          endsOn: '2026-12-31',
          objectives: [{ kind: 'behaviour', description: 'Listen', successCriteria: 'No interruptions' }],
          support: [{ kind: 'mentor', detail: 'A senior colleague' }],
          reviewDates: ['2026-12-15'],
        },
      ],
      [
        admin,
        'POST',
        '/api/v1/courses',
        { code: 'C1', titleEn: 'Listening', category: 'service_skills', indicatorIds: [csat] },
      ],
      [admin, 'POST', '/api/v1/reward-schemes', { kind: 'manual', code: 'STAR', nameEn: 'Star', points: 10 }],
      [admin, 'POST', '/api/v1/api-tokens', { name: 'fuzz' }],
      [
        admin,
        'POST',
        '/api/v1/scorecards',
        {
          code: 'QA',
          kind: 'qa_interaction',
          titleEn: 'QA',
          titleZh: '質素',
          sections: [
            {
              id: 's',
              titleEn: 'S',
              titleZh: 'S',
              items: [
                {
                  id: 'greet',
                  textEn: 'Greet',
                  textZh: '問候',
                  type: 'yes_no_na',
                  weight: 1,
                  critical: 'none',
                  naAllowed: true,
                },
              ],
            },
          ],
        },
      ],
      [
        admin,
        'POST',
        '/api/v1/import-presets',
        { name: 'Zendesk', settings: { source: 'zendesk', timeZone: 'Asia/Hong_Kong', dateOrder: 'ymd' } },
      ],
    ];
    for (const [client, method, url, body] of made) {
      const res = await client.request(method as 'POST', url, body);
      if (res.statusCode >= 300) {
        console.log(`fuzz fixture ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      if (url === '/api/v1/api-tokens' && res.statusCode === 201) apiToken = res.json().secret;
    }
    const course = await t.database.db.selectFrom('course').select('id').executeTakeFirst();
    const scheme = await t.database.db.selectFrom('rewardScheme').select('id').executeTakeFirst();
    if (course) {
      await sup.request('POST', '/api/v1/training/assignments', {
        courseId: course.id,
        personId: p.staffA1.id,
      });
    }
    const card = await t.database.db.selectFrom('scorecard').select('id').executeTakeFirst();
    if (card) {
      const ev = await sup.request('POST', '/api/v1/evaluations', {
        scorecardId: card.id,
        personId: p.staffA1.id,
        channel: 'call',
        occurredOn: '2026-11-03',
        answers: [{ itemId: 'greet', value: 'yes' }],
      });
      if (ev.statusCode === 201) {
        await sup.request('POST', `/api/v1/evaluations/${ev.json().id}/submit`);
        await sup.request('POST', `/api/v1/evaluations/${ev.json().id}/release`);
      }
    }
    const tpl = await admin.request('POST', '/api/v1/review-templates', templateBody('FUZZ'));
    if (tpl.statusCode === 201) {
      const cycle = await admin.request('POST', '/api/v1/review-cycles', {
        nameEn: 'H1',
        nameZh: '上半年',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        templateId: tpl.json().id,
        population: { orgUnitIds: [], jobRoleIds: [], hiredOnOrBefore: null },
        selfDue: '2026-07-10',
        managerDue: '2026-07-20',
        calibrationDue: '2026-07-25',
        signOffDue: '2026-07-31',
      });
      if (cycle.statusCode === 201) {
        await admin.request('POST', `/api/v1/review-cycles/${cycle.json().id}/launch`);
      }
    }
    if (scheme) {
      await admin.request('POST', '/api/v1/awards', {
        schemeId: scheme.id,
        personId: p.staffA2.id,
        reason: 'Great week',
      });
    }
    // Work allocation: a duty and a shift at team A, staff A1's profile, and a plan with its demand.
    const dutyRes = await sup.request('POST', '/api/v1/duties', {
      unitId: org.units.teamA.id,
      code: 'PHONE',
      nameEn: 'Phone queue',
      nameZh: '電話隊列',
      minLevel: 1,
      standard: '',
      outputs: '',
      indicatorIds: [],
    });
    const shiftRes = await sup.request('POST', '/api/v1/shift-templates', {
      unitId: org.units.teamA.id,
      code: 'E',
      nameEn: 'Early',
      nameZh: '早更',
      startMinute: 420,
      endMinute: 900,
      breakMinutes: 60,
    });
    if (dutyRes.statusCode === 201 && shiftRes.statusCode === 201) {
      await sup.request('PUT', `/api/v1/roster-profiles/${p.staffA1.id}`, {
        minWeekHours: 0,
        maxWeekHours: 40,
        maxConsecutiveDays: 5,
        minRestHours: 11,
        hourlyCost: 60,
        overtimePremium: 1.5,
        skills: [{ dutyId: dutyRes.json().id, level: 1 }],
        unavailableDates: [],
        preferences: [],
      });
      const planRes = await sup.request('POST', '/api/v1/roster-plans', {
        unitId: org.units.teamA.id,
        name: 'Fuzz week',
        startsOn: '2026-11-16',
        weeks: 1,
      });
      if (planRes.statusCode === 201) {
        await sup.request('PUT', `/api/v1/roster-plans/${planRes.json().id}/demand`, {
          version: 0,
          cells: [{ day: 0, shiftTemplateId: shiftRes.json().id, dutyId: dutyRes.json().id, headcount: 1 }],
        });
        // Nobody on the plan: a fuzzed solve is refused (400) instead of running in the background,
        // where its end would write an audit row during another request's "wrote nothing" check.
        await t.database.db.deleteFrom('rosterPlanPerson').where('planId', '=', planRes.json().id).execute();
      }
    }
    await admin.request('POST', '/api/v1/imports?fileName=z.csv', Buffer.from('Id,Assignee\n1,Someone\n'), {
      'content-type': 'application/octet-stream',
    });
    await t.services.jobs.idle();
    await refreshPools();
  }, 120_000);
  afterAll(() => t.close());

  it('never answers 5xx, and a refused request writes nothing', async () => {
    const gen = generators(() => pools);
    // Signing in wrongly is audited on purpose (auth.login_failed); signing out ends the fuzzing session.
    const WRITES_WHEN_REFUSED = new Set(['POST /api/v1/auth/login']);
    const SKIP = new Set(['POST /api/v1/auth/logout', 'GET /*', 'GET /api/openapi.json']);
    const routes = t.routes
      .filter((r) => !r.url.startsWith('/api/docs') && !SKIP.has(`${r.method} ${r.url}`))
      // Creating first, so later routes find records of every kind.
      .sort((a, b) => Number(a.url.includes(':')) - Number(b.url.includes(':')));
    const failures: string[] = [];
    let cases = 0;
    let refused = 0;
    const codes = new Map<string, number>();
    const KNOWN_CODES = new Set<string>(ERROR_CODES);
    const started = Date.now();
    for (const [i, route] of routes.entries()) {
      const key = `${route.method} ${route.url}`;
      const schema = (route.schema ?? {}) as { params?: Schema; querystring?: Schema; body?: Schema };
      const segments = route.url.split('/');
      const paramArbs: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [j, seg] of segments.entries()) {
        if (!seg.startsWith(':')) continue;
        const name = seg.slice(1);
        const table = SEGMENT_TABLE[segments[j - 1] ?? ''];
        const s = schema.params?.properties?.[name] ?? { type: 'string' };
        paramArbs[name] = fc.oneof(
          { arbitrary: gen.ids(table), weight: 4 },
          { arbitrary: fc.uuid(), weight: 1 },
          { arbitrary: gen.hostile(s, name), weight: 2 },
        );
      }
      const isUpload = key === 'POST /api/v1/imports';
      const bodyArb: fc.Arbitrary<unknown> = isUpload
        ? fc.constantFrom(...FILES)
        : schema.body?.type === 'string'
          ? fc.oneof(gen.part(schema.body), fc.constantFrom(...FILES))
          : gen.part(schema.body);
      const request = fc.record({
        params: fc.record(paramArbs),
        query: gen.part(schema.querystring),
        body: bodyArb,
        who: fc.constantFrom('admin', 'admin', 'sup'),
      });
      try {
        await fc.assert(
          fc.asyncProperty(request, async ({ params, query, body, who }) => {
            let url = route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => enc(params[name]));
            if (query && typeof query === 'object') {
              const qs = Object.entries(query as Record<string, unknown>)
                .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${enc(k)}=${enc(x)}`))
                .join('&');
              if (qs) url += `?${qs}`;
            }
            const headers: Record<string, string> = {};
            let payload: unknown = undefined;
            if (Buffer.isBuffer(body)) {
              payload = body;
              headers['content-type'] = isUpload ? 'application/octet-stream' : 'text/csv';
            } else if (typeof body === 'string' && schema.body?.type === 'string') {
              payload = body;
            } else if (body !== undefined && schema.body) {
              payload = JSON.stringify(body).replace(RAW_RE, '$1');
              headers['content-type'] = 'application/json';
            }
            if (route.access === 'token') headers.authorization = `Bearer ${apiToken}`;
            const client = who === 'sup' ? sup : admin;
            const before = await lastAuditId();
            const res = await client.request(route.method as 'GET', url, payload, headers);
            await t.services.jobs.idle();
            // A fuzzed solve can start on a plan the fuzzing created (with its team on it); stopped
            // here, its end is written inside this request's window, not during a later refused one.
            await t.services.rostering.stopAll();
            const after = await lastAuditId();
            cases++;
            const what = `${key} as ${who}: ${route.method} ${url.slice(0, 300)} ${String(payload ?? '').slice(0, 300)}`;
            if (res.statusCode >= 500) {
              throw new Error(`${res.statusCode} for ${what}\n  → ${res.body.slice(0, 300)}`);
            }
            if (res.statusCode >= 400) {
              refused++;
              if (after !== before && !WRITES_WHEN_REFUSED.has(key)) {
                throw new Error(`${res.statusCode} but ${after - before} audit row(s) written for ${what}`);
              }
              let code = '';
              try {
                code = String((res.json() as { code?: unknown }).code ?? '');
              } catch {
                // not JSON: reported below
              }
              if (!KNOWN_CODES.has(code)) {
                throw new Error(
                  `${res.statusCode} without a stable code for ${what}\n  → ${res.body.slice(0, 300)}`,
                );
              }
              codes.set(code, (codes.get(code) ?? 0) + 1);
            }
          }),
          { numRuns: RUNS, seed: SEED + i, endOnFailure: true },
        );
      } catch (err) {
        // fast-check reports the property's own error as the cause, with the seed to replay it.
        const cause = (err as Error).cause;
        const why = cause instanceof Error ? cause.message : (err as Error).message.split('\n')[0];
        failures.push(`${key}: ${why}`);
      }
      if (i % 10 === 9) await refreshPools();
    }
    console.log(
      `route fuzz: ${cases} requests over ${routes.length} routes (${refused} refused with 4xx), ` +
        `${failures.length} failing routes, seed ${SEED}, ${Math.round((Date.now() - started) / 1000)} s; ` +
        `refused by code: ${[...codes]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`,
    );
    // The failing routes go into the message's first line: CI's summary shows only that line.
    expect(failures, `seed ${SEED}: ${failures.join(' | ')}`).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(routes.length * Math.min(RUNS, 1));
  }, 600_000);
});
