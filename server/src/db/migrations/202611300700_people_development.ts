import { sql, type Kysely } from 'kysely';

/**
 * Communication and development: check-ins (1:1s) with a cadence per person, agendas, shared and
 * private notes and action items; feedback (praise or improvement) linked to evidence, which the
 * person acknowledges and may answer; a recognition wall; reward schemes (rules on indicators or
 * manual) and the awards they give; coaching plans (GROW) with sessions and a measured effect;
 * a training catalogue, assignments and completions; reminders sent (so each goes out once).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table checkin_cadence (
      person_id uuid primary key references person(id),
      every_days int not null check (every_days between 1 and 365),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    );

    create table checkin (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      leader_person_id uuid references person(id),
      scheduled_at timestamptz not null,
      duration_minutes int not null default 30 check (duration_minutes between 5 and 480),
      location text,
      status text not null default 'planned' check (status in ('planned','held','cancelled')),
      agenda jsonb not null default '{}',
      shared_notes text not null default '',
      private_notes text not null default '',
      held_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index checkin_person_idx on checkin(person_id, scheduled_at desc);

    create table action_item (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      checkin_id uuid references checkin(id),
      coaching_plan_id uuid,
      owner_person_id uuid not null references person(id),
      title text not null,
      due_on date,
      done_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index action_item_person_idx on action_item(person_id, done_at);
    create index action_item_owner_idx on action_item(owner_person_id, done_at);

    create table feedback (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      author_user_id uuid references app_user(id),
      kind text not null check (kind in ('praise','improvement')),
      body text not null,
      evidence jsonb not null default '[]',
      acknowledged_at timestamptz,
      reply text,
      replied_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index feedback_person_idx on feedback(person_id, created_at desc);

    create table recognition (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      author_user_id uuid references app_user(id),
      org_unit_id uuid not null references org_unit(id),
      message text not null,
      badge text,
      points int not null default 0 check (points >= 0),
      award_id uuid,
      created_at timestamptz not null default now()
    );
    create index recognition_unit_idx on recognition(org_unit_id, created_at desc);
    create index recognition_person_idx on recognition(person_id, created_at desc);

    create table reward_scheme (
      id uuid primary key default gen_random_uuid(),
      code text not null constraint reward_scheme_code_key unique,
      name_en text not null,
      name_zh text,
      kind text not null check (kind in ('rule','manual')),
      indicator_id uuid references indicator(id),
      comparator text check (comparator in ('gte','lte')),
      threshold double precision,
      min_sample int,
      period text check (period in ('month','quarter')),
      points int not null default 0 check (points >= 0),
      badge text,
      active boolean not null default true,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (kind = 'manual' or (indicator_id is not null and comparator is not null
                                 and threshold is not null and period is not null))
    );

    create table award (
      id uuid primary key default gen_random_uuid(),
      scheme_id uuid not null references reward_scheme(id),
      person_id uuid not null references person(id),
      period_start date,
      period_end date,
      points int not null,
      badge text,
      evidence jsonb not null default '{}',
      reason text,
      awarded_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create unique index award_rule_once on award(scheme_id, person_id, period_start) where period_start is not null;
    create index award_person_idx on award(person_id, created_at desc);

    create table coaching_plan (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      coach_person_id uuid references person(id),
      origin text not null check (origin in ('needs_attention','manual')),
      focus_indicator_id uuid references indicator(id),
      focus_skill text,
      gap text not null default '',
      grow_goal text not null default '',
      grow_reality text not null default '',
      grow_options text not null default '',
      grow_will text not null default '',
      status text not null default 'active' check (status in ('active','completed','cancelled')),
      started_on date not null,
      follow_up_on date,
      ended_on date,
      outcome text,
      outcome_rating text check (outcome_rating in ('improved','no_change','worse')),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (focus_indicator_id is not null or focus_skill is not null)
    );
    create index coaching_plan_person_idx on coaching_plan(person_id, started_on desc);

    create table coaching_session (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references coaching_plan(id),
      held_on date not null,
      notes text not null default '',
      next_steps text not null default '',
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index coaching_session_plan_idx on coaching_session(plan_id, held_on);

    create table course (
      id uuid primary key default gen_random_uuid(),
      code text not null constraint course_code_key unique,
      title_en text not null,
      title_zh text,
      category text not null check (category in ('product_knowledge','service_skills','on_the_job','compliance')),
      description text not null default '',
      duration_hours double precision,
      pass_score double precision,
      indicator_ids uuid[] not null default '{}',
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table training_assignment (
      id uuid primary key default gen_random_uuid(),
      course_id uuid not null references course(id),
      person_id uuid not null references person(id),
      assigned_by uuid references app_user(id),
      due_on date,
      reason text,
      coaching_plan_id uuid references coaching_plan(id),
      status text not null default 'assigned' check (status in ('assigned','completed','cancelled')),
      completed_at timestamptz,
      score double precision,
      evidence text,
      passed boolean,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index training_assignment_person_idx on training_assignment(person_id, status);
    create index training_assignment_due_idx on training_assignment(status, due_on);

    create table reminder_sent (
      kind text not null,
      entity_id uuid not null,
      on_day date not null,
      sent_at timestamptz not null default now(),
      primary key (kind, entity_id, on_day)
    );

    alter table app_user add column email_reminders boolean not null default true;
  `.execute(db);
}
