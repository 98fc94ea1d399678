import { sql, type Kysely } from 'kysely';

/**
 * Leave (#14 item 3): a person's days away — annual, sick, training or other — requested by the
 * person and approved or declined by their leader, or recorded by the leader (approved). Approved
 * leave makes its days unavailable in roster plans and keeps its hours out of what is rostered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table leave_record (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('annual','sick','training','other')),
      starts_on date not null,
      ends_on date not null,
      note text not null default '',
      status text not null check (status in ('requested','approved','declined','cancelled')),
      reason text not null default '',
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    );
    create index leave_record_person_idx on leave_record(person_id, starts_on);
  `.execute(db);
}
