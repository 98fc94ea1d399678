import type { Kysely } from 'kysely';
import type {
  CreatePersonBody,
  PeopleQuery,
  Person,
  PersonSummary,
  UpdatePersonBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import { peopleRepository } from './people.repository.js';
import { auditFields, toPerson, toPersonSummary } from './people.mapper.js';
import { mayEditPerson, personAbilities } from './people.policy.js';
import { enforce, seenRelation } from '../../access/policy.js';

/** The first person id that would sit in a reporting-line loop, or null. */
export function findManagerCycle(links: readonly { id: string; managerId: string | null }[]): string | null {
  const managerOf = new Map(links.map((l) => [l.id, l.managerId]));
  const done = new Set<string>();
  for (const { id } of links) {
    const path = new Set<string>();
    let cur: string | null | undefined = id;
    while (cur && !done.has(cur)) {
      if (path.has(cur)) return cur;
      path.add(cur);
      cur = managerOf.get(cur);
    }
    for (const p of path) done.add(p);
  }
  return null;
}

export function createPeopleService(deps: {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, access, audit, clock } = deps;

  /** A person as the actor reads them (one they are known to see: checked, or just made). */
  async function view(trx: Kysely<DB>, actor: AnyActor, id: string): Promise<Person> {
    const repo = peopleRepository(trx);
    const row = await repo.findById(id);
    if (!row) throw NotFound('person.not_found');
    const reports = await repo.directReports(id);
    const rel = actor.kind === 'system' ? 'visible' : seenRelation(actor, id);
    return toPerson(row, reports, personAbilities(actor, rel));
  }

  async function checkRefs(trx: Kysely<DB>, body: UpdatePersonBody, personId?: string) {
    if (body.orgUnitId && !(await peopleRepository(trx).findOrgUnit(body.orgUnitId))) {
      throw Invalid('org_unit.not_found', 'The org unit does not exist.', [
        { path: '/orgUnitId', message: 'not found' },
      ]);
    }
    if (body.jobRoleId && !(await peopleRepository(trx).findJobRole(body.jobRoleId))) {
      throw Invalid('job_role.not_found', 'The job role does not exist.', [
        { path: '/jobRoleId', message: 'not found' },
      ]);
    }
    if (body.managerId) {
      if (!(await peopleRepository(trx).exists(body.managerId))) {
        throw Invalid('person.not_found', 'The manager does not exist.', [
          { path: '/managerId', message: 'not found' },
        ]);
      }
      if (personId) {
        const links = await peopleRepository(trx).allManagerLinks();
        const next = links.map((l) => (l.id === personId ? { ...l, managerId: body.managerId ?? null } : l));
        if (findManagerCycle(next)) {
          throw Invalid('person.manager_cycle', 'A person cannot report to someone who reports to them.', [
            { path: '/managerId', message: 'would make a loop in the reporting line' },
          ]);
        }
      }
    }
  }

  const uniqueness = (err: unknown): never => {
    if (isUniqueViolation(err, 'person_employee_number_key')) {
      throw Conflict('person.employee_number_taken', 'That employee number is already used.');
    }
    if (isUniqueViolation(err, 'person_email_key')) {
      throw Conflict('person.email_taken', 'That e-mail is already used.');
    }
    throw err;
  };

  return {
    async list(
      actor: Actor,
      query: PeopleQuery,
    ): Promise<{ items: PersonSummary[]; total: number; limit: number; offset: number }> {
      const { rows, ...page } = await peopleRepository(db).list(query, access.scope(actor));
      return { items: rows.map(toPersonSummary), ...page };
    },

    /** A person's record; a read by anyone but the person is audited (after it succeeded). */
    async get(actor: Actor, id: string): Promise<Person> {
      await access.requirePerson(actor, id);
      const person = await view(db, actor, id);
      if (actor.personId !== id) {
        await audit.record(db, actor, {
          action: 'person.viewed',
          entityType: 'person',
          entityId: id,
          subjectPersonId: id,
        });
      }
      return person;
    },

    async create(actor: AnyActor, body: CreatePersonBody): Promise<Person> {
      return db
        .transaction()
        .execute(async (trx) => {
          await checkRefs(trx, body);
          const now = clock.now();
          const { id } = await peopleRepository(trx).insert({
            employeeNumber: body.employeeNumber,
            givenNameEn: body.givenNameEn,
            familyNameEn: body.familyNameEn,
            nameZh: body.nameZh ?? null,
            email: body.email ?? null,
            orgUnitId: body.orgUnitId,
            managerId: body.managerId ?? null,
            jobRoleId: body.jobRoleId ?? null,
            ...(body.employmentType ? { employmentType: body.employmentType } : {}),
            hireDate: body.hireDate ?? null,
            ...(body.status ? { status: body.status } : {}),
            createdAt: now,
            updatedAt: now,
          });
          const person = await view(trx, actor, id);
          const row = await peopleRepository(trx).row(id);
          await audit.record(trx, actor, {
            action: 'person.created',
            entityType: 'person',
            entityId: id,
            subjectPersonId: id,
            after: auditFields(row),
          });
          return person;
        })
        .catch(uniqueness);
    },

    async update(actor: Actor, id: string, body: UpdatePersonBody): Promise<Person> {
      enforce(mayEditPerson(actor, await access.relationTo(actor, id)));
      return db
        .transaction()
        .execute(async (trx) => {
          const before = await peopleRepository(trx).rowForUpdate(id);
          if (!before) throw NotFound('person.not_found');
          await checkRefs(trx, body, id);
          await peopleRepository(trx).update(id, { ...body, updatedAt: clock.now() });
          const after = await peopleRepository(trx).row(id);
          await audit.record(trx, actor, {
            action: 'person.updated',
            entityType: 'person',
            entityId: id,
            subjectPersonId: id,
            ...changedFields(auditFields(before), auditFields(after)),
          });
          return view(trx, actor, id);
        })
        .catch(uniqueness);
    },
  };
}
export type PeopleService = ReturnType<typeof createPeopleService>;
