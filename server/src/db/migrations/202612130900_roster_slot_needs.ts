import { sql, type Kysely } from 'kysely';

/**
 * Demand per time slot (#14 item 2): the people a duty needs in each 15-, 30- or 60-minute slot of a
 * plan's day, entered by hand as ranges or derived from imported volumes. The plan's demand per shift
 * is worked out from these (the fewest people per shift that meet every slot), and coverage is shown
 * slot by slot against them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table roster_slot_need (
      plan_id uuid not null references roster_plan(id),
      duty_id uuid not null references duty(id),
      day int not null check (day >= 0),
      start_minute int not null check (start_minute between 0 and 1439),
      minutes int not null check (minutes in (15, 30, 60)),
      need int not null check (need >= 0),
      primary key (plan_id, duty_id, day, start_minute)
    );
  `.execute(db);
}
