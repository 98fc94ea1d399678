import { sql, type Kysely } from 'kysely';

/**
 * Assessor certification (#12 item 6). The organisation's settings join assessment_setting: the
 * assessor course, the threshold (minimum alpha against the benchmark and/or maximum absolute bias in
 * points of the item's scale), the validity in months, the reminder lead in days and the policy for an
 * uncertified assessor's evaluations ('count_marked' or 'not_counted').
 * assessor_certification keeps one record per grant, with its basis (course completion, calibration
 * session, alpha, bias) or the lead's reason; a revocation stays on the record. An automatic grant is
 * made once per assessor, scorecard family (code) and session.
 * evaluation_certification records, at submit and at release, whether the assessor was certified for
 * the evaluation's scorecard then, and whether the released evaluation counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assessment_setting
      add column assessor_course_id uuid references course(id),
      add column cert_min_alpha double precision default 0.8 check (cert_min_alpha between -1 and 1),
      add column cert_max_bias_points double precision check (cert_max_bias_points between 0 and 100),
      add column cert_validity_months int not null default 12 check (cert_validity_months between 1 and 120),
      add column cert_reminder_days int not null default 30 check (cert_reminder_days between 1 and 365),
      add column uncertified_policy text not null default 'count_marked'
        check (uncertified_policy in ('count_marked', 'not_counted'));

    create table assessor_certification (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user(id),
      scorecard_code text not null,
      source text not null check (source in ('automatic', 'manual')),
      granted_at timestamptz not null,
      expires_at timestamptz not null,
      course_completed_at timestamptz,
      calibration_session_id uuid references calibration_session(id),
      alpha double precision,
      bias_points double precision,
      reason text,
      granted_by uuid references app_user(id),
      revoked_at timestamptz,
      revoked_by uuid references app_user(id),
      revoke_reason text,
      created_at timestamptz not null default now()
    );
    create index assessor_certification_user_idx on assessor_certification(user_id, scorecard_code);
    create unique index assessor_certification_session_key
      on assessor_certification(user_id, scorecard_code, calibration_session_id)
      where source = 'automatic';

    create table evaluation_certification (
      evaluation_id uuid primary key references evaluation(id),
      certified boolean not null,
      counted boolean not null,
      certification_id uuid references assessor_certification(id),
      stage text not null check (stage in ('submitted', 'released')),
      recorded_at timestamptz not null
    );
  `.execute(db);
}
