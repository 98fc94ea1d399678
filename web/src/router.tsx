import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { useSession } from './lib/session';
import { Loading } from './ui/Loading';
import { AppLayout } from './features/shell/AppLayout';
import { LoginPage } from './features/auth/LoginPage';
import { SetupPage } from './features/auth/SetupPage';

/** Signed-in pages; everything else sends the user to sign in (or to first-run set-up). */
function RequireSession() {
  const { state } = useSession();
  if (!state) return <Loading />;
  if (!state.user) return <Navigate to={state.needsSetup ? '/setup' : '/login'} replace />;
  return <AppLayout />;
}

function PublicOnly() {
  const { state } = useSession();
  if (!state) return <Loading />;
  if (state.user) return <Navigate to="/" replace />;
  return <Outlet />;
}

const lazy = (load: () => Promise<{ Component: React.ComponentType }>) => ({ lazy: load });

export const router = createBrowserRouter([
  {
    element: <PublicOnly />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/setup', element: <SetupPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      { index: true, ...lazy(() => import('./pages/HomePage').then((m) => ({ Component: m.HomePage }))) },
      {
        path: 'org-chart',
        ...lazy(() => import('./features/org/OrgChartPage').then((m) => ({ Component: m.OrgChartPage }))),
      },
      {
        path: 'people',
        ...lazy(() => import('./features/people/PeoplePage').then((m) => ({ Component: m.PeoplePage }))),
      },
      {
        path: 'people/new',
        ...lazy(() =>
          import('./features/people/PersonFormPage').then((m) => ({ Component: m.PersonFormPage })),
        ),
      },
      {
        path: 'people/import',
        ...lazy(() =>
          import('./features/people/RosterImportPage').then((m) => ({ Component: m.RosterImportPage })),
        ),
      },
      {
        path: 'people/:id',
        ...lazy(() => import('./features/people/PersonPage').then((m) => ({ Component: m.PersonPage }))),
      },
      {
        path: 'people/:id/edit',
        ...lazy(() =>
          import('./features/people/PersonFormPage').then((m) => ({ Component: m.PersonFormPage })),
        ),
      },
      {
        path: 'goals',
        ...lazy(() => import('./features/goals/MyGoalsPage').then((m) => ({ Component: m.MyGoalsPage }))),
      },
      {
        path: 'team-goals',
        ...lazy(() => import('./features/goals/TeamGoalsPage').then((m) => ({ Component: m.TeamGoalsPage }))),
      },
      {
        path: 'goals/new',
        ...lazy(() => import('./features/goals/GoalFormPage').then((m) => ({ Component: m.GoalFormPage }))),
      },
      {
        path: 'goals/:id',
        ...lazy(() => import('./features/goals/GoalPage').then((m) => ({ Component: m.GoalPage }))),
      },
      {
        path: 'goals/:id/edit',
        ...lazy(() => import('./features/goals/GoalFormPage').then((m) => ({ Component: m.GoalFormPage }))),
      },
      {
        path: 'indicators',
        ...lazy(() =>
          import('./features/goals/IndicatorsPage').then((m) => ({ Component: m.IndicatorsPage })),
        ),
      },
      {
        path: 'targets',
        ...lazy(() => import('./features/goals/TargetsPage').then((m) => ({ Component: m.TargetsPage }))),
      },
      {
        path: 'policies',
        ...lazy(() => import('./features/goals/PoliciesPage').then((m) => ({ Component: m.PoliciesPage }))),
      },
      {
        path: 'admin/org-units',
        ...lazy(() => import('./features/org/OrgUnitsPage').then((m) => ({ Component: m.OrgUnitsPage }))),
      },
      {
        path: 'admin/job-roles',
        ...lazy(() => import('./features/org/JobRolesPage').then((m) => ({ Component: m.JobRolesPage }))),
      },
      {
        path: 'admin/users',
        ...lazy(() => import('./features/users/UsersPage').then((m) => ({ Component: m.UsersPage }))),
      },
      {
        path: 'admin/audit',
        ...lazy(() => import('./features/audit/AuditPage').then((m) => ({ Component: m.AuditPage }))),
      },
      {
        path: 'account',
        ...lazy(() => import('./features/auth/AccountPage').then((m) => ({ Component: m.AccountPage }))),
      },
      {
        path: '*',
        ...lazy(() => import('./pages/NotFoundPage').then((m) => ({ Component: m.NotFoundPage }))),
      },
    ],
  },
]);
