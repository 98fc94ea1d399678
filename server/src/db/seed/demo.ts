import type { Services } from '../../app.js';
import { systemActor } from '../../access/actor.js';
import { hashPassword } from '../../features/auth/password.js';
import type { Database } from '../database.js';
import { DEMO_JOB_ROLES, DEMO_ORG_UNITS, DEMO_PEOPLE } from './demo-data.js';

/** Clearly a demo: every demo login uses this password. Never seeded unless asked for. */
export const DEMO_PASSWORD = 'frontline-demo';

export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('orgUnit').select('id').limit(1).executeTakeFirst();
  const user = await database.db.selectFrom('appUser').select('id').limit(1).executeTakeFirst();
  return !row && !user;
}

/**
 * Seeds the demo organisation (a retail chain with three stores and a logistics customer-service
 * centre, about 60 people) through the services, so the demo data is audited like any other.
 */
export async function seedDemo(services: Services): Promise<{ people: number; users: number }> {
  const actor = systemActor('demo seed');
  const unitIds = new Map<string, string>();
  for (const u of DEMO_ORG_UNITS) {
    const unit = await services.org.createUnit(actor, {
      parentId: u.parentCode ? (unitIds.get(u.parentCode) ?? null) : null,
      kind: u.kind,
      code: u.code,
      nameEn: u.nameEn,
      nameZh: u.nameZh,
      timezone: u.timezone,
    });
    unitIds.set(u.code, unit.id);
  }
  const roleIds = new Map<string, string>();
  for (const r of DEMO_JOB_ROLES) {
    const role = await services.org.createRole(actor, r);
    roleIds.set(r.code, role.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const personIds = new Map<string, string>();
  let users = 0;
  for (const p of DEMO_PEOPLE) {
    const person = await services.people.create(actor, {
      employeeNumber: p.employeeNumber,
      givenNameEn: p.givenNameEn,
      familyNameEn: p.familyNameEn,
      nameZh: p.nameZh,
      email: p.email,
      orgUnitId: unitIds.get(p.orgUnitCode) as string,
      managerId: p.managerEmployeeNumber ? (personIds.get(p.managerEmployeeNumber) ?? null) : null,
      jobRoleId: roleIds.get(p.jobRoleCode) ?? null,
      employmentType: p.employmentType,
      hireDate: p.hireDate,
      status: p.status,
    });
    personIds.set(p.employeeNumber, person.id);
    if (p.status !== 'left' && p.roles.length > 0) {
      await services.users.create(
        actor,
        {
          email: p.email,
          displayName: `${p.givenNameEn} ${p.familyNameEn}`,
          password: DEMO_PASSWORD,
          personId: person.id,
          roles: p.roles,
        },
        { passwordHash },
      );
      users++;
    }
  }
  return { people: DEMO_PEOPLE.length, users };
}

export const DEMO_LOGINS = [
  ['admin@demo.frontline.test', 'administrator'],
  ['hr@demo.frontline.test', 'HR admin'],
  ['manager@demo.frontline.test', 'store manager (Mong Kok)'],
  ['supervisor@demo.frontline.test', 'team supervisor (Mong Kok)'],
  ['staff@demo.frontline.test', 'sales associate'],
  ['lead@demo.frontline.test', 'team leader (logistics CS centre)'],
  ['agent@demo.frontline.test', 'CS agent (logistics)'],
] as const;
