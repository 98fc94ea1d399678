import { sql, type Kysely } from 'kysely';

/** Organisation, people, users, sessions and the append-only audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table org_unit (
      id uuid primary key default gen_random_uuid(),
      parent_id uuid references org_unit(id),
      kind text not null check (kind in ('company','division','region','store','centre','team')),
      code text not null constraint org_unit_code_key unique,
      name_en text not null,
      name_zh text,
      timezone text not null default 'Asia/Hong_Kong',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (parent_id is null or parent_id <> id)
    );
    create index org_unit_parent_idx on org_unit(parent_id);

    create table job_role (
      id uuid primary key default gen_random_uuid(),
      code text not null constraint job_role_code_key unique,
      name_en text not null,
      name_zh text,
      description text not null default '',
      performance_standards text not null default '',
      work_outputs text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table person (
      id uuid primary key default gen_random_uuid(),
      employee_number text not null constraint person_employee_number_key unique,
      given_name_en text not null,
      family_name_en text not null,
      name_zh text,
      email text,
      org_unit_id uuid not null references org_unit(id),
      manager_id uuid references person(id),
      job_role_id uuid references job_role(id),
      employment_type text not null default 'full_time'
        check (employment_type in ('full_time','part_time','casual','contract')),
      hire_date date,
      status text not null default 'active' check (status in ('active','on_leave','left')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (manager_id is null or manager_id <> id)
    );
    create unique index person_email_key on person (lower(email)) where email is not null;
    create index person_manager_idx on person(manager_id);
    create index person_org_unit_idx on person(org_unit_id);

    create table app_user (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      display_name text not null,
      password_hash text not null,
      person_id uuid constraint app_user_person_key unique references person(id),
      roles text[] not null check (cardinality(roles) > 0),
      disabled boolean not null default false,
      locale text not null default 'en' check (locale in ('en','zh-Hant')),
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index app_user_email_key on app_user (lower(email));

    create table session (
      id text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index session_user_idx on session(user_id);

    create table audit_event (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      action text not null,
      entity_type text not null,
      entity_id text,
      subject_person_id uuid,
      before jsonb,
      after jsonb,
      request_id text,
      ip text
    );
    create index audit_event_occurred_idx on audit_event(occurred_at desc, id desc);
    create index audit_event_subject_idx on audit_event(subject_person_id, occurred_at desc);
    create index audit_event_entity_idx on audit_event(entity_type, entity_id);

    create function audit_event_is_append_only() returns trigger language plpgsql as $fn$
    begin
      raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
    end
    $fn$;
    create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_is_append_only();
    create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_is_append_only();
  `.execute(db);
}
