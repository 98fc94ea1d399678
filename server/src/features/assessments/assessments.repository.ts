import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  DB,
  EvaluationDisputeTable,
  EvaluationEvidenceTable,
  EvaluationTable,
  EvaluationVersionTable,
  ScorecardTable,
} from '../../db/schema.js';
import type { Role } from '@frontline/contract';
import { inScope, type Scope } from '../../access/scope.js';
import { EVALUATION_STEPS, type EvaluationStep } from './assessments.states.js';

/** The units (and their sub-units) an assessor is assigned to: a subquery of person ids. */
function assignedPeople(assessorPersonId: string) {
  return sql<{ id: string }>`(
    with recursive u(id, depth) as (
      select org_unit_id, 0 from assessor_unit where assessor_person_id = ${assessorPersonId}
      union
      select o.id, u.depth + 1 from org_unit o join u on o.parent_id = u.id where u.depth < 32
    )
    select p.id from person p where p.org_unit_id in (select id from u)
  )`;
}
const inAssigned = (column: string, assessorPersonId: string) =>
  sql<boolean>`${sql.ref(column)} in ${assignedPeople(assessorPersonId)}`;

/** Scorecards, evaluations, their versions and disputes, the settings and assessor assignments. */
export function assessmentsRepository(db: Kysely<DB>) {
  const evaluations = () =>
    db
      .selectFrom('evaluation as e')
      .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
      .innerJoin('person as p', 'p.id', 'e.personId')
      .innerJoin('appUser as u', 'u.id', 'e.assessorUserId')
      .selectAll('e')
      .select([
        's.code as scorecardCode',
        's.version as scorecardVersion',
        's.kind as scorecardKind',
        's.titleEn as scorecardTitleEn',
        's.titleZh as scorecardTitleZh',
        's.sections as scorecardSections',
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personNameEn'),
        'p.nameZh as personNameZh',
        'u.displayName as assessorName',
        sql<number>`(select count(*)::int from evaluation_dispute d
                     where d.evaluation_id = e.id and d.status = 'open')`.as('openDisputes'),
      ]);
  return {
    scorecards(filter: { kind?: string | undefined; all?: boolean | undefined }) {
      let q = db
        .selectFrom('scorecard as s')
        .leftJoin('indicator as i', 'i.id', 's.indicatorId')
        .selectAll('s')
        .select([
          'i.code as indicatorCode',
          sql<number>`(select count(*)::int from evaluation e where e.scorecard_id = s.id)`.as('evaluations'),
        ]);
      if (!filter.all) q = q.where('s.active', '=', true);
      if (filter.kind) q = q.where('s.kind', '=', filter.kind as never);
      return q.orderBy('s.kind').orderBy('s.code').orderBy('s.version', 'desc').execute();
    },
    scorecard: (id: string) =>
      db
        .selectFrom('scorecard as s')
        .leftJoin('indicator as i', 'i.id', 's.indicatorId')
        .selectAll('s')
        .select([
          'i.code as indicatorCode',
          sql<number>`(select count(*)::int from evaluation e where e.scorecard_id = s.id)`.as('evaluations'),
        ])
        .where('s.id', '=', id)
        .executeTakeFirst(),
    scorecardForUpdate: (id: string) =>
      db.selectFrom('scorecard').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    latestVersion: async (code: string) =>
      (
        await db
          .selectFrom('scorecard')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('code', '=', code)
          .executeTakeFirst()
      )?.v ?? 0,
    hasEvaluations: async (scorecardId: string) =>
      !!(await db
        .selectFrom('evaluation')
        .select('id')
        .where('scorecardId', '=', scorecardId)
        .limit(1)
        .executeTakeFirst()),
    insertScorecard: (row: Insertable<ScorecardTable>) =>
      db.insertInto('scorecard').values(row).returning('id').executeTakeFirstOrThrow(),
    updateScorecard: (id: string, patch: Updateable<ScorecardTable>) =>
      db.updateTable('scorecard').set(patch).where('id', '=', id).execute(),
    indicator: (id: string) =>
      db
        .selectFrom('indicator')
        .select(['id', 'code', 'aggregation'])
        .where('id', '=', id)
        .executeTakeFirst(),
    indicatorByCode: (code: string) =>
      db.selectFrom('indicator').select(['id', 'code']).where('code', '=', code).executeTakeFirst(),

    findEvaluation: (id: string) => evaluations().where('e.id', '=', id).executeTakeFirst(),
    evaluationForUpdate: (id: string) =>
      db.selectFrom('evaluation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    /**
     * Evaluations any of the parts allow: about `mine` (released, official), written by `writtenBy`
     * about someone still in `team` or `assessorPersonId`'s units, or (with teamRows; submitted or
     * released, official) about anyone there.
     */
    listEvaluations(filter: {
      mine: string | null;
      writtenBy: string | null;
      team: Scope | null;
      assessorPersonId: string | null;
      /** Also the submitted and released evaluations of the people in team / the units. */
      teamRows: boolean;
      personId?: string | undefined;
      status?: string | undefined;
      scorecardId?: string | undefined;
    }) {
      let q = evaluations().where((eb) => {
        const ors = [];
        if (filter.mine) {
          ors.push(
            eb.and([
              eb('e.personId', '=', filter.mine),
              eb('e.status', '=', 'released'),
              eb('e.purpose', '=', 'official'),
            ]),
          );
        }
        const wider = [];
        if (filter.team) wider.push(eb.and([inScope(filter.team, 'e.personId')]));
        if (filter.assessorPersonId) {
          wider.push(inAssigned('e.personId', filter.assessorPersonId));
        }
        // What one wrote, while the person is still one's to score.
        if (filter.writtenBy && wider.length) {
          ors.push(eb.and([eb('e.assessorUserId', '=', filter.writtenBy), eb.or(wider)]));
        }
        if (filter.teamRows && wider.length) {
          ors.push(
            eb.and([
              eb.or(wider),
              eb('e.status', '<>', 'draft'),
              eb('e.purpose', '=', 'official'),
              ...(filter.mine ? [eb('e.personId', '<>', filter.mine)] : []),
            ]),
          );
        }
        return ors.length ? eb.or(ors) : sql<boolean>`false`;
      });
      if (filter.personId) q = q.where('e.personId', '=', filter.personId);
      if (filter.status) q = q.where('e.status', '=', filter.status as never);
      if (filter.scorecardId) q = q.where('e.scorecardId', '=', filter.scorecardId);
      return q.orderBy('e.occurredOn', 'desc').orderBy('e.createdAt', 'desc').limit(1000).execute();
    },
    insertEvaluation: (row: Insertable<EvaluationTable>) =>
      db.insertInto('evaluation').values(row).returning('id').executeTakeFirstOrThrow(),
    updateEvaluation: (id: string, patch: Updateable<EvaluationTable>) =>
      db.updateTable('evaluation').set(patch).where('id', '=', id).execute(),
    /** Applies a step only from one of its statuses (in the UPDATE); false when the status had moved on. */
    async transition(id: string, step: EvaluationStep, patch: Updateable<EvaluationTable>): Promise<boolean> {
      const s = EVALUATION_STEPS[step];
      const r = await db
        .updateTable('evaluation')
        .set({ ...patch, status: s.to })
        .where('id', '=', id)
        .where('status', 'in', [...s.from])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    versions: (evaluationId: string) =>
      db
        .selectFrom('evaluationVersion')
        .select(['version', 'percent', 'reason', 'createdAt'])
        .where('evaluationId', '=', evaluationId)
        .orderBy('version')
        .execute(),
    insertVersion: (row: Insertable<EvaluationVersionTable>) =>
      db.insertInto('evaluationVersion').values(row).execute(),

    disputes: (evaluationId: string) =>
      db
        .selectFrom('evaluationDispute')
        .selectAll()
        .where('evaluationId', '=', evaluationId)
        .orderBy('createdAt')
        .orderBy('itemId')
        .execute(),
    disputedItems: async (evaluationId: string) =>
      new Set(
        (
          await db
            .selectFrom('evaluationDispute')
            .select('itemId')
            .where('evaluationId', '=', evaluationId)
            .execute()
        ).map((r) => r.itemId),
      ),
    disputeForUpdate: (id: string) =>
      db.selectFrom('evaluationDispute').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    insertDisputes: (rows: Insertable<EvaluationDisputeTable>[]) =>
      db.insertInto('evaluationDispute').values(rows).execute(),
    /** Decides an open dispute (in the UPDATE); false when it was decided meanwhile. */
    async decideDispute(id: string, patch: Updateable<EvaluationDisputeTable>): Promise<boolean> {
      const r = await db
        .updateTable('evaluationDispute')
        .set(patch)
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** Disputes about people in `scope`, not about evaluations the arbitrator wrote. */
    queue(filter: {
      scope: Scope;
      notAuthor: string;
      notPerson: string | null;
      status?: string | undefined;
    }) {
      let q = db
        .selectFrom('evaluationDispute as d')
        .innerJoin('evaluation as e', 'e.id', 'd.evaluationId')
        .selectAll('d')
        .where(inScope(filter.scope, 'e.personId'))
        .where('e.assessorUserId', '<>', filter.notAuthor)
        .where('e.purpose', '=', 'official');
      if (filter.notPerson) q = q.where('e.personId', '<>', filter.notPerson);
      q = q.where('d.status', '=', (filter.status ?? 'open') as never);
      return q.orderBy('d.createdAt').limit(500).execute();
    },
    evaluationsByIds: (ids: readonly string[]) =>
      ids.length ? evaluations().where('e.id', 'in', ids).execute() : Promise.resolve([]),

    settings: () =>
      db.selectFrom('assessmentSetting').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
    updateSettings: (disputeWindowDays: number, at: Date) =>
      db
        .updateTable('assessmentSetting')
        .set({ disputeWindowDays, updatedAt: at })
        .where('id', '=', 1)
        .execute(),
    assessorUnits: () =>
      db
        .selectFrom('assessorUnit')
        .select(['assessorPersonId', 'orgUnitId'])
        .orderBy('assessorPersonId')
        .orderBy('orgUnitId')
        .execute(),
    async replaceAssessorUnits(rows: { assessorPersonId: string; orgUnitId: string }[]) {
      await db.deleteFrom('assessorUnit').execute();
      if (rows.length) {
        await db
          .insertInto('assessorUnit')
          .values(rows)
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    },
    unknownPeople: async (ids: readonly string[]) => {
      if (!ids.length) return [];
      const found = new Set(
        (await db.selectFrom('person').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
      );
      return ids.filter((i) => !found.has(i));
    },
    unknownUnits: async (ids: readonly string[]) => {
      if (!ids.length) return [];
      const found = new Set(
        (await db.selectFrom('orgUnit').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
      );
      return ids.filter((i) => !found.has(i));
    },
    /** Whether the person works in a unit (or sub-unit) the assessor is assigned to. */
    async isAssigned(assessorPersonId: string, personId: string): Promise<boolean> {
      const r = await db
        .selectFrom('person as p')
        .select('p.id')
        .where('p.id', '=', personId)
        .where(inAssigned('p.id', assessorPersonId))
        .executeTakeFirst();
      return !!r;
    },

    /** Active people in `scope` or in the assessor's units, but not `notPerson`. */
    scorable(scope: Scope, assessorPersonId: string | null, notPerson: string | null) {
      let q = db
        .selectFrom('person as p')
        .select([
          'p.id',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('nameEn'),
          'p.nameZh',
          'p.employeeNumber',
        ])
        .where('p.status', '<>', 'left')
        .where((eb) =>
          eb.or([
            inScope(scope, 'p.id'),
            ...(assessorPersonId ? [inAssigned('p.id', assessorPersonId)] : []),
          ]),
        );
      if (notPerson) q = q.where('p.id', '<>', notPerson);
      return q.orderBy('p.givenNameEn').orderBy('p.familyNameEn').limit(5000).execute();
    },

    insertObservation: (row: {
      personId: string;
      indicatorId: string;
      occurredOn: string;
      numerator: number;
      denominator: number;
      externalKey: string;
    }) =>
      db
        .insertInto('observation')
        .values({ ...row, source: 'assessment', batchId: null })
        .returning('id')
        .executeTakeFirstOrThrow(),
    updateObservation: (id: number, numerator: number, denominator: number) =>
      db.updateTable('observation').set({ numerator, denominator }).where('id', '=', id).execute(),
    deleteObservation: (id: number) => db.deleteFrom('observation').where('id', '=', id).execute(),

    updateEvidenceLimit: (evidenceMaxBytes: number, at: Date) =>
      db
        .updateTable('assessmentSetting')
        .set({ evidenceMaxBytes, updatedAt: at })
        .where('id', '=', 1)
        .execute(),

    /** An evaluation's evidence files, without their bytes, oldest first. */
    evidence: (evaluationId: string) =>
      db
        .selectFrom('evaluationEvidence as f')
        .innerJoin('appUser as u', 'u.id', 'f.uploadedBy')
        .select([
          'f.id',
          'f.evaluationId',
          'f.fileName',
          'f.contentType',
          'f.sizeBytes',
          'f.sha256',
          'u.displayName as uploadedBy',
          'f.createdAt',
        ])
        .where('f.evaluationId', '=', evaluationId)
        .orderBy('f.createdAt')
        .orderBy('f.fileName')
        .orderBy('f.id')
        .execute(),
    evidenceFile: (evaluationId: string, fileId: string) =>
      db
        .selectFrom('evaluationEvidence')
        .select(['id', 'fileName', 'contentType', 'sizeBytes', 'content'])
        .where('evaluationId', '=', evaluationId)
        .where('id', '=', fileId)
        .executeTakeFirst(),
    insertEvidence: (row: Insertable<EvaluationEvidenceTable>) =>
      db.insertInto('evaluationEvidence').values(row).returning('id').executeTakeFirstOrThrow(),
    deleteEvidence: (evaluationId: string, fileId: string) =>
      db
        .deleteFrom('evaluationEvidence')
        .where('evaluationId', '=', evaluationId)
        .where('id', '=', fileId)
        .returning(['id', 'fileName', 'contentType', 'sizeBytes', 'sha256'])
        .executeTakeFirst(),

    /** The enabled user of a person (null: none), with their language. */
    userOfPerson: (personId: string) =>
      db
        .selectFrom('appUser')
        .select(['id', 'locale'])
        .where('personId', '=', personId)
        .where('disabled', '=', false)
        .orderBy('createdAt')
        .executeTakeFirst(),

    userLocale: (userId: string) =>
      db.selectFrom('appUser').select(['id', 'locale']).where('id', '=', userId).executeTakeFirst(),

    /** Enabled users holding one of `roles`, other than the person's own (who of them sees the person is the service's call). */
    usersWithRoles: (roles: readonly Role[], notPersonId: string) =>
      db
        .selectFrom('appUser')
        .select(['id', 'locale', 'personId', 'roles'])
        .where('disabled', '=', false)
        .where(sql<boolean>`roles && ${sql.val([...roles])}::text[]`)
        .where((eb) => eb.or([eb('personId', 'is', null), eb('personId', '<>', notPersonId)]))
        .orderBy('id')
        .execute(),
  };
}
export type EvaluationRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof assessmentsRepository>['findEvaluation']>>
>;
