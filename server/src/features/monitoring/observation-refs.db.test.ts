import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/http.js';
import { makeOrg, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { databaseRefusal } from '../../http/errors.js';

/**
 * observation's references to person and indicator are checked once per statement, not by two
 * per-row foreign keys (#19 item 7), and still refuse what the foreign keys refused: a row of
 * nobody or of no indicator, and deleting a person or an indicator that observations refer to.
 */
describe('observation references', () => {
  let t: TestApp;
  let org: Org;
  let csat: string;
  const nobody = '00000000-0000-4000-8000-000000000001';

  const counts = async () => {
    const r = await sql<{ o: number; d: number; w: number }>`
      select (select count(*) from observation)::int as o, (select count(*) from observation_daily)::int as d,
             (select count(*) from observation_weekly)::int as w`.execute(t.database.db);
    return r.rows[0];
  };
  const refusal = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    return { err: err as { code?: string; detail?: string }, refusal: databaseRefusal(err) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    await t.services.indicators.installPresets(systemActor('test'));
    const ids = await t.database.db.selectFrom('indicator').select(['id', 'code']).execute();
    csat = ids.find((i) => i.code === 'CSAT')!.id;
    await t.database.db
      .insertInto('observation')
      .values({
        personId: org.people.staffA1.id,
        indicatorId: csat,
        occurredOn: '2026-11-02',
        numerator: 1,
        denominator: 1,
      })
      .execute();
  });
  afterAll(() => t.close());

  it('refuse rows of a person or an indicator that does not exist, writing nothing', async () => {
    const db = t.database.db;
    const before = await counts();
    const row = { indicatorId: csat, occurredOn: '2026-11-03', numerator: 1, denominator: 1 };
    const person = await refusal(
      db
        .insertInto('observation')
        .values([
          { ...row, personId: org.people.staffA2.id },
          { ...row, personId: nobody },
        ])
        .execute(),
    );
    expect(person.err.code).toBe('23503');
    expect(person.err.detail).toBe(`Key (person_id)=(${nobody}) is not present in table "person".`);
    expect(person.refusal).toMatchObject({ status: 422, code: 'request.unknown_reference' });
    expect(person.refusal?.issues).toEqual([{ path: '/personId', message: 'does not exist' }]);

    const indicator = await refusal(
      db
        .insertInto('observation')
        .values({ ...row, personId: org.people.staffA2.id, indicatorId: nobody })
        .execute(),
    );
    expect(indicator.err.detail).toBe(`Key (indicator_id)=(${nobody}) is not present in table "indicator".`);

    const moved = await refusal(db.updateTable('observation').set({ personId: nobody }).execute());
    expect(moved.err.code).toBe('23503');
    expect(await counts()).toEqual(before);
    const still = await db.selectFrom('observation').select('personId').execute();
    expect(still.map((o) => o.personId)).toEqual([org.people.staffA1.id]);
  });

  it('refuse deleting a person or an indicator that observations refer to', async () => {
    const db = t.database.db;
    const person = await refusal(db.deleteFrom('person').where('id', '=', org.people.staffA1.id).execute());
    expect(person.err.code).toBe('23503');
    expect(person.refusal).toMatchObject({ status: 409, code: 'conflict' });
    const indicator = await refusal(db.deleteFrom('indicator').where('id', '=', csat).execute());
    expect(indicator.err.detail).toBe(`Key (id)=(${csat}) is still referenced from table "observation".`);
    expect(indicator.refusal).toMatchObject({ status: 409 });
    expect(
      await db.selectFrom('indicator').select('id').where('id', '=', csat).executeTakeFirst(),
    ).toBeDefined();
  });
});
