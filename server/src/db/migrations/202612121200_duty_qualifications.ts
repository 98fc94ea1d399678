import { sql, type Kysely } from 'kysely';

/**
 * What qualifies a person for a duty (#14 item 3): completing one of its training courses (passed, or
 * with no pass mark) gives level 2 · competent; the latest released assessment on one of its
 * scorecards at or above its pass percentage, within the year before, gives level 3 · expert. A level
 * set by hand still counts; the higher one wins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table duty
      add column training_course_ids jsonb not null default '[]',
      add column assessment_scorecard_ids jsonb not null default '[]',
      add column assessment_pass_percent int not null default 80
        check (assessment_pass_percent between 1 and 100);
  `.execute(db);
}
