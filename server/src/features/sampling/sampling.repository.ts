import { sql, type Kysely } from 'kysely';
import type { SamplingChannel } from '@frontline/contract';
import type { DB, SamplingDrawPerson } from '../../db/schema.js';
import { json } from '../../db/json.js';

/** An interaction's channel from its import key (the sources' own key forms), else null (not sampled). */
const channelOf = sql<SamplingChannel | null>`case
  when o.external_key like 'zendesk:ticket:%' or o.external_key like 'freshdesk:ticket:%' then 'ticket'
  when o.external_key like 'connect:%' then 'call'
  when o.external_key like 'chatwoot:csat:%' then 'chat'
  end`;

/** The ids of the units given and of every unit under them. */
const subtree = (roots: ReturnType<typeof sql>) => sql`(
  with recursive u(id, depth) as (
    select id, 0 from org_unit where id in ${roots}
    union
    select o.id, u.depth + 1 from org_unit o join u on o.parent_id = u.id where u.depth < 32
  ) select id from u)`;

/** Sampling plans, their assessors, draws and drawn items; the interactions and evaluations they read. */
export function samplingRepository(db: Kysely<DB>) {
  const plans = () =>
    db
      .selectFrom('samplingPlan as sp')
      .innerJoin('scorecard as s', 's.id', 'sp.scorecardId')
      .leftJoin('orgUnit as ou', 'ou.id', 'sp.orgUnitId')
      .selectAll('sp')
      .select([
        's.code as scorecardCode',
        's.version as scorecardVersion',
        's.titleEn as scorecardTitleEn',
        's.titleZh as scorecardTitleZh',
        'ou.nameEn as unitNameEn',
        'ou.nameZh as unitNameZh',
      ]);
  return {
    listPlans: () => plans().orderBy('sp.createdAt', 'desc').orderBy('sp.id').execute(),
    findPlan: (id: string) => plans().where('sp.id', '=', id).executeTakeFirst(),
    lockPlan: (id: string) =>
      db.selectFrom('samplingPlan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    assessorsOf: (planIds: readonly string[]) =>
      planIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('samplingPlanAssessor as a')
            .innerJoin('appUser as u', 'u.id', 'a.userId')
            .select(['a.planId', 'a.userId', 'u.displayName as name', 'u.personId'])
            .where('a.planId', 'in', planIds)
            .orderBy('u.displayName')
            .orderBy('a.userId')
            .execute(),
    activeUsers: (ids?: readonly string[]) => {
      let q = db
        .selectFrom('appUser')
        .select(['id', 'displayName', 'roles', 'personId'])
        .where('disabled', '=', false)
        .orderBy('displayName')
        .orderBy('id');
      if (ids) q = q.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
      return q.execute();
    },
    scorecard: (id: string) => db.selectFrom('scorecard').selectAll().where('id', '=', id).executeTakeFirst(),
    unitExists: async (id: string) =>
      (await db.selectFrom('orgUnit').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
    insertPlan: (row: {
      title: string;
      scorecardId: string;
      perPerson: number;
      periodKind: 'week' | 'month';
      orgUnitId: string | null;
      channels: SamplingChannel[];
      createdBy: string;
      now: Date;
    }) =>
      db
        .insertInto('samplingPlan')
        .values({
          title: row.title,
          scorecardId: row.scorecardId,
          perPerson: row.perPerson,
          periodKind: row.periodKind,
          orgUnitId: row.orgUnitId,
          channels: json(row.channels),
          createdBy: row.createdBy,
          createdAt: row.now,
          updatedAt: row.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    updatePlan: (
      id: string,
      patch: {
        title?: string;
        perPerson?: number;
        periodKind?: 'week' | 'month';
        orgUnitId?: string | null;
        channels?: SamplingChannel[];
        active?: boolean;
        now: Date;
      },
    ) => {
      const { channels, now, ...rest } = patch;
      return db
        .updateTable('samplingPlan')
        .set({ ...rest, ...(channels ? { channels: json(channels) } : {}), updatedAt: now })
        .where('id', '=', id)
        .execute();
    },
    async replaceAssessors(planId: string, userIds: readonly string[]) {
      await db.deleteFrom('samplingPlanAssessor').where('planId', '=', planId).execute();
      if (userIds.length) {
        await db
          .insertInto('samplingPlanAssessor')
          .values(userIds.map((userId) => ({ planId, userId })))
          .execute();
      }
    },

    /**
     * The people a plan samples: active people of its unit and the units under it, or (no unit) of
     * every unit the plan's assessors are assigned to (assessor_unit) and the units under those.
     */
    planPeople(plan: { id: string; orgUnitId: string | null }) {
      const roots = plan.orgUnitId
        ? sql`(${plan.orgUnitId}::uuid)`
        : sql`(select au.org_unit_id from assessor_unit au
               join app_user u on u.person_id = au.assessor_person_id
               join sampling_plan_assessor a on a.user_id = u.id
               where a.plan_id = ${plan.id})`;
      return db
        .selectFrom('person as p')
        .select(['p.id', sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('nameEn'), 'p.nameZh'])
        .where('p.status', '=', 'active')
        .where(sql<boolean>`p.org_unit_id in ${subtree(roots)}`)
        .orderBy('p.employeeNumber')
        .orderBy('p.id')
        .execute();
    },

    /** For each of the plan's assessors (with a person), the people their assigned units cover. */
    async coverage(planId: string): Promise<Map<string, Set<string>>> {
      const rows = await sql<{ userId: string; personId: string }>`
        with recursive u(user_id, unit_id, depth) as (
          select a.user_id, au.org_unit_id, 0
          from sampling_plan_assessor a
          join app_user au_user on au_user.id = a.user_id
          join assessor_unit au on au.assessor_person_id = au_user.person_id
          where a.plan_id = ${planId}
          union
          select u.user_id, o.id, u.depth + 1 from org_unit o join u on o.parent_id = u.unit_id where u.depth < 32
        )
        select distinct u.user_id as "userId", p.id as "personId"
        from u join person p on p.org_unit_id = u.unit_id`.execute(db);
      const out = new Map<string, Set<string>>();
      for (const r of rows.rows) out.set(r.userId, (out.get(r.userId) ?? new Set()).add(r.personId));
      return out;
    },

    /**
     * The imported interactions of these people in [start, end]: one per import key (the records the
     * imports keep as observations with their key and batch), with its channel; sorted by person,
     * channel and key so a seed always draws the same ones.
     */
    async interactions(
      personIds: readonly string[],
      start: string,
      end: string,
      channels: readonly string[],
    ) {
      if (personIds.length === 0) return [];
      const rows = await db
        .selectFrom('observation as o')
        .select([
          'o.personId',
          'o.externalKey',
          channelOf.as('channel'),
          sql<string>`min(o.occurred_on)::text`.as('occurredOn'),
          sql<string | null>`max(o.batch_id::text)`.as('batchId'),
        ])
        .where('o.personId', 'in', personIds)
        .where('o.occurredOn', '>=', start)
        .where('o.occurredOn', '<=', end)
        .where('o.batchId', 'is not', null)
        .where('o.externalKey', 'is not', null)
        .where(sql<boolean>`(${channelOf}) is not null`)
        .groupBy(['o.personId', 'o.externalKey', sql`2`, sql`3`])
        .orderBy('o.personId')
        .orderBy(sql`3`)
        .orderBy('o.externalKey')
        .execute();
      return rows
        .filter((r) => r.channel !== null && (channels.length === 0 || channels.includes(r.channel)))
        .map((r) => ({
          personId: r.personId,
          key: r.externalKey!,
          channel: r.channel!,
          occurredOn: r.occurredOn,
          batchId: r.batchId,
        }));
    },

    planPeopleByIds: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('person as p')
            .select([
              'p.id',
              sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('nameEn'),
              'p.nameZh',
            ])
            .where('p.id', 'in', ids)
            .execute(),
    setDrawPeople: (drawId: string, people: SamplingDrawPerson[]) =>
      db
        .updateTable('samplingDraw')
        .set({ people: json(people) })
        .where('id', '=', drawId)
        .execute(),
    findDraw: (planId: string, period: string) =>
      db
        .selectFrom('samplingDraw as d')
        .leftJoin('appUser as u', 'u.id', 'd.drawnBy')
        .selectAll('d')
        .select('u.displayName as drawnByName')
        .where('d.planId', '=', planId)
        .where('d.period', '=', period)
        .executeTakeFirst(),
    periods: async (planId: string) =>
      (
        await db
          .selectFrom('samplingDraw')
          .select('period')
          .where('planId', '=', planId)
          .orderBy('periodStart', 'desc')
          .execute()
      ).map((r) => r.period),
    insertDraw: (row: {
      planId: string;
      period: string;
      periodStart: string;
      periodEnd: string;
      seed: number;
      perPerson: number;
      people: SamplingDrawPerson[];
      drawnBy: string;
      now: Date;
    }) =>
      db
        .insertInto('samplingDraw')
        .values({
          planId: row.planId,
          period: row.period,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          seed: row.seed,
          perPerson: row.perPerson,
          people: json(row.people),
          drawnBy: row.drawnBy,
          drawnAt: row.now,
        })
        .onConflict((oc) => oc.constraint('sampling_draw_plan_period_key').doNothing())
        .returning('id')
        .executeTakeFirst(),
    insertItems: (
      rows: {
        drawId: string;
        personId: string;
        assessorUserId: string | null;
        channel: SamplingChannel;
        interactionKey: string;
        batchId: string | null;
        occurredOn: string;
        position: number;
      }[],
    ) => (rows.length ? db.insertInto('samplingItem').values(rows).execute() : Promise.resolve([])),

    /**
     * Drawn items with their latest evaluation of the same interaction (same person, a version of the
     * plan's scorecard, the interaction key as ticket key, official): done once submitted or released.
     */
    items(filter: { drawIds: readonly string[]; assessorUserId?: string }) {
      if (filter.drawIds.length === 0) return Promise.resolve([]);
      let q = db
        .selectFrom('samplingItem as i')
        .innerJoin('samplingDraw as d', 'd.id', 'i.drawId')
        .innerJoin('samplingPlan as sp', 'sp.id', 'd.planId')
        .innerJoin('scorecard as s', 's.id', 'sp.scorecardId')
        .innerJoin('person as p', 'p.id', 'i.personId')
        .leftJoin('appUser as u', 'u.id', 'i.assessorUserId')
        .leftJoin('importBatch as b', 'b.id', 'i.batchId')
        .select([
          'i.id',
          'i.drawId',
          'i.personId',
          'i.assessorUserId',
          'i.channel',
          'i.interactionKey',
          sql<string | null>`case when b.status = 'committed' then b.id end`.as('batchId'),
          'i.occurredOn',
          'i.position',
          'd.periodEnd',
          'sp.id as planId',
          'sp.title as planTitle',
          'sp.scorecardId',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personNameEn'),
          'p.nameZh as personNameZh',
          'u.displayName as assessorName',
          sql<string | null>`(select e.id from evaluation e join scorecard es on es.id = e.scorecard_id
             where e.person_id = i.person_id and e.ticket_key = i.interaction_key
               and e.purpose = 'official' and es.code = s.code
             order by e.created_at desc, e.id limit 1)`.as('evaluationId'),
          sql<'draft' | 'submitted' | 'released' | null>`(select e.status from evaluation e
             join scorecard es on es.id = e.scorecard_id
             where e.person_id = i.person_id and e.ticket_key = i.interaction_key
               and e.purpose = 'official' and es.code = s.code
             order by e.created_at desc, e.id limit 1)`.as('evaluationStatus'),
          sql<boolean>`exists (select 1 from evaluation e join scorecard es on es.id = e.scorecard_id
             where e.person_id = i.person_id and e.ticket_key = i.interaction_key
               and e.purpose = 'official' and es.code = s.code
               and e.status in ('submitted', 'released'))`.as('done'),
        ])
        .where('i.drawId', 'in', filter.drawIds);
      if (filter.assessorUserId) q = q.where('i.assessorUserId', '=', filter.assessorUserId);
      return q.orderBy('d.periodStart').orderBy('i.personId').orderBy('i.position').execute();
    },

    /** The draws of a period (or, without one, of the periods holding `day`) where the user has items. */
    drawsWithItemsFor: (userId: string, when: { period: string } | { day: string }) =>
      db
        .selectFrom('samplingDraw as d')
        .select(['d.id', 'd.period', 'd.periodEnd'])
        .where((eb) =>
          'period' in when
            ? eb('d.period', '=', when.period)
            : eb.and([eb('d.periodStart', '<=', when.day), eb('d.periodEnd', '>=', when.day)]),
        )
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('samplingItem as i')
              .select('i.id')
              .whereRef('i.drawId', '=', 'd.id')
              .where('i.assessorUserId', '=', userId),
          ),
        )
        .orderBy('d.periodEnd')
        .execute(),

    /** The latest period, ended before `day`, of a draw where the user has items (none: null). */
    latestPeriodWithItemsFor: async (userId: string, day: string) =>
      (
        await db
          .selectFrom('samplingDraw as d')
          .select('d.period')
          .where('d.periodEnd', '<', day)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('samplingItem as i')
                .select('i.id')
                .whereRef('i.drawId', '=', 'd.id')
                .where('i.assessorUserId', '=', userId),
            ),
          )
          .orderBy('d.periodEnd', 'desc')
          .limit(1)
          .executeTakeFirst()
      )?.period ?? null,

    /** Percent scores of released official evaluations on any version of the scorecard, per person. */
    async releasedScores(scorecardCode: string) {
      const rows = await db
        .selectFrom('evaluation as e')
        .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
        .select(['e.personId', 'e.percent'])
        .where('s.code', '=', scorecardCode)
        .where('e.purpose', '=', 'official')
        .where('e.status', '=', 'released')
        .where('e.percent', 'is not', null)
        .execute();
      const by = new Map<string, number[]>();
      for (const r of rows) by.set(r.personId, [...(by.get(r.personId) ?? []), r.percent!]);
      return [...by.values()];
    },
  };
}

export type SamplingRepository = ReturnType<typeof samplingRepository>;
