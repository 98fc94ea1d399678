import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Permission } from '@frontline/contract';
import { PublicOnly, RequirePermission, RequireSession } from './features/auth/components/RequireSession';
import { AppLayout } from './features/shell/components/AppLayout';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { Loading } from './ui/Loading';

/** A lazily loaded page: its own chunk, fetched on first visit. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load())[name] }) };
}

/** Pages that need a permission; without it the user sees "no access" (the server refuses anyway). */
function guarded(needs: Permission, children: RouteObject[]): RouteObject {
  return { element: <RequirePermission needs={needs} denied={<ForbiddenPage />} />, children };
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: '/login', ...page(() => import('./pages/LoginPage'), 'LoginPage') },
          { path: '/setup', ...page(() => import('./pages/SetupPage'), 'SetupPage') },
        ],
      },
      {
        path: '/',
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, ...page(() => import('./pages/HomePage'), 'HomePage') },
          { path: 'account', ...page(() => import('./pages/AccountPage'), 'AccountPage') },
          { path: 'checkins', ...page(() => import('./pages/CheckinsPage'), 'CheckinsPage') },
          { path: 'checkins/:id', ...page(() => import('./pages/CheckinPage'), 'CheckinPage') },
          { path: 'feedback', ...page(() => import('./pages/MyFeedbackPage'), 'MyFeedbackPage') },
          { path: 'recognition', ...page(() => import('./pages/RecognitionPage'), 'RecognitionPage') },
          { path: 'rewards', ...page(() => import('./pages/RewardsPage'), 'RewardsPage') },
          { path: 'coaching', ...page(() => import('./pages/CoachingListPage'), 'CoachingListPage') },
          guarded('coaching.manage', [
            { path: 'coaching/new', ...page(() => import('./pages/CoachingNewPage'), 'CoachingNewPage') },
          ]),
          { path: 'coaching/:id', ...page(() => import('./pages/CoachingPlanPage'), 'CoachingPlanPage') },
          { path: 'training', ...page(() => import('./pages/TrainingPage'), 'TrainingPage') },
          guarded('org.read', [
            { path: 'org-chart', ...page(() => import('./pages/OrgChartPage'), 'OrgChartPage') },
            { path: 'admin/org-units', ...page(() => import('./pages/OrgUnitsPage'), 'OrgUnitsPage') },
            { path: 'admin/job-roles', ...page(() => import('./pages/JobRolesPage'), 'JobRolesPage') },
          ]),
          guarded('people.read', [
            { path: 'people', ...page(() => import('./pages/PeoplePage'), 'PeoplePage') },
            { path: 'people/:id', ...page(() => import('./pages/PersonPage'), 'PersonPage') },
          ]),
          guarded('people.write', [
            { path: 'people/new', ...page(() => import('./pages/PersonNewPage'), 'PersonNewPage') },
            { path: 'people/:id/edit', ...page(() => import('./pages/PersonEditPage'), 'PersonEditPage') },
          ]),
          guarded('people.import', [
            { path: 'people/import', ...page(() => import('./pages/RosterImportPage'), 'RosterImportPage') },
          ]),
          guarded('users.read', [
            { path: 'admin/users', ...page(() => import('./pages/UsersPage'), 'UsersPage') },
          ]),
          guarded('audit.read', [
            { path: 'admin/audit', ...page(() => import('./pages/AuditPage'), 'AuditPage') },
          ]),
          guarded('goals.read', [
            { path: 'goals', ...page(() => import('./pages/MyGoalsPage'), 'MyGoalsPage') },
            { path: 'goals/new', ...page(() => import('./pages/GoalNewPage'), 'GoalNewPage') },
            { path: 'goals/:id', ...page(() => import('./pages/GoalPage'), 'GoalPage') },
            { path: 'goals/:id/edit', ...page(() => import('./pages/GoalEditPage'), 'GoalEditPage') },
          ]),
          guarded('goals.manage', [
            { path: 'team-goals', ...page(() => import('./pages/TeamGoalsPage'), 'TeamGoalsPage') },
          ]),
          guarded('indicators.read', [
            { path: 'indicators', ...page(() => import('./pages/IndicatorsPage'), 'IndicatorsPage') },
            { path: 'targets', ...page(() => import('./pages/TargetsPage'), 'TargetsPage') },
            { path: 'policies', ...page(() => import('./pages/PoliciesPage'), 'PoliciesPage') },
          ]),
          guarded('imports.read', [
            { path: 'imports', ...page(() => import('./pages/ImportsPage'), 'ImportsPage') },
            { path: 'imports/:id', ...page(() => import('./pages/ImportPage'), 'ImportPage') },
          ]),
          guarded('imports.write', [
            { path: 'imports/new', ...page(() => import('./pages/ImportNewPage'), 'ImportNewPage') },
          ]),
          guarded('dashboards.read', [
            { path: 'dashboards/org', ...page(() => import('./pages/OrgDashboardPage'), 'OrgDashboardPage') },
            {
              path: 'dashboards/team',
              ...page(() => import('./pages/TeamDashboardPage'), 'TeamDashboardPage'),
            },
            { path: 'attention', ...page(() => import('./pages/AttentionPage'), 'AttentionPage') },
            {
              path: 'people/:id/performance',
              ...page(() => import('./pages/PersonPerformancePage'), 'PersonPerformancePage'),
            },
          ]),
          guarded('integrations.manage', [
            { path: 'admin/api-tokens', ...page(() => import('./pages/ApiTokensPage'), 'ApiTokensPage') },
          ]),
          { path: '*', ...page(() => import('./pages/NotFoundPage'), 'NotFoundPage') },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
