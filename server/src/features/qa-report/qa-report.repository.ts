import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';

/** Which evaluations a report reads: one scorecard, a period, the people the caller may see. */
export interface QaFilter {
  scorecardId: string;
  from: string;
  to: string;
  /** The caller's team (their reports, or everyone). */
  scope: Scope;
  /** The assessor whose assigned units (and sub-units) also count; null for none. */
  assessorPersonId: string | null;
  /** Only people of these units; null for all. */
  unitIds: readonly string[] | null;
  /** Only this person (the training needs of one person). */
  personId?: string;
}

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

/** Released, official evaluations of the filter: the one place the report's rows are chosen. */
function where(f: QaFilter): RawBuilder<boolean> {
  const who = f.assessorPersonId
    ? sql`(${inScope(f.scope, 'e.person_id')} or e.person_id in ${assignedPeople(f.assessorPersonId)})`
    : inScope(f.scope, 'e.person_id');
  const units =
    f.unitIds === null
      ? sql`true`
      : f.unitIds.length
        ? sql`e.person_id in (select id from person where org_unit_id in (${sql.join([...f.unitIds])}))`
        : sql`false`;
  const one = f.personId ? sql`e.person_id = ${f.personId}` : sql`true`;
  return sql<boolean>`e.scorecard_id = ${f.scorecardId}
    and e.status = 'released' and e.purpose = 'official'
    and e.occurred_on between ${f.from} and ${f.to}
    and ${who} and ${units} and ${one}`;
}

const earned = sql`(e.result->>'earned')::float8`;
const possible = sql`(e.result->>'possible')::float8`;

export interface SumsRow {
  n: number;
  earned: number;
  possible: number;
  sq: number;
}

/** Read queries of the team QA view (the evaluations are written by the assessments feature). */
export function qaReportRepository(db: Kysely<DB>) {
  return {
    scorecard: (id: string) =>
      db
        .selectFrom('scorecard')
        .select(['id', 'code', 'version', 'titleEn', 'titleZh', 'sections'])
        .where('id', '=', id)
        .executeTakeFirst(),

    units: () => db.selectFrom('orgUnit').select(['id', 'parentId', 'nameEn', 'nameZh']).execute(),

    /**
     * The team, each person and each assessor in one scan (grouping sets): Σ earned, Σ possible,
     * Σ earned²/possible, n and the critical fails of each group.
     */
    async groups(f: QaFilter) {
      const r = await sql<
        SumsRow & { g: number; personId: string | null; userId: string | null; critical: number }
      >`
        select grouping(x.person_id, x.assessor_user_id)::int as g,
               x.person_id as "personId", x.assessor_user_id as "userId",
               count(*)::int as n, coalesce(sum(x.earned), 0)::float8 as earned,
               coalesce(sum(x.possible), 0)::float8 as possible,
               coalesce(sum(case when x.possible > 0 then x.earned * x.earned / x.possible else 0 end), 0)::float8 as sq,
               count(*) filter (where x.critical)::int as critical
          from (select e.person_id, e.assessor_user_id, ${earned} as earned, ${possible} as possible,
                       (e.result->>'criticalFailed')::boolean as critical
                  from evaluation e where ${where(f)}) x
         group by grouping sets ((x.person_id), (x.assessor_user_id), ())`.execute(db);
      const empty = { n: 0, earned: 0, possible: 0, sq: 0 };
      // grouping(): 1 = person grouped (assessor rolled up), 2 = assessor grouped, 3 = the team
      const team = r.rows.find((x) => x.g === 3) ?? empty;
      const people = r.rows.filter((x) => x.g === 1);
      const assessors = r.rows.filter((x) => x.g === 2);
      const [names, users] = await Promise.all([
        people.length
          ? db
              .selectFrom('person')
              .select(['id', 'givenNameEn', 'familyNameEn', 'nameZh'])
              .where(
                'id',
                'in',
                people.map((x) => x.personId!),
              )
              .execute()
          : [],
        assessors.length
          ? db
              .selectFrom('appUser')
              .select(['id', 'displayName'])
              .where(
                'id',
                'in',
                assessors.map((x) => x.userId!),
              )
              .execute()
          : [],
      ]);
      const nameOf = new Map(names.map((p) => [p.id, p]));
      const userOf = new Map(users.map((u) => [u.id, u.displayName]));
      return {
        team,
        people: people
          .map((x) => {
            const p = nameOf.get(x.personId!);
            return {
              ...x,
              personId: x.personId!,
              nameEn: p ? `${p.givenNameEn} ${p.familyNameEn}` : '',
              nameZh: p?.nameZh ?? null,
              sortKey: p ? `${p.familyNameEn}\u0000${p.givenNameEn}\u0000${x.personId}` : x.personId!,
            };
          })
          .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)),
        assessors: assessors
          .map((x) => ({ ...x, userId: x.userId!, name: userOf.get(x.userId!) ?? '' }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
      };
    },

    /** Per item: evaluations where it applied (not N/A, points possible) and where it missed points. */
    async items(f: QaFilter) {
      const r = await sql<{ sectionId: string; itemId: string; applicable: number; missed: number }>`
        select s.value->>'sectionId' as "sectionId", i.value->>'itemId' as "itemId",
               count(*) filter (where applicable)::int as applicable,
               count(*) filter (where applicable
                 and (i.value->>'earned')::float8 < (i.value->>'possible')::float8)::int as missed
          from evaluation e
         cross join lateral jsonb_array_elements(e.result->'sections') s
         cross join lateral jsonb_array_elements(s.value->'items') i
         cross join lateral (select not coalesce((i.value->>'na')::boolean, false)
                                    and (i.value->>'possible')::float8 > 0 as applicable) a
         where ${where(f)}
         group by 1, 2`.execute(db);
      return r.rows;
    },

    /** One row per evaluation (the item-level export), oldest first. */
    async evaluations(f: QaFilter) {
      const r = await sql<{
        id: string;
        occurredOn: string;
        channel: string;
        ticketKey: string | null;
        personNameEn: string;
        personNameZh: string | null;
        employeeNumber: string;
        assessorName: string;
        version: number;
        result: {
          earned: number;
          possible: number;
          percent: number | null;
          criticalFailed: boolean;
          sections: {
            sectionId: string;
            items: { itemId: string; value: unknown; earned: number; possible: number; na: boolean }[];
          }[];
        };
      }>`
        select e.id, e.occurred_on::text as "occurredOn", e.channel, e.ticket_key as "ticketKey",
               p.given_name_en || ' ' || p.family_name_en as "personNameEn", p.name_zh as "personNameZh",
               p.employee_number as "employeeNumber", u.display_name as "assessorName", e.version, e.result
          from evaluation e join person p on p.id = e.person_id join app_user u on u.id = e.assessor_user_id
         where ${where(f)}
         order by e.occurred_on, e.created_at, e.id
         limit 100000`.execute(db);
      return r.rows;
    },
  };
}
export type QaReportRepository = ReturnType<typeof qaReportRepository>;
