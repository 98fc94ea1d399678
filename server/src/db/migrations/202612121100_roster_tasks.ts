import { sql, type Kysely } from 'kysely';

/**
 * Non-shift tasks of a roster plan (#14 item 5): returns to process, call-backs… each on a day, for
 * a duty (whose level the person needs) and a number of minutes; assigned to someone on shift that
 * day by skill and spare capacity, or left unassigned with the reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table roster_task (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references roster_plan(id),
      day int not null,
      duty_id uuid not null references duty(id),
      title_en text not null,
      title_zh text not null,
      minutes int not null check (minutes > 0),
      person_id uuid references person(id),
      unassigned_reason text check (unassigned_reason in ('no_one_skilled_on_shift','no_capacity')),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index roster_task_plan_idx on roster_task(plan_id, day);
  `.execute(db);
}
