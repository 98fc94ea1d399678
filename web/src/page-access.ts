import type { Me, Permission } from '@frontline/contract';

/** Who may open a page. */
export interface PageRule {
  /** The permission the page needs (its data's, or a stricter one for a tool of team leaders). */
  needs?: Permission;
  /** The page is about the user's own staff record: only for users with a person. */
  person?: true;
}

/**
 * Every page and who may open it: the one table the router guards pages with (routes.tsx) and the
 * navigation is built from (useNavItems.ts), so the menu never offers a page the router refuses
 * and never hides one a user may use. The server still decides every request; this is only what
 * the web offers. A new page gets a line here, its route in routes.tsx and, if it has one, its
 * menu item (page-access.test.ts fails when a route or a menu item is not in this table).
 */
export const PAGES = {
  '/': {},
  '/account': {},
  '/notifications': {},
  '/checkins': {},
  '/checkins/:id': {},
  '/feedback': { person: true },
  '/recognition': {},
  '/rewards': { needs: 'dashboards.read' },
  '/coaching': {},
  '/coaching/new': { needs: 'coaching.manage' },
  '/coaching/:id': {},
  // Improvement plans: the person, their line and HR (the server answers 404 to anyone else).
  '/improvement-plans': {},
  '/improvement-plans/new': { needs: 'improvement_plans.manage' },
  '/improvement-plans/:id': {},
  // Work allocation: everyone's own published shifts; plans, duties and profiles for leaders.
  '/my-roster': {},
  '/rosters': { needs: 'rosters.manage' },
  '/rosters/setup': { needs: 'rosters.manage' },
  '/rosters/:id': { needs: 'rosters.manage' },
  '/training': {},
  '/reviews': {},
  '/reviews/:id': {},
  '/review-cycles': { needs: 'reviews.manage' },
  '/review-cycles/:id': { needs: 'reviews.manage' },
  '/review-cycles/:id/calibration': { needs: 'reviews.conduct' },
  '/review-inputs': {},
  '/review-templates': { needs: 'reviews.manage' },
  '/review-templates/:id': { needs: 'reviews.manage' },
  '/evaluations': {},
  '/evaluations/new': { needs: 'assessments.score' },
  '/evaluations/:id': {},
  '/disputes': { needs: 'assessments.arbitrate' },
  '/scorecards': { needs: 'assessments.manage' },
  '/scorecards/new': { needs: 'assessments.manage' },
  '/scorecards/:id/edit': { needs: 'assessments.manage' },
  // Calibration: its assessors and leads (a session shows only to those in it).
  '/calibration': { needs: 'assessments.score' },
  '/calibration/new': { needs: 'assessments.manage' },
  '/calibration/:id': { needs: 'assessments.score' },
  // Assessor certification: leads see everyone's, assessors their own.
  '/certification': { needs: 'assessments.score' },
  // QA sampling: plans for leads, the queue for assessors.
  '/sampling': { needs: 'assessments.manage' },
  '/sampling/new': { needs: 'assessments.manage' },
  '/sampling/:id': { needs: 'assessments.manage' },
  '/qa-queue': { needs: 'assessments.score' },
  // The team QA view: leaders and QA leads (the server scopes it like the dashboards).
  '/qa-report': { needs: 'assessments.score' },
  '/org-chart': { needs: 'org.read' },
  // The administration pages are for those who may change something there (the org chart reads).
  '/admin/org-units': { needs: 'org.write' },
  '/admin/job-roles': { needs: 'job_roles.write' },
  '/people': { needs: 'people.read' },
  '/people/:id': { needs: 'people.read' },
  '/people/new': { needs: 'people.write' },
  '/people/:id/edit': { needs: 'people.write' },
  '/people/import': { needs: 'people.import' },
  '/admin/users': { needs: 'users.read' },
  '/admin/audit': { needs: 'audit.read' },
  '/goals': { needs: 'goals.read' },
  '/goals/new': { needs: 'goals.write' },
  '/goals/:id': { needs: 'goals.read' },
  '/goals/:id/edit': { needs: 'goals.write' },
  '/team-goals': { needs: 'goals.manage' },
  '/indicators': { needs: 'indicators.read' },
  '/targets': { needs: 'indicators.read' },
  '/policies': { needs: 'indicators.read' },
  '/imports': { needs: 'imports.read' },
  '/imports/:id': { needs: 'imports.read' },
  '/imports/new': { needs: 'imports.write' },
  // Team views: for those who lead a team and read its imported figures (a person's own figures
  // are on their performance page).
  '/dashboards/org': { needs: 'imports.read' },
  '/dashboards/team': { needs: 'imports.read' },
  '/attention': { needs: 'goals.manage' },
  '/people/:id/performance': { needs: 'dashboards.read' },
  '/admin/api-tokens': { needs: 'integrations.manage' },
  '*': {},
} as const satisfies Record<string, PageRule>;

export type PagePath = keyof typeof PAGES;

/** The signed-in user as far as page access goes. */
export type PageUser = Pick<Me, 'personId' | 'permissions'>;

/** Whether the user may open the page. */
export function mayOpen(me: PageUser | null, path: PagePath): boolean {
  const rule: PageRule = PAGES[path];
  if (!me) return false;
  if (rule.person && !me.personId) return false;
  return !rule.needs || me.permissions.includes(rule.needs);
}
