import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { PRESET_INDICATORS } from './presets.js';

describe('indicator library, policies, targets and observations', () => {
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let sup: Client;
  let staff: Client;
  let manager: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('installs the preset catalogue once, with a formula, unit and direction for each', async () => {
    expect((await hr.request('POST', '/api/v1/indicators/presets')).json().added).toBe(
      PRESET_INDICATORS.length,
    );
    expect((await hr.request('POST', '/api/v1/indicators/presets')).json().added).toBe(0);
    const list = (await staff.request('GET', '/api/v1/indicators')).json() as {
      code: string;
      direction: string;
      scale: number;
      aggregation: string;
    }[];
    const byCode = new Map(list.map((i) => [i.code, i]));
    for (const code of [
      'CSAT',
      'NPS',
      'CES',
      'FCR',
      'AHT',
      'FRT',
      'RESOLUTION_TIME',
      'SERVICE_LEVEL',
      'ABANDON',
      'QA_SCORE',
      'MYSTERY_SHOP',
      'COMPLAINTS_PER_1000',
      'CONVERSION',
      'ATV',
      'UPT',
      'ON_TIME_RESOLUTION',
      'ADHERENCE',
    ]) {
      expect(byCode.has(code), code).toBe(true);
    }
    expect(byCode.get('AHT')).toMatchObject({ direction: 'lower_better', aggregation: 'mean' });
    expect(byCode.get('NPS')).toMatchObject({ aggregation: 'net_score', scale: 100 });
    expect(byCode.get('COMPLAINTS_PER_1000')).toMatchObject({ scale: 1000, direction: 'lower_better' });
  });

  it('lets admins add their own indicator; staff cannot; a duplicate code is 409; bad input changes nothing', async () => {
    const body = {
      code: 'RETURNS_OK',
      nameEn: 'Returns processed correctly',
      nameZh: '正確處理退貨',
      unit: 'percent',
      direction: 'higher_better',
      aggregation: 'proportion',
      scale: 100,
      category: 'quality',
      source: 'manual',
      numeratorLabel: 'returns without error',
      denominatorLabel: 'returns processed',
      formula: 'returns without error ÷ returns processed × 100',
    };
    expect((await staff.request('POST', '/api/v1/indicators', body)).statusCode).toBe(403);
    const created = await hr.request('POST', '/api/v1/indicators', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().preset).toBe(false);
    expect((await hr.request('POST', '/api/v1/indicators', body)).json().code).toBe('indicator.code_taken');
    const bad = await hr.request('POST', '/api/v1/indicators', {
      ...body,
      code: 'BAD1',
      direction: 'sideways',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      await t.database.db.selectFrom('indicator').select('id').where('code', '=', 'BAD1').execute(),
    ).toHaveLength(0);
    // the formula cannot be changed afterwards (it would change the meaning of stored figures)
    expect(
      (await hr.request('PATCH', `/api/v1/indicators/${created.json().id}`, { formula: 'x' })).statusCode,
    ).toBe(400);
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', '=', created.json().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['indicator.created']);
  });

  it('versions policies: a change is a new version, the earlier one stays readable', async () => {
    const created = await hr.request('POST', '/api/v1/policies', {
      code: 'GREETING',
      kind: 'service_standard',
      titleEn: 'Greeting standard',
      titleZh: '問候標準',
      bodyEn: 'Greet every customer within 10 seconds.',
      effectiveFrom: '2026-01-01',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (
        await sup.request('POST', `/api/v1/policies/${id}/versions`, {
          titleEn: 'x',
          bodyEn: 'y',
          effectiveFrom: '2026-02-01',
        })
      ).statusCode,
    ).toBe(403);
    const v2 = await hr.request('POST', `/api/v1/policies/${id}/versions`, {
      titleEn: 'Greeting standard',
      bodyEn: 'Greet every customer within 5 seconds.',
      effectiveFrom: '2026-07-01',
    });
    expect(v2.json().current.version).toBe(2);
    const versions = (await staff.request('GET', `/api/v1/policies/${id}/versions`)).json();
    expect(versions.map((v: { version: number; bodyEn: string }) => [v.version, v.bodyEn])).toEqual([
      [2, 'Greet every customer within 5 seconds.'],
      [1, 'Greet every customer within 10 seconds.'],
    ]);
    // link an indicator to it; staff see the link
    const csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    await hr.request('PATCH', `/api/v1/indicators/${csat}`, { policyId: id });
    expect((await staff.request('GET', `/api/v1/policies/${id}`)).json().indicatorIds).toEqual([csat]);
  });

  it('sets targets per job role or org unit, never both, with stretch better than standard', async () => {
    const aht = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'AHT')
        .executeTakeFirstOrThrow()
    ).id;
    const both = await manager.request('POST', '/api/v1/targets', {
      indicatorId: aht,
      jobRoleId: org.role.id,
      orgUnitId: org.units.teamA.id,
      standard: 360,
      effectiveFrom: '2026-01-01',
    });
    expect(both.json().code).toBe('target.scope_required');
    const worseStretch = await manager.request('POST', '/api/v1/targets', {
      indicatorId: aht,
      jobRoleId: org.role.id,
      standard: 360,
      stretch: 400,
      effectiveFrom: '2026-01-01',
    });
    expect(worseStretch.statusCode).toBe(400);
    const ok = await manager.request('POST', '/api/v1/targets', {
      indicatorId: aht,
      jobRoleId: org.role.id,
      standard: 360,
      stretch: 300,
      effectiveFrom: '2026-01-01',
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (
        await sup.request('POST', '/api/v1/targets', {
          indicatorId: aht,
          jobRoleId: org.role.id,
          standard: 1,
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(403);
    const list = (await staff.request('GET', `/api/v1/targets?indicatorId=${aht}`)).json();
    expect(list).toHaveLength(1);
    expect((await manager.request('DELETE', `/api/v1/targets/${ok.json().id}`)).statusCode).toBe(204);
    expect((await manager.request('DELETE', `/api/v1/targets/${ok.json().id}`)).statusCode).toBe(404);
  });

  it('records a manual observation for someone in scope only, with proportions kept in range', async () => {
    const csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    const body = {
      personId: org.people.staffA1.id,
      indicatorId: csat,
      occurredOn: '2026-11-03',
      numerator: 9,
      denominator: 10,
    };
    expect((await sup.request('POST', '/api/v1/observations', body)).statusCode).toBe(201);
    expect((await sup.request('POST', '/api/v1/observations', { ...body, numerator: 11 })).statusCode).toBe(
      400,
    );
    expect((await sup.request('POST', '/api/v1/observations', { ...body, denominator: 0 })).statusCode).toBe(
      400,
    );
    expect(
      (await sup.request('POST', '/api/v1/observations', { ...body, personId: org.people.staffX1.id }))
        .statusCode,
    ).toBe(404);
    expect((await staff.request('POST', '/api/v1/observations', body)).statusCode).toBe(403);
    const rows = await t.database.db
      .selectFrom('observation')
      .selectAll()
      .where('personId', '=', org.people.staffA1.id)
      .execute();
    expect(rows.map((r) => [r.numerator, r.denominator, r.occurredOn])).toEqual([[9, 10, '2026-11-03']]);
  });
});
