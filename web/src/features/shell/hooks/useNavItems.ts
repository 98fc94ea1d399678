import { useTranslation } from 'react-i18next';
import type { Permission } from '@frontline/contract';
import { useSession } from '../../auth/hooks/useSession';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (else any path below it counts too). */
  exact?: boolean;
}

interface NavDef {
  to: string;
  key: string;
  needs?: Permission;
  exact?: boolean;
}

const MAIN: NavDef[] = [
  { to: '/', key: 'nav.home', exact: true },
  { to: '/goals', key: 'nav.myGoals', needs: 'goals.read', exact: true },
  { to: '/team-goals', key: 'nav.teamGoals', needs: 'goals.manage' },
  { to: '/attention', key: 'nav.attention', needs: 'goals.manage' },
  { to: '/checkins', key: 'nav.checkins' },
  { to: '/feedback', key: 'nav.myFeedback', exact: true },
  { to: '/recognition', key: 'nav.recognition' },
  { to: '/coaching', key: 'nav.myCoaching' },
  { to: '/training', key: 'nav.training' },
  { to: '/rewards', key: 'nav.rewards', needs: 'dashboards.read' },
  { to: '/dashboards/team', key: 'nav.teamDashboard', needs: 'imports.read' },
  { to: '/dashboards/org', key: 'nav.orgDashboard', needs: 'imports.read' },
  { to: '/imports', key: 'nav.imports', needs: 'imports.read' },
  { to: '/org-chart', key: 'nav.orgChart', needs: 'org.read' },
  { to: '/people', key: 'nav.people', needs: 'people.read', exact: false },
  { to: '/indicators', key: 'nav.indicators', needs: 'indicators.read' },
  { to: '/targets', key: 'nav.targets', needs: 'indicators.read' },
  { to: '/policies', key: 'nav.policies', needs: 'indicators.read' },
];

/** The administration menu: only for those who may change something there. */
const ADMIN: NavDef[] = [
  { to: '/admin/org-units', key: 'nav.orgUnits', needs: 'org.write' },
  { to: '/admin/job-roles', key: 'nav.jobRoles', needs: 'job_roles.write' },
  { to: '/people/new', key: 'nav.addPerson', needs: 'people.write', exact: true },
  { to: '/people/import', key: 'nav.rosterImport', needs: 'people.import', exact: true },
  { to: '/admin/users', key: 'nav.users', needs: 'users.read' },
  { to: '/admin/audit', key: 'nav.audit', needs: 'audit.read' },
  { to: '/admin/api-tokens', key: 'nav.apiTokens', needs: 'integrations.manage' },
];

/** The navigation this user may use, built from their permissions. */
export function useNavItems(): { main: NavItem[]; admin: NavItem[] } {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const pick = (defs: NavDef[]) =>
    defs.filter((d) => !d.needs || can(d.needs)).map((d) => ({ to: d.to, label: t(d.key), exact: d.exact }));
  const main = pick(MAIN)
    // feedback is about one's own staff record
    .filter((i) => i.to !== '/feedback' || !!me?.personId)
    .map((i) => (i.to === '/coaching' && can('coaching.manage') ? { ...i, label: t('nav.coaching') } : i));
  // Everyone with a person record sees their own figures, right after "My goals" (or home).
  if (me?.personId && can('dashboards.read')) {
    const at = main.findIndex((i) => i.to === '/goals') + 1 || 1;
    main.splice(at, 0, {
      to: `/people/${me.personId}/performance`,
      label: t('nav.myPerformance'),
      exact: true,
    });
  }
  return { main, admin: pick(ADMIN) };
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
