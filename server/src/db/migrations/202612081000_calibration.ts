import { sql, type Kysely } from 'kysely';

/**
 * Calibration sessions (#12 item 5): a lead, one scorecard version, the interactions everyone scores
 * (a label or ticket key each), the assessors (with when they finished) and the scores — each
 * assessor's answers per interaction, and the lead's benchmark answers (benchmark = true). Kept apart
 * from evaluations: calibration scores never become observations nor reach the person evaluated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calibration_session (
      id uuid primary key default gen_random_uuid(),
      scorecard_id uuid not null references scorecard(id),
      lead_user_id uuid not null references app_user(id),
      title text not null,
      status text not null default 'open' check (status in ('open', 'revealed', 'closed')),
      created_at timestamptz not null default now(),
      revealed_at timestamptz,
      closed_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index calibration_session_lead_idx on calibration_session(lead_user_id);

    create table calibration_interaction (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references calibration_session(id),
      position int not null,
      label text not null,
      constraint calibration_interaction_position_key unique (session_id, position)
    );

    create table calibration_assessor (
      session_id uuid not null references calibration_session(id),
      user_id uuid not null references app_user(id),
      finished_at timestamptz,
      primary key (session_id, user_id)
    );
    create index calibration_assessor_user_idx on calibration_assessor(user_id);

    create table calibration_score (
      session_id uuid not null references calibration_session(id),
      interaction_id uuid not null references calibration_interaction(id),
      user_id uuid not null references app_user(id),
      benchmark boolean not null default false,
      answers jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (interaction_id, user_id)
    );
    create index calibration_score_session_idx on calibration_score(session_id);
  `.execute(db);
}
