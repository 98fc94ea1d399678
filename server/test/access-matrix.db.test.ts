import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as contract from '@frontline/contract';
import {
  permissionsOf,
  seesEveryone,
  type Permission,
  type Role,
  type RouteAccess,
} from '@frontline/contract';
import { anonymousClient, createTestApp, loginClient, type Client, type TestApp } from './http.js';
import { makeOrg, makeUnit, PASSWORD, type Org } from './factories.js';
import { systemActor } from '../src/access/actor.js';

/**
 * The access matrix, generated from the route registry: every route × every role × the
 * relation of the record to the actor (self, direct report, indirect report, peer, other team,
 * other store) plus anonymous. The expected answer comes from an oracle written here from the
 * organisation's shape, independent of the server's own queries:
 *   anonymous → 401 (unless public); role without the permission → 403;
 *   a person-scoped record outside the actor's scope → 404; otherwise the route's success.
 * A route without a case here fails the test, so a new route cannot skip the matrix.
 */

import { ACTOR_ROLES, type Case, type Ctx, type Who } from './access-cases/types.js';
import { CHECKIN_CASES } from './access-cases/checkins.js';
import { FEEDBACK_CASES } from './access-cases/feedback.js';
import { COACHING_CASES } from './access-cases/coaching.js';
import { IMPROVEMENT_PLAN_CASES } from './access-cases/improvement-plans.js';
import { ROSTERING_CASES } from './access-cases/rostering.js';
import { CALIBRATION_CASES } from './access-cases/calibration.js';
import { CERTIFICATION_CASES } from './access-cases/certification.js';
import { SAMPLING_CASES } from './access-cases/sampling.js';
import { QA_REPORT_CASES } from './access-cases/qa-report.js';
import { ASSESSMENT_CASES } from './access-cases/assessments.js';
import { REVIEW_CASES } from './access-cases/reviews.js';

async function adminActor(c: Ctx) {
  const roles: Role[] = ['admin'];
  return {
    kind: 'user' as const,
    userId: c.org.people.admin.userId!,
    personId: null,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

async function draftGoal(c: Ctx, personId: string) {
  const row = await c.t.database.db
    .insertInto('goal')
    .values({
      personId,
      kind: 'indicator',
      title: 'Raise CSAT to 92%',
      indicatorId: c.fixtures.indicatorId,
      target: 92,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      status: 'draft',
      baseline: null,
      baselineSample: null,
      successCriteria: null,
      policyId: null,
      createdBy: null,
      proposedBy: null,
      proposedAt: null,
      staffAcceptedAt: null,
      staffAcceptedBy: null,
      supervisorAcceptedAt: null,
      supervisorAcceptedBy: null,
      outcomeNote: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const goalCase = (path: string, body?: unknown, extra: Partial<Case> = {}): Case => ({
  person: true,
  ok: [200],
  ...extra,
  build: async (c, id) => ({
    url: `/api/v1/goals/${await draftGoal(c, id)}${path}`,
    ...(body ? { body } : {}),
  }),
});

/** An import uploaded by supervisor A: only its importer and those who see everyone may touch it. */
async function supAImport(c: Ctx): Promise<string> {
  const p = c.org.people.supA;
  const roles: Role[] = ['staff', 'supervisor'];
  const actor = {
    kind: 'user' as const,
    userId: p.userId!,
    personId: p.id,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
  const batch = await c.t.services.imports.upload(actor, 'matrix.csv', 'Id,Assignee\n1,Someone\n');
  return batch.id;
}
const importOwner = (who: Who, ok: number) =>
  ['supervisor', 'hr_admin', 'admin'].includes(who) ? [ok] : [404];
const importCase = (path: string, method: string, ok: number, body?: unknown): Case => ({
  ok: [ok],
  okFor: (who) => importOwner(who, ok),
  build: async (c) => ({ url: `/api/v1/imports/${await supAImport(c)}${path}`, ...(body ? { body } : {}) }),
});
const ZENDESK_SETTINGS = { source: 'zendesk', timeZone: 'Asia/Hong_Kong', dateOrder: 'ymd' };
const RANGE = 'from=2026-11-01&to=2026-11-30&grain=week';

const CASES: Record<string, Case> = {
  'POST /api/v1/imports': {
    ok: [201],
    build: () => ({
      url: '/api/v1/imports?fileName=m.csv',
      body: Buffer.from('Id,Assignee\n1,Someone\n'),
      headers: { 'content-type': 'application/octet-stream' },
    }),
  },
  'GET /api/v1/imports': { ok: [200], build: () => ({ url: '/api/v1/imports' }) },
  'GET /api/v1/imports/:id': importCase('', 'GET', 200),
  'POST /api/v1/imports/:id/validate': importCase('/validate', 'POST', 202, ZENDESK_SETTINGS),
  'POST /api/v1/imports/:id/matches': importCase('/matches', 'POST', 409, {
    matches: [{ staffKey: 'name:someone', personId: '00000000-0000-4000-8000-000000000001' }],
  }),
  'POST /api/v1/imports/:id/commit': importCase('/commit', 'POST', 409, { skipUnmatched: true }),
  'POST /api/v1/imports/:id/undo': importCase('/undo', 'POST', 409),
  'DELETE /api/v1/imports/:id': importCase('', 'DELETE', 204),
  'GET /api/v1/import-presets': { ok: [200], build: () => ({ url: '/api/v1/import-presets' }) },
  'POST /api/v1/import-presets': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/import-presets',
      body: { name: `Preset ${c.seq()}`, settings: ZENDESK_SETTINGS },
    }),
  },
  'DELETE /api/v1/import-presets/:id': {
    ok: [204],
    build: async (c) => ({
      url: `/api/v1/import-presets/${
        (
          await c.t.services.importPresets.create(
            { ...(await adminActor(c)) },
            { name: `Gone ${c.seq()}`, settings: { source: 'zendesk', timeZone: 'UTC', dateOrder: 'ymd' } },
          )
        ).id
      }`,
    }),
  },
  'GET /api/v1/api-tokens': { ok: [200], build: () => ({ url: '/api/v1/api-tokens' }) },
  'POST /api/v1/api-tokens': {
    ok: [201],
    build: (c) => ({ url: '/api/v1/api-tokens', body: { name: `T${c.seq()}` } }),
  },
  'DELETE /api/v1/api-tokens/:id': {
    ok: [204],
    build: async (c) => ({
      url: `/api/v1/api-tokens/${(await c.t.services.apiTokens.create(await adminActor(c), 'to revoke')).token.id}`,
    }),
  },
  'POST /api/v1/push/observations': {
    ok: [401],
    build: () => ({ url: '/api/v1/push/observations', body: { source: 'x', rows: [] } }),
  },
  'GET /api/v1/dashboards/org': { ok: [200], build: () => ({ url: `/api/v1/dashboards/org?${RANGE}` }) },
  'GET /api/v1/dashboards/team': { ok: [200], build: () => ({ url: `/api/v1/dashboards/team?${RANGE}` }) },
  'GET /api/v1/dashboards/person/:id': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/dashboards/person/${id}?${RANGE}` }),
  },
  'GET /api/v1/people/:id/observations': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/observations` }),
  },
  'GET /api/v1/attention': { ok: [200], build: () => ({ url: '/api/v1/attention' }) },
  'GET /api/v1/auth/session': { ok: [200], build: () => ({ url: '/api/v1/auth/session' }) },
  'POST /api/v1/auth/login': {
    ok: [401],
    build: () => ({
      url: '/api/v1/auth/login',
      body: { email: 'nobody@example.com', password: 'whatever-xyz' },
    }),
  },
  'POST /api/v1/auth/setup': {
    ok: [403],
    build: () => ({
      url: '/api/v1/auth/setup',
      body: {
        setupToken: 'nope',
        email: 'a@example.com',
        password: 'long-enough-pass',
        displayName: 'A',
        organisationName: 'B',
      },
    }),
  },
  'POST /api/v1/auth/logout': { ok: [204], build: () => ({ url: '/api/v1/auth/logout', fresh: true }) },
  'POST /api/v1/auth/password': {
    ok: [400],
    build: () => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: 'not-the-password', newPassword: 'another-long-pass' },
    }),
  },
  'GET /api/v1/auth/sessions': { ok: [200], build: () => ({ url: '/api/v1/auth/sessions' }) },
  'DELETE /api/v1/auth/sessions/:sessionId': {
    ok: [404],
    build: () => ({ url: `/api/v1/auth/sessions/${'0'.repeat(64)}` }),
  },
  'PUT /api/v1/me/locale': { ok: [200], build: () => ({ url: '/api/v1/me/locale', body: { locale: 'en' } }) },
  'GET /api/v1/org-units': { ok: [200], build: () => ({ url: '/api/v1/org-units' }) },
  'GET /api/v1/org-units/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/org-units/${c.org.units.teamX.id}` }),
  },
  'POST /api/v1/org-units': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/org-units',
      body: { parentId: c.org.units.company.id, kind: 'team', code: `MX${c.seq()}`, nameEn: 'Matrix' },
    }),
  },
  'PATCH /api/v1/org-units/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/org-units/${c.org.units.teamX.id}`, body: { nameZh: `矩陣${c.seq()}` } }),
  },
  'DELETE /api/v1/org-units/:id': {
    ok: [204],
    build: async (c) => ({
      url: `/api/v1/org-units/${(await makeUnit(c.t.services, c.org.units.company.id)).id}`,
    }),
  },
  'GET /api/v1/job-roles': { ok: [200], build: () => ({ url: '/api/v1/job-roles' }) },
  'GET /api/v1/job-roles/:id': { ok: [200], build: (c) => ({ url: `/api/v1/job-roles/${c.org.role.id}` }) },
  'POST /api/v1/job-roles': {
    ok: [201],
    build: (c) => ({ url: '/api/v1/job-roles', body: { code: `JR${c.seq()}`, nameEn: 'Matrix role' } }),
  },
  'PATCH /api/v1/job-roles/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/job-roles/${c.org.role.id}`, body: { description: `v${c.seq()}` } }),
  },
  'DELETE /api/v1/job-roles/:id': {
    ok: [204],
    build: async (c) => ({
      url: `/api/v1/job-roles/${(await c.t.services.org.createRole(systemActor('matrix'), { code: `DEL${c.seq()}`, nameEn: 'to delete' })).id}`,
    }),
  },
  'GET /api/v1/people': { ok: [200], build: () => ({ url: '/api/v1/people' }) },
  'GET /api/v1/people/:id': { person: true, ok: [200], build: (_c, id) => ({ url: `/api/v1/people/${id}` }) },
  'PATCH /api/v1/people/:id': {
    person: true,
    ok: [200],
    build: (c, id) => ({ url: `/api/v1/people/${id}`, body: { nameZh: `名${c.seq()}` } }),
  },
  'POST /api/v1/people': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/people',
      body: {
        employeeNumber: `MP${c.seq()}`,
        givenNameEn: 'Matrix',
        familyNameEn: 'Person',
        orgUnitId: c.org.units.teamX.id,
      },
    }),
  },
  'GET /api/v1/people/import/template': {
    ok: [200],
    build: () => ({ url: '/api/v1/people/import/template' }),
  },
  'POST /api/v1/people/import': {
    ok: [200],
    build: (c) => ({
      url: '/api/v1/people/import?dryRun=true',
      body: `employee_number,given_name_en,family_name_en,org_unit_code\nIM${c.seq()},Im,Port,${c.org.units.teamX.code}\n`,
    }),
  },
  'GET /api/v1/users': { ok: [200], build: () => ({ url: '/api/v1/users' }) },
  'GET /api/v1/users/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/users/${c.org.people.staffX1.userId}` }),
  },
  'POST /api/v1/users': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/users',
      body: {
        email: `mu${c.seq()}@example.com`,
        displayName: 'M',
        password: 'matrix-password-1',
        roles: ['staff'],
      },
    }),
  },
  'PATCH /api/v1/users/:id': {
    ok: [200],
    build: (c) => ({
      url: `/api/v1/users/${c.org.people.staffX1.userId}`,
      body: { displayName: `Renamed ${c.seq()}` },
    }),
  },
  'GET /api/v1/audit': { ok: [200], build: () => ({ url: '/api/v1/audit?limit=5' }) },
  'GET /api/v1/indicators': { ok: [200], build: () => ({ url: '/api/v1/indicators' }) },
  'GET /api/v1/indicators/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/indicators/${c.fixtures.indicatorId}` }),
  },
  'POST /api/v1/indicators': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/indicators',
      body: {
        code: `IND${c.seq()}`,
        nameEn: 'Matrix indicator',
        unit: 'percent',
        direction: 'higher_better',
        aggregation: 'proportion',
        scale: 100,
        category: 'customer',
        source: 'manual',
        numeratorLabel: 'yes',
        denominatorLabel: 'asked',
        formula: 'yes ÷ asked × 100',
      },
    }),
  },
  'PATCH /api/v1/indicators/:id': {
    ok: [200],
    build: (c) => ({
      url: `/api/v1/indicators/${c.fixtures.indicatorId}`,
      body: { descriptionEn: `v${c.seq()}` },
    }),
  },
  'POST /api/v1/indicators/presets': { ok: [200], build: () => ({ url: '/api/v1/indicators/presets' }) },
  'GET /api/v1/policies': { ok: [200], build: () => ({ url: '/api/v1/policies' }) },
  'GET /api/v1/policies/:id': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/policies/${c.fixtures.policyId}` }),
  },
  'GET /api/v1/policies/:id/versions': {
    ok: [200],
    build: (c) => ({ url: `/api/v1/policies/${c.fixtures.policyId}/versions` }),
  },
  'POST /api/v1/policies': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/policies',
      body: {
        code: `POL${c.seq()}`,
        kind: 'service_standard',
        titleEn: 'Greet',
        bodyEn: 'Greet every customer.',
        effectiveFrom: '2026-01-01',
      },
    }),
  },
  'POST /api/v1/policies/:id/versions': {
    ok: [201],
    build: (c) => ({
      url: `/api/v1/policies/${c.fixtures.policyId}/versions`,
      body: { titleEn: `Service v${c.seq()}`, bodyEn: 'Updated.', effectiveFrom: '2026-06-01' },
    }),
  },
  'GET /api/v1/targets': { ok: [200], build: () => ({ url: '/api/v1/targets' }) },
  'POST /api/v1/targets': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/targets',
      body: {
        indicatorId: c.fixtures.indicatorId,
        jobRoleId: c.org.role.id,
        standard: 90,
        effectiveFrom: `20${10 + (c.seq() % 15)}-01-01`,
      },
    }),
  },
  'DELETE /api/v1/targets/:id': {
    ok: [204],
    build: async (c) => ({
      url: `/api/v1/targets/${
        (
          await c.t.services.indicators.createTarget(systemActor('matrix'), {
            indicatorId: c.fixtures.indicatorId,
            orgUnitId: c.org.units.teamX.id,
            standard: 80,
            effectiveFrom: '2026-01-01',
          })
        ).id
      }`,
    }),
  },
  'POST /api/v1/observations': {
    person: true,
    selfForbidden: 'unless_sees_everyone',
    ok: [201],
    build: (c, id) => ({
      url: '/api/v1/observations',
      body: {
        personId: id,
        indicatorId: c.fixtures.indicatorId,
        occurredOn: '2026-11-02',
        numerator: 9,
        denominator: 10,
      },
    }),
  },
  'GET /api/v1/goals': { ok: [200], build: () => ({ url: '/api/v1/goals?scope=team' }) },
  'GET /api/v1/goals/:id': goalCase(''),
  'GET /api/v1/goals/:id/versions': goalCase('/versions'),
  'PATCH /api/v1/goals/:id': goalCase('', { title: 'Raise CSAT to 93% this December' }),
  'POST /api/v1/goals/:id/propose': goalCase('/propose'),
  'POST /api/v1/goals/:id/accept': goalCase('/accept', undefined, { ok: [409] }),
  'POST /api/v1/goals/:id/decline': goalCase('/decline', { reason: 'no' }, { ok: [409] }),
  'POST /api/v1/goals/:id/activate': goalCase('/activate', undefined, { ok: [409], selfForbidden: 'always' }),
  'POST /api/v1/goals/:id/close': goalCase(
    '/close',
    { outcome: 'achieved' },
    { ok: [409], selfForbidden: 'always' },
  ),
  'POST /api/v1/goals/:id/cancel': goalCase('/cancel', { reason: 'matrix' }, { selfForbidden: 'always' }),
  'POST /api/v1/goals': {
    person: true,
    ok: [201],
    build: (c, id) => ({
      url: '/api/v1/goals',
      body: {
        personId: id,
        kind: 'indicator',
        title: 'CSAT 92',
        indicatorId: c.fixtures.indicatorId,
        target: 92,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      },
    }),
  },
  'POST /api/v1/goals/smart-check': {
    person: true,
    ok: [200],
    build: (c, id) => ({
      url: '/api/v1/goals/smart-check',
      body: {
        personId: id,
        kind: 'indicator',
        title: 'CSAT 92',
        indicatorId: c.fixtures.indicatorId,
        target: 92,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      },
    }),
  },
  'POST /api/v1/goals/team-from-standard': {
    ok: [200],
    build: (c, _id, who) => ({
      url: '/api/v1/goals/team-from-standard',
      body: {
        indicatorId: c.fixtures.indicatorId,
        periodStart: '2027-01-01',
        periodEnd: '2027-01-31',
        ...(who === 'admin' ? { managerPersonId: c.org.people.manager.id } : {}),
      },
    }),
  },
  'GET /api/v1/notifications': { ok: [200], build: () => ({ url: '/api/v1/notifications' }) },
  'POST /api/v1/notifications/read-all': {
    ok: [200],
    build: () => ({ url: '/api/v1/notifications/read-all' }),
  },
  'POST /api/v1/notifications/:id/read': {
    ok: [404],
    build: () => ({ url: '/api/v1/notifications/00000000-0000-4000-8000-000000000001/read' }),
  },
  'GET /api/health': { ok: [200], build: () => ({ url: '/api/health' }) },
  'GET /api/openapi.json': { ok: [200], build: () => ({ url: '/api/openapi.json' }) },
  'GET /*': { ok: [200], build: () => ({ url: '/people' }) },
  ...CHECKIN_CASES,
  ...FEEDBACK_CASES,
  ...COACHING_CASES,
  ...IMPROVEMENT_PLAN_CASES,
  ...CALIBRATION_CASES,
  ...CERTIFICATION_CASES,
  ...SAMPLING_CASES,
  ...QA_REPORT_CASES,
  ...ASSESSMENT_CASES,
  ...REVIEW_CASES,
  ...ROSTERING_CASES,
};

describe('access matrix over HTTP', () => {
  let t: TestApp;
  let org: Org;
  const clients = new Map<Who | 'anonymous', Client>();
  let n = 0;
  let fixtures: Ctx['fixtures'];
  const ctx = (): Ctx => ({ t, org, seq: () => ++n, fixtures });

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    const sys = systemActor('matrix fixtures');
    await t.services.indicators.installPresets(sys);
    const csat = await t.database.db
      .selectFrom('indicator')
      .select('id')
      .where('code', '=', 'CSAT')
      .executeTakeFirstOrThrow();
    const policy = await t.services.indicators.createPolicy(sys, {
      code: 'SERVICE',
      kind: 'service_standard',
      titleEn: 'Service standard',
      bodyEn: 'Answer within 20 seconds.',
      effectiveFrom: '2026-01-01',
    });
    fixtures = { indicatorId: csat.id, policyId: policy.id };
    const p = org.people;
    const emails: Record<Who, string> = {
      staff: p.staffA1.email,
      supervisor: p.supA.email,
      manager: p.manager.email,
      assessor: p.assessorA.email,
      hr_admin: p.hr.email,
      admin: p.admin.email,
    };
    for (const who of Object.keys(emails) as Who[]) {
      clients.set(who, await loginClient(t.app, emails[who], PASSWORD));
    }
    clients.set('anonymous', await anonymousClient(t.app));
    actorEmails = emails;
  });
  afterAll(() => t.close());
  let actorEmails: Record<Who, string>;

  /** The oracle: who reports to whom, from the factory's documented shape (not from the server). */
  function relation(who: Who, targetId: string): { label: string; visible: boolean } {
    const p = org.people;
    const managerOf = new Map<string, string | null>([
      [p.hr.id, null],
      [p.manager.id, null],
      [p.supA.id, p.manager.id],
      [p.staffA1.id, p.supA.id],
      [p.staffA2.id, p.supA.id],
      [p.assessorA.id, p.supA.id],
      [p.supB.id, p.manager.id],
      [p.staffB1.id, p.supB.id],
      [p.supX.id, null],
      [p.staffX1.id, p.supX.id],
    ]);
    const self: Record<Who, string | null> = {
      staff: p.staffA1.id,
      supervisor: p.supA.id,
      manager: p.manager.id,
      assessor: p.assessorA.id,
      hr_admin: p.hr.id,
      admin: null,
    };
    const me = self[who];
    if (targetId === me) return { label: 'self', visible: true };
    let depth = 0;
    for (let cur = managerOf.get(targetId) ?? null; cur; cur = managerOf.get(cur) ?? null) {
      depth++;
      if (cur === me) return { label: depth === 1 ? 'direct report' : 'indirect report', visible: true };
    }
    const label =
      me && managerOf.get(targetId) === managerOf.get(me)
        ? 'peer'
        : [p.supX.id, p.staffX1.id].includes(targetId)
          ? 'other store'
          : 'other team';
    return { label, visible: seesEveryone(ACTOR_ROLES[who]) };
  }

  /**
   * Who may call each endpoint defined in the contract (`<feature>Endpoints`), by "METHOD path":
   * the matrix takes its expected answers from the contract, not from what the server registered.
   */
  const CONTRACT_ACCESS = new Map<string, RouteAccess>(
    Object.entries(contract)
      .filter(([name]) => name.endsWith('Endpoints'))
      .flatMap(([, endpoints]) => Object.values(endpoints as Record<string, contract.Endpoint>))
      .map((e) => [`${e.method} ${e.path}`, e.access]),
  );

  it('has a case for every endpoint of the contract, registered with the access it gives', () => {
    expect(CONTRACT_ACCESS.size).toBeGreaterThan(0);
    const accessOf = new Map(t.routes.map((r) => [`${r.method} ${r.url}`, r.access as RouteAccess]));
    for (const [key, access] of CONTRACT_ACCESS) {
      expect(CASES[key], key).toBeDefined();
      expect(accessOf.get(key), key).toBe(access);
    }
  });

  it('has a case for every registered route (no route escapes the matrix)', () => {
    const registered = t.routes
      .filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !CASES[k]);
    expect(missing).toEqual([]);
    const stale = Object.keys(CASES).filter((k) => !registered.includes(k));
    expect(stale).toEqual([]);
  });

  it('answers every route × role × relation as the rules say: 0 leaks', async () => {
    const mismatches: string[] = [];
    let cases = 0;
    const accessOf = new Map(t.routes.map((r) => [`${r.method} ${r.url}`, r.access as RouteAccess]));
    const targets = Object.values(org.people)
      .filter((x) => x.id !== org.people.admin.id)
      .map((x) => x.id);
    for (const [key, c] of Object.entries(CASES)) {
      const [method] = key.split(' ') as [string];
      const access = CONTRACT_ACCESS.get(key) ?? accessOf.get(key)!;
      const who_s: (Who | 'anonymous')[] = [
        'anonymous',
        'staff',
        'supervisor',
        'manager',
        'assessor',
        'hr_admin',
        'admin',
      ];
      for (const who of who_s) {
        for (const target of c.person ? targets : [org.people.staffA1.id]) {
          let expected: number[];
          let label = c.person ? '' : '-';
          if (access === 'public') expected = c.ok;
          else if (access === 'token' || who === 'anonymous') expected = [401];
          else if (access !== 'authenticated' && !permissionsOf(ACTOR_ROLES[who]).has(access as Permission)) {
            expected = [403];
          } else if (c.person) {
            const rel = relation(who, target);
            label = rel.label;
            const selfNo =
              rel.label === 'self' &&
              (c.selfForbidden === 'always' ||
                (c.selfForbidden === 'unless_sees_everyone' && !seesEveryone(ACTOR_ROLES[who])));
            expected = !rel.visible ? [404] : selfNo ? [403] : c.ok;
          } else expected = c.okFor ? c.okFor(who) : c.ok;
          if (c.person && who !== 'anonymous' && label === '') label = relation(who, target).label;

          const call = await c.build(ctx(), target, who);
          const client =
            call.fresh && who !== 'anonymous'
              ? await loginClient(t.app, actorEmails[who], PASSWORD)
              : clients.get(who)!;
          const res = await client.request(method as 'GET', call.url, call.body, call.headers);
          cases++;
          if (!expected.includes(res.statusCode)) {
            mismatches.push(
              `${key} as ${who} on ${label}: expected ${expected.join('|')}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          }
          if (res.statusCode === 404 && c.person && !String(res.json().code).endsWith('.not_found')) {
            mismatches.push(`${key} as ${who} on ${label}: 404 with code ${res.json().code}`);
          }
        }
      }
    }
    console.log(
      `access matrix: ${cases} cases over ${Object.keys(CASES).length} routes, ${mismatches.length} leaks or mismatches`,
    );
    expect(mismatches).toEqual([]);
    expect(cases).toBeGreaterThan(200);
  }, 600_000);

  /**
   * Lists that show people beyond the reader's own reporting line on purpose, with the reason;
   * every other list route must return no row about a person outside the actor's scope.
   */
  const WIDER_BY_DESIGN: Record<string, string> = {
    'GET /api/v1/recognition': 'the recognition wall is public to the site',
    'GET /api/v1/recognition/colleagues': 'anyone may praise a colleague at their site',
    'GET /api/v1/org-units': 'units, not people',
    'GET /api/v1/users': 'admin only (users.manage)',
    'GET /api/v1/audit': 'admin only (audit.read)',
    'GET /api/v1/auth/session': "the actor's own session",
  };

  it('returns no row outside the actor’s scope from any list route (run after the matrix filled the lists)', async () => {
    const all = new Set(
      Object.values(org.people)
        .filter((x) => x.id !== org.people.admin.id)
        .map((x) => x.id),
    );
    /** Ids of people a response is about: `personId` fields and the `id` of `person` objects. */
    const peopleIn = (v: unknown, out: Set<string>, key = ''): Set<string> => {
      if (Array.isArray(v)) for (const x of v) peopleIn(x, out, key);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'personId' && typeof x === 'string') out.add(x);
          else if (k === 'id' && key === 'person' && typeof x === 'string') out.add(x);
          else peopleIn(x, out, k);
        }
      }
      return out;
    };
    const lists = t.routes
      .filter((r) => r.method === 'GET' && !r.url.includes(':') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((k) => !WIDER_BY_DESIGN[k]);
    const variants = ['', '?scope=mine', '?scope=team', '?scope=all', `?${RANGE}`];
    const leaks: string[] = [];
    let checked = 0;
    let rows = 0;
    for (const key of lists) {
      const url = key.split(' ')[1]!;
      for (const who of ['staff', 'supervisor', 'manager', 'assessor', 'hr_admin', 'admin'] as Who[]) {
        for (const v of variants) {
          const res = await clients.get(who)!.request('GET', `${url}${v}`);
          if (res.statusCode !== 200 || !res.headers['content-type']?.toString().includes('json')) continue;
          checked++;
          for (const id of peopleIn(res.json(), new Set())) {
            if (!all.has(id)) continue;
            rows++;
            const rel = relation(who, id);
            if (!rel.visible) leaks.push(`${key}${v} as ${who}: a row of ${rel.label} (${id})`);
          }
        }
      }
    }
    console.log(
      `access matrix lists: ${lists.length} list routes, ${checked} answers, ${rows} rows about people checked, ${leaks.length} outside the actor's scope`,
    );
    expect(leaks).toEqual([]);
    expect(rows).toBeGreaterThan(100);
  }, 300_000);

  it('lists exactly the people each actor may open, and each listed person opens', async () => {
    const all = Object.values(org.people)
      .filter((x) => x.id !== org.people.admin.id)
      .map((x) => x.id);
    for (const who of ['staff', 'supervisor', 'manager', 'assessor', 'hr_admin', 'admin'] as Who[]) {
      const client = clients.get(who)!;
      const listed = (
        (await client.request('GET', '/api/v1/people?limit=500')).json() as { items: { id: string }[] }
      ).items.map((i) => i.id);
      const expected = all.filter((id) => relation(who, id).visible);
      expect(new Set(listed.filter((id) => all.includes(id))), who).toEqual(new Set(expected));
      for (const id of all) {
        const status = (await client.request('GET', `/api/v1/people/${id}`)).statusCode;
        expect(status, `${who} GET person ${relation(who, id).label}`).toBe(listed.includes(id) ? 200 : 404);
      }
    }
  });

  it('answers a forbidden id exactly like a missing one (no enumeration)', async () => {
    const sup = clients.get('supervisor')!;
    const hidden = await sup.request('GET', `/api/v1/people/${org.people.staffX1.id}`);
    const missing = await sup.request('GET', '/api/v1/people/00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(hidden.json())).toEqual(strip(missing.json()));
  });
});
