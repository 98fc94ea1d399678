import { sql, type Kysely } from 'kysely';

/**
 * The team QA view (#12 item 7) reads one scorecard's released official evaluations in a period:
 * a partial index on exactly those rows, by scorecard and day (drafts and calibration scores stay out).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index evaluation_report_idx on evaluation(scorecard_id, occurred_on, person_id)
      where status = 'released' and purpose = 'official';
  `.execute(db);
}
