import { sql, type Kysely } from 'kysely';

/**
 * Goals run on the calendar: after its end an agreed goal waits for its outcome
 * ('awaiting_outcome') until the supervisor confirms achieved or missed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table goal drop constraint goal_status_check;
    alter table goal add constraint goal_status_check check (status in
      ('draft','proposed','agreed','active','awaiting_outcome','achieved','missed','cancelled'));
  `.execute(db);
}
