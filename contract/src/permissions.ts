/** Roles a user can hold. A user may hold several. */
export const ROLES = ['staff', 'supervisor', 'manager', 'assessor', 'hr_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Permissions are dotted strings. A route declares exactly one of these, or 'public'
 * (no session needed) or 'authenticated' (any signed-in user; the service scopes the data).
 */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.import',
  'job_roles.write',
  'users.read',
  'users.write',
  'audit.read',
  'indicators.read',
  'indicators.write',
  'policies.write',
  'targets.write',
  'goals.read',
  /** Take part in agreeing goals: one's own (propose, change, accept, decline) and, with goals.manage, a report's. */
  'goals.write',
  'goals.manage',
  'observations.write',
  'imports.read',
  'imports.write',
  'dashboards.read',
  'integrations.manage',
  'checkins.manage',
  'feedback.give',
  'recognition.post',
  'rewards.manage',
  'coaching.manage',
  /** Start and run performance improvement plans for people in one's reporting line (never one's own). */
  'improvement_plans.manage',
  /** Sign off an improvement plan's outcome (HR). */
  'improvement_plans.sign_off',
  'training.catalogue',
  'training.assign',
  /** Score people on scorecards (evaluations): those in one's reporting line or assigned units. */
  'assessments.score',
  /** Scorecard templates, the dispute window and assessor assignments. */
  'assessments.manage',
  /** Decide disputed evaluation items (never one's own evaluation). */
  'assessments.arbitrate',
  /** Review templates and cycles: create, launch and follow progress (HR). */
  'reviews.manage',
  /** Write the manager's review of the people one reviews, record the meeting and sign. */
  'reviews.conduct',
  /** Work allocation: duties, shift templates, people's roster profiles and roster plans of one's team. */
  'rosters.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
/** 'token': an integration's bearer token instead of a session (see api_token). */
export type RouteAccess = Permission | 'public' | 'authenticated' | 'token';

/** What each role may do. Record-level scope is decided separately (see SCOPE_ALL_ROLES). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  staff: [
    'org.read',
    'people.read',
    'indicators.read',
    'goals.read',
    'goals.write',
    'dashboards.read',
    'recognition.post',
  ],
  supervisor: [
    'org.read',
    'people.read',
    'indicators.read',
    'goals.read',
    'goals.write',
    'goals.manage',
    'observations.write',
    'imports.read',
    'imports.write',
    'dashboards.read',
    'checkins.manage',
    'feedback.give',
    'recognition.post',
    'coaching.manage',
    'improvement_plans.manage',
    'training.assign',
    'assessments.score',
    'reviews.conduct',
    'rosters.manage',
  ],
  manager: [
    'org.read',
    'people.read',
    'indicators.read',
    'targets.write',
    'goals.read',
    'goals.write',
    'goals.manage',
    'observations.write',
    'imports.read',
    'imports.write',
    'dashboards.read',
    'checkins.manage',
    'feedback.give',
    'recognition.post',
    'rewards.manage',
    'coaching.manage',
    'improvement_plans.manage',
    'training.assign',
    'assessments.score',
    'assessments.manage',
    'assessments.arbitrate',
    'reviews.conduct',
    'rosters.manage',
  ],
  assessor: [
    'org.read',
    'people.read',
    'indicators.read',
    'goals.read',
    'goals.write',
    'observations.write',
    'dashboards.read',
    'feedback.give',
    'recognition.post',
    'assessments.score',
  ],
  hr_admin: [
    'org.read',
    'org.write',
    'people.read',
    'people.write',
    'people.import',
    'job_roles.write',
    'users.read',
    'users.write',
    'audit.read',
    'indicators.read',
    'indicators.write',
    'policies.write',
    'targets.write',
    'goals.read',
    'goals.write',
    'goals.manage',
    'observations.write',
    'imports.read',
    'imports.write',
    'dashboards.read',
    'checkins.manage',
    'feedback.give',
    'recognition.post',
    'rewards.manage',
    'coaching.manage',
    'improvement_plans.manage',
    'improvement_plans.sign_off',
    'training.catalogue',
    'training.assign',
    'assessments.manage',
    'assessments.arbitrate',
    'reviews.manage',
    'reviews.conduct',
    'rosters.manage',
  ],
  admin: [...PERMISSIONS],
};

/**
 * Roles that see every person's records. Everyone else sees themselves and the people who
 * report to them, directly or indirectly, through the reporting line (person.manager_id).
 */
export const SCOPE_ALL_ROLES: readonly Role[] = ['hr_admin', 'admin'];

/** Only an admin may grant the admin role. */
export const ROLES_ONLY_ADMIN_GRANTS: readonly Role[] = ['admin'];

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}

export function seesEveryone(roles: readonly Role[]): boolean {
  return roles.some((r) => SCOPE_ALL_ROLES.includes(r));
}
