import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../src/access/actor.js';
import { createTestApp, loginClient, type Client, type TestApp } from './http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from './factories.js';

/**
 * The security probe's findings (issue item 6): input that used to answer 500. Each answers 4xx
 * with a stable code now, and a refused request leaves nothing behind (not even an audit row).
 */
describe('hostile input answers 4xx and writes nothing', () => {
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let csat: string;
  let checkinId: string;
  const MISSING = '8d3f2c1e-0000-4000-8000-000000000000';

  const lastAuditId = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id ?? 0,
    );
  /** Sends the request and checks it is refused with `status` and `code`, and wrote nothing. */
  async function refused(
    client: Client,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body: unknown,
    status: number,
    code: string,
    headers?: Record<string, string>,
  ) {
    const before = await lastAuditId();
    const res = await client.request(method, url, body, headers);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    expect(res.json().code, `${method} ${url}`).toBe(code);
    expect(await lastAuditId(), `${method} ${url} wrote an audit row`).toBe(before);
    return res;
  }
  const json = { 'content-type': 'application/json' };

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    csat = (await installIndicators(t.services))('CSAT');
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    const c = await sup.request('POST', '/api/v1/checkins', {
      personId: org.people.staffA1.id,
      scheduledAt: '2026-12-04T02:00:00Z',
    });
    expect(c.statusCode).toBe(201);
    checkinId = c.json().id;
  });
  afterAll(() => t.close());

  it('refuses NUL and lone surrogates in any text, query or path with request.invalid_text', async () => {
    await refused(admin, 'GET', '/api/v1/people?q=%00', undefined, 400, 'request.invalid_text');
    await refused(admin, 'GET', '/api/v1/people/%00', undefined, 400, 'request.invalid_text');
    // A lone surrogate as UTF-8 bytes cannot be decoded at all: still problem+json with a code.
    await refused(admin, 'GET', '/api/v1/people/%ED%A0%80', undefined, 400, 'validation');
    await refused(
      admin,
      'POST',
      '/api/v1/org-units',
      { parentId: org.units.company.id, kind: 'team', code: 'NUL1', nameEn: 'Team\u0000A' },
      400,
      'request.invalid_text',
    );
    await refused(
      admin,
      'PATCH',
      `/api/v1/people/${org.people.staffA1.id}`,
      { nameZh: '陳\ud800' },
      400,
      'request.invalid_text',
    );
    await refused(
      sup,
      'PATCH',
      `/api/v1/checkins/${checkinId}`,
      { sharedNotes: 'half an emoji \udc00' },
      400,
      'request.invalid_text',
    );
    // A UTF-32 roster file: NUL between every character.
    const csv = 'employee_number,given_name_en,family_name_en,org_unit_code\nE1,Amy,Chan,X\n';
    const utf32 = Buffer.alloc((csv.length + 1) * 4);
    [0xfeff, ...[...csv].map((ch) => ch.codePointAt(0)!)].forEach((cp, i) => utf32.writeUInt32LE(cp, i * 4));
    await refused(admin, 'POST', '/api/v1/people/import', utf32, 400, 'request.invalid_text', {
      'content-type': 'text/csv',
    });
  });

  it('refuses control characters in one-line fields, and keeps line breaks in notes', async () => {
    const unit = { parentId: org.units.company.id, kind: 'team', code: 'CTL1' };
    await refused(admin, 'POST', '/api/v1/org-units', { ...unit, nameEn: 'Bell\u0007' }, 400, 'validation');
    await refused(admin, 'POST', '/api/v1/org-units', { ...unit, nameEn: 'Two\nlines' }, 400, 'validation');
    await refused(admin, 'POST', '/api/v1/org-units', { ...unit, nameEn: 'C1\u0085' }, 400, 'validation');
    const ok = await sup.request('PATCH', `/api/v1/checkins/${checkinId}`, {
      sharedNotes: 'Agreed:\n\t1. Greet within 10 s\r\n\t2. 😀 多謝',
    });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses numbers that overflow, underflow or cannot be written back', async () => {
    const target = { indicatorId: csat, orgUnitId: org.units.teamA.id, effectiveFrom: '2026-01-01' };
    for (const standard of [1e308, -1e308, 5e-324, 1e13]) {
      await refused(admin, 'POST', '/api/v1/targets', { ...target, standard }, 400, 'validation');
    }
    // 1e400 is valid JSON text and parses to Infinity.
    await refused(
      admin,
      'POST',
      '/api/v1/targets',
      JSON.stringify({ ...target, standard: 0 }).replace('"standard":0', '"standard":1e400'),
      400,
      'validation',
      json,
    );
    const obs = { personId: org.people.staffA1.id, indicatorId: csat, occurredOn: '2026-11-03' };
    await refused(
      sup,
      'POST',
      '/api/v1/observations',
      { ...obs, numerator: 1e308, denominator: 1 },
      400,
      'validation',
    );
    await refused(
      sup,
      'POST',
      '/api/v1/observations',
      { ...obs, numerator: 1, denominator: 5e-324 },
      400,
      'validation',
    );
    await refused(
      admin,
      'POST',
      '/api/v1/reward-schemes',
      {
        kind: 'rule',
        code: 'BIG',
        nameEn: 'Big',
        points: 1,
        indicatorId: csat,
        comparator: 'gte',
        threshold: 90,
        minSample: 9007199254740992,
        period: 'month',
      },
      400,
      'validation',
    );
    await refused(admin, 'GET', '/api/v1/people?offset=100000000000000000000', undefined, 400, 'validation');
    await refused(admin, 'GET', '/api/v1/audit?offset=1e300', undefined, 400, 'validation');
    // Coerced from the query string to Infinity, which Ajv's maximum does not catch on its own.
    await refused(admin, 'GET', '/api/v1/checkins/due?limit=1&offset=1e400', undefined, 400, 'validation');
    const fine = await admin.request('POST', '/api/v1/targets', { ...target, standard: 92.5 });
    expect(fine.statusCode).toBe(201);
  });

  it('refuses dates outside 2000-01-01..2100-12-31 and days that do not exist', async () => {
    const goal = {
      personId: org.people.staffA1.id,
      kind: 'indicator',
      title: 'CSAT 90',
      indicatorId: csat,
      target: 90,
      periodEnd: '2026-12-31',
    };
    for (const periodStart of ['0000-01-01', '1999-12-31', '2101-01-01', '2027-02-29', '2026-13-01']) {
      await refused(sup, 'POST', '/api/v1/goals', { ...goal, periodStart }, 400, 'validation');
    }
    await refused(
      sup,
      'POST',
      '/api/v1/checkins',
      { personId: org.people.staffA1.id, scheduledAt: '0000-01-01T00:00:00Z' },
      400,
      'validation',
    );
    await refused(
      admin,
      'GET',
      `/api/v1/people/${org.people.staffA1.id}/file.csv?to=0001-01-01`,
      undefined,
      400,
      'validation',
    );
    // Inputs are bounded, answers are not: an instant on 31 Dec 2100 west of UTC is in 2101 UTC.
    const late = await sup.request('POST', '/api/v1/checkins', {
      personId: org.people.staffA2.id,
      scheduledAt: '2100-12-31T23:30:00-05:00',
    });
    expect(late.statusCode).toBe(201);
    const cadence = await sup.request('GET', `/api/v1/people/${org.people.staffA2.id}/checkin-cadence`);
    expect(cadence.statusCode, cadence.body).toBe(200);
    expect(cadence.json().nextPlannedAt).toBe('2101-01-01T04:30:00.000Z');
    const leap = await admin.request('POST', '/api/v1/targets', {
      indicatorId: csat,
      jobRoleId: org.role.id,
      standard: 90,
      effectiveFrom: '2028-02-29',
    });
    expect(leap.statusCode).toBe(201);
  });

  it('answers a reference to a record that does not exist with 4xx, never a foreign-key 500', async () => {
    const res = await refused(
      sup,
      'POST',
      '/api/v1/goals',
      {
        personId: org.people.staffA1.id,
        kind: 'qualitative',
        title: 'Follow the returns policy',
        successCriteria: 'No exceptions in the audit',
        policyId: MISSING,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      },
      422,
      'request.unknown_reference',
    );
    expect(res.json().issues).toEqual([{ path: '/policyId', message: 'does not exist' }]);
    for (const [method, url, body] of [
      ['PUT', `/api/v1/people/${MISSING}/checkin-cadence`, { everyDays: 14 }],
      ['POST', `/api/v1/people/${MISSING}/feedback`, { kind: 'praise', body: 'Hi' }],
      [
        'POST',
        '/api/v1/users',
        {
          email: 'fk@test.example',
          displayName: 'FK',
          password: 'long-enough-pw',
          personId: MISSING,
          roles: ['staff'],
        },
      ],
    ] as const) {
      const before = await lastAuditId();
      const r = await admin.request(method, url, body);
      expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(500);
      expect(await lastAuditId()).toBe(before);
    }
  });

  it('leaves no audit row when creating a check-in fails after its agenda was read', async () => {
    // Reproduces the probe's finding with a value the schema would refuse, straight at the service:
    // the agenda read the person's figures (once audited outside the transaction) and then the insert failed.
    const roles: Role[] = ['staff', 'supervisor'];
    const actor: Actor = {
      kind: 'user',
      userId: org.people.supA.userId!,
      personId: org.people.supA.id,
      roles,
      permissions: permissionsOf(roles),
      sessionId: null,
      requestId: null,
      ip: null,
    };
    const before = await lastAuditId();
    await expect(
      t.services.checkins.create(actor, {
        personId: org.people.staffA1.id,
        scheduledAt: '2026-12-10T02:00:00Z',
        location: 'Room\u0000 1',
      }),
    ).rejects.toMatchObject({ code: '22021' });
    expect(await lastAuditId()).toBe(before);
  });
});
