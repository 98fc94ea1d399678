import type { Kysely } from 'kysely';
import type {
  CreateIndicatorBody,
  CreateObservationBody,
  CreatePolicyBody,
  CreateTargetBody,
  Indicator,
  NewPolicyVersionBody,
  Policy,
  PolicyVersion,
  Target,
  TargetQuery,
  UpdateIndicatorBody,
} from '@frontline/contract';
import type { DB, IndicatorRow, TargetRow } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import {
  indicatorRepository,
  observationRepository,
  policyRepository,
  referenceRepository,
  targetRepository,
} from './indicators.repository.js';
import { enforce } from '../../access/policy.js';
import { mayRecordObservation } from './indicators.policy.js';
import { PRESET_INDICATORS } from './presets.js';

export const toIndicator = (r: IndicatorRow): Indicator => ({
  id: r.id,
  code: r.code,
  nameEn: r.nameEn,
  nameZh: r.nameZh,
  descriptionEn: r.descriptionEn,
  descriptionZh: r.descriptionZh,
  unit: r.unit,
  direction: r.direction,
  aggregation: r.aggregation,
  scale: r.scale,
  category: r.category,
  source: r.source,
  numeratorLabel: r.numeratorLabel,
  denominatorLabel: r.denominatorLabel,
  formula: r.formula,
  decimals: r.decimals,
  minSample: r.minSample,
  policyId: r.policyId,
  preset: r.preset,
  active: r.active,
});

const toTarget = (r: TargetRow): Target => ({
  id: r.id,
  indicatorId: r.indicatorId,
  jobRoleId: r.jobRoleId,
  orgUnitId: r.orgUnitId,
  standard: r.standard,
  stretch: r.stretch,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
});

type PolicyRow = NonNullable<Awaited<ReturnType<ReturnType<typeof policyRepository>['findById']>>>;
const toPolicy = (r: PolicyRow, versions: number): Policy => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  orgUnitId: r.orgUnitId,
  current: {
    version: r.version,
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    bodyEn: r.bodyEn,
    bodyZh: r.bodyZh,
    effectiveFrom: r.effectiveFrom,
    createdAt: r.versionCreatedAt.toISOString(),
  },
  versions,
  indicatorIds: r.indicatorIds ?? [],
});

/** The indicator library, business policies and service standards, targets, manual observations. */
export function createIndicatorsService(deps: {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, access, audit, clock } = deps;

  async function loadIndicator(trx: Kysely<DB>, id: string) {
    const row = await indicatorRepository(trx).findById(id);
    if (!row) throw NotFound('indicator.not_found');
    return row;
  }
  async function checkPolicy(trx: Kysely<DB>, policyId: string | null | undefined) {
    if (policyId && !(await referenceRepository(trx).policy(policyId))) {
      throw Invalid('policy.not_found', 'That policy does not exist.', [
        { path: '/policyId', message: 'not found' },
      ]);
    }
  }
  async function loadPolicy(trx: Kysely<DB>, id: string): Promise<Policy> {
    const row = await policyRepository(trx).findById(id);
    if (!row) throw NotFound('policy.not_found');
    const versions = await policyRepository(trx).versions(id);
    return toPolicy(row, versions.length);
  }

  return {
    async listIndicators(_actor: Actor, includeInactive = false): Promise<Indicator[]> {
      return (await indicatorRepository(db).list(includeInactive)).map(toIndicator);
    },
    getIndicator: async (_actor: Actor, id: string) => toIndicator(await loadIndicator(db, id)),

    async createIndicator(actor: AnyActor, body: CreateIndicatorBody, preset = false): Promise<Indicator> {
      return db
        .transaction()
        .execute(async (trx) => {
          await checkPolicy(trx, body.policyId);
          const now = clock.now();
          const { id } = await indicatorRepository(trx).insert({
            ...body,
            descriptionEn: body.descriptionEn ?? '',
            nameZh: body.nameZh ?? null,
            descriptionZh: body.descriptionZh ?? null,
            policyId: body.policyId ?? null,
            preset,
            createdAt: now,
            updatedAt: now,
          });
          const ind = toIndicator(await loadIndicator(trx, id));
          await audit.record(trx, actor, {
            action: 'indicator.created',
            entityType: 'indicator',
            entityId: id,
            after: ind,
          });
          return ind;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) {
            throw Conflict('indicator.code_taken', 'That indicator code is already used.');
          }
          throw err;
        });
    },

    /** Formulas of an indicator never change once created (figures would change meaning); labels and links can. */
    async updateIndicator(actor: AnyActor, id: string, body: UpdateIndicatorBody): Promise<Indicator> {
      return db.transaction().execute(async (trx) => {
        const before = toIndicator(await loadIndicator(trx, id));
        await checkPolicy(trx, body.policyId);
        await indicatorRepository(trx).update(id, { ...body, updatedAt: clock.now() });
        const after = toIndicator(await loadIndicator(trx, id));
        await audit.record(trx, actor, {
          action: 'indicator.updated',
          entityType: 'indicator',
          entityId: id,
          ...changedFields(before, after),
        });
        return after;
      });
    },

    /** Adds the preset catalogue entries that are not there yet (by code). */
    async installPresets(actor: AnyActor): Promise<number> {
      let added = 0;
      for (const p of PRESET_INDICATORS) {
        if (await indicatorRepository(db).findByCode(p.code)) continue;
        await this.createIndicator(actor, p, true);
        added++;
      }
      return added;
    },

    async listPolicies(_actor: Actor): Promise<Policy[]> {
      const rows = await policyRepository(db).list();
      return Promise.all(
        rows.map(async (r) => toPolicy(r, (await policyRepository(db).versions(r.id)).length)),
      );
    },
    getPolicy: (_actor: Actor, id: string) => loadPolicy(db, id),
    async policyVersions(_actor: Actor, id: string): Promise<PolicyVersion[]> {
      await loadPolicy(db, id);
      return (await policyRepository(db).versions(id)).map((v) => ({
        version: v.version,
        titleEn: v.titleEn,
        titleZh: v.titleZh,
        bodyEn: v.bodyEn,
        bodyZh: v.bodyZh,
        effectiveFrom: v.effectiveFrom,
        createdAt: v.createdAt.toISOString(),
      }));
    },

    async createPolicy(actor: AnyActor, body: CreatePolicyBody): Promise<Policy> {
      return db
        .transaction()
        .execute(async (trx) => {
          const now = clock.now();
          if (body.orgUnitId && !(await referenceRepository(trx).orgUnit(body.orgUnitId))) {
            throw Invalid('org_unit.not_found', 'The org unit does not exist.', [
              { path: '/orgUnitId', message: 'not found' },
            ]);
          }
          const { id } = await policyRepository(trx).insert({
            code: body.code,
            kind: body.kind,
            orgUnitId: body.orgUnitId ?? null,
            createdAt: now,
            updatedAt: now,
          });
          await policyRepository(trx).insertVersion({
            policyId: id,
            version: 1,
            titleEn: body.titleEn,
            titleZh: body.titleZh ?? null,
            bodyEn: body.bodyEn,
            bodyZh: body.bodyZh ?? null,
            effectiveFrom: body.effectiveFrom,
            createdBy: actor.userId,
            createdAt: now,
          });
          const policy = await loadPolicy(trx, id);
          await audit.record(trx, actor, {
            action: 'policy.created',
            entityType: 'policy',
            entityId: id,
            after: policy,
          });
          return policy;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err, 'policy_code_key')) {
            throw Conflict('policy.code_taken', 'That policy code is already used.');
          }
          throw err;
        });
    },

    /** A policy is never edited in place: each change is a new version; earlier ones stay readable. */
    async addPolicyVersion(actor: Actor, id: string, body: NewPolicyVersionBody): Promise<Policy> {
      return db.transaction().execute(async (trx) => {
        const before = await loadPolicy(trx, id);
        await policyRepository(trx).insertVersion({
          policyId: id,
          version: before.current.version + 1,
          titleEn: body.titleEn,
          titleZh: body.titleZh ?? null,
          bodyEn: body.bodyEn,
          bodyZh: body.bodyZh ?? null,
          effectiveFrom: body.effectiveFrom,
          createdBy: actor.userId,
          createdAt: clock.now(),
        });
        const after = await loadPolicy(trx, id);
        await audit.record(trx, actor, {
          action: 'policy.version_added',
          entityType: 'policy',
          entityId: id,
          before: before.current,
          after: after.current,
        });
        return after;
      });
    },

    async listTargets(_actor: Actor, q: TargetQuery): Promise<Target[]> {
      return (await targetRepository(db).list(q)).map(toTarget);
    },

    async createTarget(actor: AnyActor, body: CreateTargetBody): Promise<Target> {
      if (!body.jobRoleId === !body.orgUnitId) {
        throw Invalid('target.scope_required', 'A target applies to exactly one job role or one org unit.', [
          { path: '/jobRoleId', message: 'give a job role or an org unit, not both' },
        ]);
      }
      if (body.effectiveTo && body.effectiveTo < body.effectiveFrom) {
        throw Invalid('validation', 'The target ends before it starts.', [
          { path: '/effectiveTo', message: 'before effectiveFrom' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const ind = await loadIndicator(trx, body.indicatorId).catch(() => {
          throw Invalid('indicator.not_found', 'That indicator does not exist.', [
            { path: '/indicatorId', message: 'not found' },
          ]);
        });
        if (body.stretch !== undefined && body.stretch !== null) {
          const better =
            ind.direction === 'higher_better' ? body.stretch >= body.standard : body.stretch <= body.standard;
          if (!better) {
            throw Invalid('validation', 'The stretch target must be better than the standard.', [
              { path: '/stretch', message: 'not better than standard' },
            ]);
          }
        }
        if (body.jobRoleId && !(await referenceRepository(trx).jobRole(body.jobRoleId))) {
          throw Invalid('job_role.not_found', 'The job role does not exist.', [
            { path: '/jobRoleId', message: 'not found' },
          ]);
        }
        if (body.orgUnitId && !(await referenceRepository(trx).orgUnit(body.orgUnitId))) {
          throw Invalid('org_unit.not_found', 'The org unit does not exist.', [
            { path: '/orgUnitId', message: 'not found' },
          ]);
        }
        const now = clock.now();
        const row = await targetRepository(trx).insert({
          indicatorId: body.indicatorId,
          jobRoleId: body.jobRoleId ?? null,
          orgUnitId: body.orgUnitId ?? null,
          standard: body.standard,
          stretch: body.stretch ?? null,
          effectiveFrom: body.effectiveFrom,
          effectiveTo: body.effectiveTo ?? null,
          createdAt: now,
          updatedAt: now,
        });
        const target = toTarget(row);
        await audit.record(trx, actor, {
          action: 'target.created',
          entityType: 'target',
          entityId: row.id,
          after: target,
        });
        return target;
      });
    },

    async deleteTarget(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await targetRepository(trx).findById(id);
        if (!row) throw NotFound('target.not_found');
        await targetRepository(trx).delete(id);
        await audit.record(trx, actor, {
          action: 'target.deleted',
          entityType: 'target',
          entityId: id,
          before: toTarget(row),
        });
      });
    },

    /** A manual observation (e.g. a floor observation or a mystery-shop visit), for someone in scope. */
    async recordObservation(actor: Actor, body: CreateObservationBody): Promise<{ id: number }> {
      enforce(mayRecordObservation(actor, await access.relationTo(actor, body.personId)));
      return db.transaction().execute(async (trx) => {
        const ind = await loadIndicator(trx, body.indicatorId).catch(() => {
          throw Invalid('indicator.not_found', 'That indicator does not exist.', [
            { path: '/indicatorId', message: 'not found' },
          ]);
        });
        if (ind.aggregation === 'proportion' && (body.numerator < 0 || body.numerator > body.denominator)) {
          throw Invalid(
            'validation',
            'For a proportion the numerator must be between 0 and the denominator.',
            [{ path: '/numerator', message: 'out of range' }],
          );
        }
        const { id } = await observationRepository(trx).insert({
          personId: body.personId,
          indicatorId: body.indicatorId,
          occurredOn: body.occurredOn,
          numerator: body.numerator,
          denominator: body.denominator,
          source: 'manual',
        });
        await audit.record(trx, actor, {
          action: 'observation.recorded',
          entityType: 'observation',
          entityId: String(id),
          subjectPersonId: body.personId,
          after: body,
        });
        return { id: Number(id) };
      });
    },
  };
}
export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
