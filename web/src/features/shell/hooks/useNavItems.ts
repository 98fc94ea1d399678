import { useTranslation } from 'react-i18next';
import { mayOpen, type PagePath, type PageUser } from '../../../page-access';
import { useSession } from '../../auth/hooks/useSession';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (else any path below it counts too). */
  exact?: boolean;
}

/** A menu item: a page of the page table (who may open it is said there, once) and its label. */
export interface NavDef {
  page: PagePath;
  key: string;
  exact?: boolean;
}

export const MAIN_NAV: readonly NavDef[] = [
  { page: '/', key: 'nav.home', exact: true },
  { page: '/goals', key: 'nav.myGoals', exact: true },
  { page: '/team-goals', key: 'nav.teamGoals' },
  { page: '/attention', key: 'nav.attention' },
  { page: '/checkins', key: 'nav.checkins' },
  { page: '/feedback', key: 'nav.myFeedback', exact: true },
  { page: '/recognition', key: 'nav.recognition' },
  { page: '/coaching', key: 'nav.myCoaching' },
  { page: '/improvement-plans', key: 'nav.improvementPlans' },
  { page: '/training', key: 'nav.training' },
  { page: '/my-roster', key: 'nav.myRoster', exact: true },
  { page: '/rosters', key: 'nav.rosters' },
  { page: '/reviews', key: 'nav.reviews' },
  { page: '/evaluations', key: 'nav.evaluations' },
  { page: '/disputes', key: 'nav.disputes' },
  { page: '/calibration', key: 'nav.calibration' },
  { page: '/certification', key: 'nav.certification' },
  { page: '/qa-queue', key: 'nav.qaQueue' },
  { page: '/sampling', key: 'nav.sampling' },
  { page: '/qa-report', key: 'qaReport.nav' },
  { page: '/rewards', key: 'nav.rewards' },
  { page: '/dashboards/team', key: 'nav.teamDashboard' },
  { page: '/dashboards/org', key: 'nav.orgDashboard' },
  { page: '/imports', key: 'nav.imports' },
  { page: '/org-chart', key: 'nav.orgChart' },
  { page: '/people', key: 'nav.people', exact: false },
  { page: '/indicators', key: 'nav.indicators' },
  { page: '/targets', key: 'nav.targets' },
  { page: '/policies', key: 'nav.policies' },
];

/** The administration menu. */
export const ADMIN_NAV: readonly NavDef[] = [
  { page: '/admin/org-units', key: 'nav.orgUnits' },
  { page: '/admin/job-roles', key: 'nav.jobRoles' },
  { page: '/people/new', key: 'nav.addPerson', exact: true },
  { page: '/people/import', key: 'nav.rosterImport', exact: true },
  { page: '/admin/users', key: 'nav.users' },
  { page: '/admin/audit', key: 'nav.audit' },
  { page: '/admin/api-tokens', key: 'nav.apiTokens' },
  { page: '/scorecards', key: 'nav.scorecards' },
  { page: '/review-cycles', key: 'nav.reviewCycles' },
  { page: '/review-templates', key: 'nav.reviewTemplates' },
];

/** "My performance": the user's own performance page, right after "My goals" (or home). */
const MY_PERFORMANCE: NavDef = { page: '/people/:id/performance', key: 'nav.myPerformance', exact: true };

/**
 * The menu for this user, as page-table entries: exactly the pages they may open (no permission
 * checks of its own). Labels aside, this is all of the navigation's logic.
 */
export function navFor(me: PageUser | null): { main: NavDef[]; admin: NavDef[] } {
  const pick = (defs: readonly NavDef[]) => defs.filter((d) => mayOpen(me, d.page));
  const main = pick(MAIN_NAV);
  if (me?.personId && mayOpen(me, MY_PERFORMANCE.page)) {
    const at = main.findIndex((d) => d.page === '/goals') + 1 || 1;
    main.splice(at, 0, MY_PERFORMANCE);
  }
  return { main, admin: pick(ADMIN_NAV) };
}

/** The navigation this user may use, built from the page table. */
export function useNavItems(): { main: NavItem[]; admin: NavItem[] } {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const { main, admin } = navFor(me);
  const item = (d: NavDef): NavItem => ({
    to: d.page === MY_PERFORMANCE.page ? `/people/${me?.personId}/performance` : d.page,
    // "Coaching" for coaches (their team's plans too), "My coaching" for everyone else
    label: t(d.page === '/coaching' && can('coaching.manage') ? 'nav.coaching' : d.key),
    exact: d.exact,
  });
  return { main: main.map(item), admin: admin.map(item) };
}

/** Whether a navigation item is the current page. People pages below /people/new and /people/import are admin items. */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.exact || item.to === '/') return pathname === item.to;
  if (item.to === '/people') {
    return (
      pathname === '/people' ||
      (/^\/people\/[^/]+/.test(pathname) &&
        !/^\/people\/(new|import)$/.test(pathname) &&
        !/^\/people\/[^/]+\/performance$/.test(pathname))
    );
  }
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
