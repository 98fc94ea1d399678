import type { Role } from '@frontline/contract';
import type { Services } from '../src/app.js';
import { systemActor } from '../src/access/actor.js';
import { hashPassword } from '../src/features/auth/password.js';

export const PASSWORD = 'correct-horse-battery';
let hash: Promise<string> | null = null;
const passwordHash = () => (hash ??= hashPassword(PASSWORD));
const actor = systemActor('test');
let seq = 0;
const unique = (p: string) => `${p}${++seq}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

export async function makeUnit(
  services: Services,
  parentId: string | null,
  kind: 'company' | 'division' | 'store' | 'centre' | 'team' = 'team',
) {
  return services.org.createUnit(actor, {
    parentId,
    kind,
    code: unique('U'),
    nameEn: `Unit ${seq}`,
    nameZh: `單位${seq}`,
  });
}

export async function makeRole(services: Services) {
  return services.org.createRole(actor, {
    code: unique('R'),
    nameEn: `Role ${seq}`,
    performanceStandards: 'CSAT ≥ 90%',
  });
}

export interface MadePerson {
  id: string;
  email: string;
  userId: string | null;
}

export async function makePerson(
  services: Services,
  opts: {
    orgUnitId: string;
    managerId?: string | null;
    roles?: Role[];
    jobRoleId?: string | null;
    name?: string;
  },
): Promise<MadePerson> {
  const n = unique('E');
  const email = `${n.toLowerCase()}@test.example`;
  const person = await services.people.create(actor, {
    employeeNumber: n,
    givenNameEn: opts.name ?? `Given${seq}`,
    familyNameEn: `Family${seq}`,
    nameZh: `陳${seq}`,
    email,
    orgUnitId: opts.orgUnitId,
    managerId: opts.managerId ?? null,
    jobRoleId: opts.jobRoleId ?? null,
  });
  let userId: string | null = null;
  if (opts.roles) {
    const user = await services.users.create(
      actor,
      { email, displayName: `User ${n}`, password: PASSWORD, personId: person.id, roles: opts.roles },
      { passwordHash: await passwordHash() },
    );
    userId = user.id;
  }
  return { id: person.id, email, userId };
}

export async function makeUser(services: Services, roles: Role[]) {
  const email = `${unique('u').toLowerCase()}@test.example`;
  const user = await services.users.create(
    actor,
    { email, displayName: `Admin ${seq}`, password: PASSWORD, roles },
    { passwordHash: await passwordHash() },
  );
  return { id: user.id, email, userId: user.id };
}

/**
 * A small organisation with every relation the access rules care about:
 *   company ─ storeA ─ teamA: supA → staffA1, staffA2 (peers), assessorA
 *           │        └ teamB: supB → staffB1          (manager M over supA and supB)
 *           └ storeX ─ teamX: supX → staffX1           (another store entirely)
 *   hr (hr_admin) and admin at company level.
 */
export async function makeOrg(services: Services) {
  const company = await makeUnit(services, null, 'company');
  const storeA = await makeUnit(services, company.id, 'store');
  const teamA = await makeUnit(services, storeA.id);
  const teamB = await makeUnit(services, storeA.id);
  const storeX = await makeUnit(services, company.id, 'store');
  const teamX = await makeUnit(services, storeX.id);
  const role = await makeRole(services);
  const hr = await makePerson(services, { orgUnitId: company.id, roles: ['staff', 'hr_admin'] });
  const admin = await makeUser(services, ['admin']);
  const manager = await makePerson(services, { orgUnitId: storeA.id, roles: ['staff', 'manager'] });
  const supA = await makePerson(services, {
    orgUnitId: teamA.id,
    managerId: manager.id,
    roles: ['staff', 'supervisor'],
  });
  const staffA1 = await makePerson(services, {
    orgUnitId: teamA.id,
    managerId: supA.id,
    roles: ['staff'],
    jobRoleId: role.id,
  });
  const staffA2 = await makePerson(services, { orgUnitId: teamA.id, managerId: supA.id, roles: ['staff'] });
  const assessorA = await makePerson(services, {
    orgUnitId: teamA.id,
    managerId: supA.id,
    roles: ['staff', 'assessor'],
  });
  const supB = await makePerson(services, {
    orgUnitId: teamB.id,
    managerId: manager.id,
    roles: ['staff', 'supervisor'],
  });
  const staffB1 = await makePerson(services, { orgUnitId: teamB.id, managerId: supB.id, roles: ['staff'] });
  const supX = await makePerson(services, { orgUnitId: teamX.id, roles: ['staff', 'supervisor'] });
  const staffX1 = await makePerson(services, { orgUnitId: teamX.id, managerId: supX.id, roles: ['staff'] });
  return {
    units: { company, storeA, teamA, teamB, storeX, teamX },
    role,
    people: { hr, admin, manager, supA, staffA1, staffA2, assessorA, supB, staffB1, supX, staffX1 },
  };
}
export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** Installs the preset indicators and returns their ids by code (e.g. `ids.get('CSAT')`). */
export async function installIndicators(services: Services): Promise<(code: string) => string> {
  await services.indicators.installPresets(systemActor('test'));
  const rows = await services.db.selectFrom('indicator').select(['id', 'code']).execute();
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`no indicator ${code}`);
    return id;
  };
}
