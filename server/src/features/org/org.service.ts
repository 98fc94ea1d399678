import type { Kysely } from 'kysely';
import type {
  CreateJobRoleBody,
  CreateOrgUnitBody,
  JobRole,
  OrgUnit,
  UpdateJobRoleBody,
  UpdateOrgUnitBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import { jobRoleRepository, orgUnitRepository } from './org.repository.js';
import { toJobRole, toOrgUnit } from './org.mapper.js';

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Org units (company → division → region → store/centre → team) and job roles. */
export function createOrgService(deps: { db: Kysely<DB>; audit: AuditService; clock: Clock }) {
  const { db, audit, clock } = deps;

  async function loadUnit(trx: Kysely<DB>, id: string): Promise<OrgUnit> {
    const row = await orgUnitRepository(trx).findById(id);
    if (!row) throw NotFound('org_unit.not_found');
    return toOrgUnit(row);
  }
  async function loadRole(trx: Kysely<DB>, id: string): Promise<JobRole> {
    const row = await jobRoleRepository(trx).findById(id);
    if (!row) throw NotFound('job_role.not_found');
    return toJobRole(row);
  }

  async function checkParent(trx: Kysely<DB>, parentId: string | null | undefined, selfId?: string) {
    if (!parentId) return;
    if (!(await orgUnitRepository(trx).findById(parentId))) {
      throw Invalid('org_unit.not_found', 'The parent org unit does not exist.', [
        { path: '/parentId', message: 'not found' },
      ]);
    }
    if (selfId && (await orgUnitRepository(trx).isSelfOrDescendant(selfId, parentId))) {
      throw Invalid('org_unit.cycle', 'An org unit cannot sit below itself.', [
        { path: '/parentId', message: 'would make a cycle' },
      ]);
    }
  }

  function checkTimezone(tz: string | undefined) {
    if (tz !== undefined && !isValidTimeZone(tz)) {
      throw Invalid('validation', `Unknown time zone '${tz}'.`, [
        { path: '/timezone', message: 'not an IANA time zone' },
      ]);
    }
  }

  const uniqueCode =
    <T>(code: 'org_unit.code_taken' | 'job_role.code_taken') =>
    (err: unknown): T => {
      if (isUniqueViolation(err)) throw Conflict(code, 'That code is already used.');
      throw err;
    };

  return {
    async listUnits(_actor: Actor): Promise<OrgUnit[]> {
      return (await orgUnitRepository(db).list()).map(toOrgUnit);
    },
    getUnit: (_actor: Actor, id: string) => loadUnit(db, id),

    async createUnit(actor: AnyActor, body: CreateOrgUnitBody): Promise<OrgUnit> {
      checkTimezone(body.timezone);
      return db
        .transaction()
        .execute(async (trx) => {
          await checkParent(trx, body.parentId);
          const now = clock.now();
          const { id } = await orgUnitRepository(trx).insert({
            parentId: body.parentId,
            kind: body.kind,
            code: body.code,
            nameEn: body.nameEn,
            nameZh: body.nameZh ?? null,
            ...(body.timezone ? { timezone: body.timezone } : {}),
            createdAt: now,
            updatedAt: now,
          });
          const unit = await loadUnit(trx, id);
          await audit.record(trx, actor, {
            action: 'org_unit.created',
            entityType: 'org_unit',
            entityId: id,
            after: unit,
          });
          return unit;
        })
        .catch(uniqueCode<OrgUnit>('org_unit.code_taken'));
    },

    async updateUnit(actor: Actor, id: string, body: UpdateOrgUnitBody): Promise<OrgUnit> {
      checkTimezone(body.timezone);
      return db
        .transaction()
        .execute(async (trx) => {
          const before = await loadUnit(trx, id);
          if (body.parentId !== undefined) await checkParent(trx, body.parentId, id);
          await orgUnitRepository(trx).update(id, { ...body, updatedAt: clock.now() });
          const after = await loadUnit(trx, id);
          await audit.record(trx, actor, {
            action: 'org_unit.updated',
            entityType: 'org_unit',
            entityId: id,
            ...changedFields(before, after),
          });
          return after;
        })
        .catch(uniqueCode<OrgUnit>('org_unit.code_taken'));
    },

    async deleteUnit(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await loadUnit(trx, id);
        const repo = orgUnitRepository(trx);
        if ((await repo.countChildren(id)) > 0) {
          throw Conflict('org_unit.has_children', 'Move or delete the units below it first.');
        }
        if ((await repo.countPeople(id)) > 0) {
          throw Conflict('org_unit.in_use', 'People belong to this unit. Move them first.');
        }
        await repo.delete(id);
        await audit.record(trx, actor, {
          action: 'org_unit.deleted',
          entityType: 'org_unit',
          entityId: id,
          before,
        });
      });
    },

    async listRoles(_actor: Actor): Promise<JobRole[]> {
      return (await jobRoleRepository(db).list()).map(toJobRole);
    },
    getRole: (_actor: Actor, id: string) => loadRole(db, id),

    async createRole(actor: AnyActor, body: CreateJobRoleBody): Promise<JobRole> {
      return db
        .transaction()
        .execute(async (trx) => {
          const now = clock.now();
          const { id } = await jobRoleRepository(trx).insert({
            code: body.code,
            nameEn: body.nameEn,
            nameZh: body.nameZh ?? null,
            description: body.description ?? '',
            performanceStandards: body.performanceStandards ?? '',
            workOutputs: body.workOutputs ?? '',
            createdAt: now,
            updatedAt: now,
          });
          const role = await loadRole(trx, id);
          await audit.record(trx, actor, {
            action: 'job_role.created',
            entityType: 'job_role',
            entityId: id,
            after: role,
          });
          return role;
        })
        .catch(uniqueCode<JobRole>('job_role.code_taken'));
    },

    async updateRole(actor: Actor, id: string, body: UpdateJobRoleBody): Promise<JobRole> {
      return db
        .transaction()
        .execute(async (trx) => {
          const before = await loadRole(trx, id);
          await jobRoleRepository(trx).update(id, { ...body, updatedAt: clock.now() });
          const after = await loadRole(trx, id);
          await audit.record(trx, actor, {
            action: 'job_role.updated',
            entityType: 'job_role',
            entityId: id,
            ...changedFields(before, after),
          });
          return after;
        })
        .catch(uniqueCode<JobRole>('job_role.code_taken'));
    },

    async deleteRole(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await loadRole(trx, id);
        if ((await jobRoleRepository(trx).countPeople(id)) > 0) {
          throw Conflict('job_role.in_use', 'People hold this job role.');
        }
        await jobRoleRepository(trx).delete(id);
        await audit.record(trx, actor, {
          action: 'job_role.deleted',
          entityType: 'job_role',
          entityId: id,
          before,
        });
      });
    },
  };
}
export type OrgService = ReturnType<typeof createOrgService>;
