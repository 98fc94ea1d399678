import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { PublicOnly, RequirePage, RequireSession } from './features/auth/components/RequireSession';
import { AppLayout } from './features/shell/components/AppLayout';
import { PAGES, type PagePath, type PageRule } from './page-access';
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

/**
 * A signed-in page at `path`, guarded as the page table says (page-access.ts): without the
 * permission (or a person record, for pages about one's own) the user sees "no access" — the
 * server refuses anyway. The navigation reads the same table.
 */
function at(path: PagePath, lazy: Pick<RouteObject, 'lazy'>): RouteObject {
  const route: RouteObject =
    path === '/' ? { index: true, ...lazy } : { path: path.replace(/^\//, ''), ...lazy };
  const rule: PageRule = PAGES[path];
  if (!rule.needs && !rule.person) return route;
  return { element: <RequirePage path={path} denied={<ForbiddenPage />} />, children: [route] };
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
          at(
            '/',
            page(() => import('./pages/HomePage'), 'HomePage'),
          ),
          at(
            '/account',
            page(() => import('./pages/AccountPage'), 'AccountPage'),
          ),
          at(
            '/notifications',
            page(() => import('./pages/NotificationsPage'), 'NotificationsPage'),
          ),
          at(
            '/checkins',
            page(() => import('./pages/CheckinsPage'), 'CheckinsPage'),
          ),
          at(
            '/checkins/:id',
            page(() => import('./pages/CheckinPage'), 'CheckinPage'),
          ),
          at(
            '/feedback',
            page(() => import('./pages/MyFeedbackPage'), 'MyFeedbackPage'),
          ),
          at(
            '/recognition',
            page(() => import('./pages/RecognitionPage'), 'RecognitionPage'),
          ),
          at(
            '/rewards',
            page(() => import('./pages/RewardsPage'), 'RewardsPage'),
          ),
          at(
            '/coaching',
            page(() => import('./pages/CoachingListPage'), 'CoachingListPage'),
          ),
          at(
            '/coaching/new',
            page(() => import('./pages/CoachingNewPage'), 'CoachingNewPage'),
          ),
          at(
            '/coaching/:id',
            page(() => import('./pages/CoachingPlanPage'), 'CoachingPlanPage'),
          ),
          at(
            '/reviews',
            page(() => import('./pages/ReviewsPage'), 'ReviewsPage'),
          ),
          at(
            '/reviews/:id',
            page(() => import('./pages/ReviewPage'), 'ReviewPage'),
          ),
          at(
            '/review-cycles',
            page(() => import('./pages/ReviewCyclesPage'), 'ReviewCyclesPage'),
          ),
          at(
            '/review-cycles/:id',
            page(() => import('./pages/ReviewCyclePage'), 'ReviewCyclePage'),
          ),
          at(
            '/review-cycles/:id/calibration',
            page(() => import('./pages/ReviewCalibrationPage'), 'ReviewCalibrationPage'),
          ),
          at(
            '/review-inputs',
            page(() => import('./pages/ReviewInputsPage'), 'ReviewInputsPage'),
          ),
          at(
            '/review-templates',
            page(() => import('./pages/ReviewTemplatesPage'), 'ReviewTemplatesPage'),
          ),
          at(
            '/review-templates/:id',
            page(() => import('./pages/ReviewTemplatePage'), 'ReviewTemplatePage'),
          ),
          at(
            '/improvement-plans',
            page(() => import('./pages/ImprovementPlansPage'), 'ImprovementPlansPage'),
          ),
          at(
            '/improvement-plans/new',
            page(() => import('./pages/ImprovementPlanNewPage'), 'ImprovementPlanNewPage'),
          ),
          at(
            '/improvement-plans/:id',
            page(() => import('./pages/ImprovementPlanPage'), 'ImprovementPlanPage'),
          ),
          at(
            '/my-roster',
            page(() => import('./pages/MyRosterPage'), 'MyRosterPage'),
          ),
          at(
            '/rosters',
            page(() => import('./pages/RostersPage'), 'RostersPage'),
          ),
          at(
            '/rosters/setup',
            page(() => import('./pages/RosterSetupPage'), 'RosterSetupPage'),
          ),
          at(
            '/rosters/:id',
            page(() => import('./pages/RosterPlanPage'), 'RosterPlanPage'),
          ),
          at(
            '/training',
            page(() => import('./pages/TrainingPage'), 'TrainingPage'),
          ),
          at(
            '/evaluations',
            page(() => import('./pages/EvaluationsPage'), 'EvaluationsPage'),
          ),
          at(
            '/evaluations/new',
            page(() => import('./pages/EvaluationNewPage'), 'EvaluationNewPage'),
          ),
          at(
            '/evaluations/:id',
            page(() => import('./pages/EvaluationPage'), 'EvaluationPage'),
          ),
          at(
            '/disputes',
            page(() => import('./pages/DisputesPage'), 'DisputesPage'),
          ),
          at(
            '/scorecards',
            page(() => import('./pages/ScorecardsPage'), 'ScorecardsPage'),
          ),
          at(
            '/scorecards/new',
            page(() => import('./pages/ScorecardNewPage'), 'ScorecardNewPage'),
          ),
          at(
            '/scorecards/:id/edit',
            page(() => import('./pages/ScorecardEditPage'), 'ScorecardEditPage'),
          ),
          at(
            '/calibration',
            page(() => import('./pages/CalibrationsPage'), 'CalibrationsPage'),
          ),
          at(
            '/calibration/new',
            page(() => import('./pages/CalibrationNewPage'), 'CalibrationNewPage'),
          ),
          at(
            '/calibration/:id',
            page(() => import('./pages/CalibrationPage'), 'CalibrationPage'),
          ),
          at(
            '/certification',
            page(() => import('./pages/CertificationPage'), 'CertificationPage'),
          ),
          at(
            '/sampling',
            page(() => import('./pages/SamplingPlansPage'), 'SamplingPlansPage'),
          ),
          at(
            '/sampling/new',
            page(() => import('./pages/SamplingNewPage'), 'SamplingNewPage'),
          ),
          at(
            '/sampling/:id',
            page(() => import('./pages/SamplingPlanPage'), 'SamplingPlanPage'),
          ),
          at(
            '/qa-queue',
            page(() => import('./pages/QaQueuePage'), 'QaQueuePage'),
          ),
          at(
            '/qa-report',
            page(() => import('./pages/QaReportPage'), 'QaReportPage'),
          ),
          at(
            '/org-chart',
            page(() => import('./pages/OrgChartPage'), 'OrgChartPage'),
          ),
          at(
            '/admin/org-units',
            page(() => import('./pages/OrgUnitsPage'), 'OrgUnitsPage'),
          ),
          at(
            '/admin/job-roles',
            page(() => import('./pages/JobRolesPage'), 'JobRolesPage'),
          ),
          at(
            '/people',
            page(() => import('./pages/PeoplePage'), 'PeoplePage'),
          ),
          at(
            '/people/:id',
            page(() => import('./pages/PersonPage'), 'PersonPage'),
          ),
          at(
            '/people/new',
            page(() => import('./pages/PersonNewPage'), 'PersonNewPage'),
          ),
          at(
            '/people/:id/edit',
            page(() => import('./pages/PersonEditPage'), 'PersonEditPage'),
          ),
          at(
            '/people/import',
            page(() => import('./pages/RosterImportPage'), 'RosterImportPage'),
          ),
          at(
            '/admin/users',
            page(() => import('./pages/UsersPage'), 'UsersPage'),
          ),
          at(
            '/admin/audit',
            page(() => import('./pages/AuditPage'), 'AuditPage'),
          ),
          at(
            '/goals',
            page(() => import('./pages/MyGoalsPage'), 'MyGoalsPage'),
          ),
          at(
            '/goals/new',
            page(() => import('./pages/GoalNewPage'), 'GoalNewPage'),
          ),
          at(
            '/goals/:id',
            page(() => import('./pages/GoalPage'), 'GoalPage'),
          ),
          at(
            '/goals/:id/edit',
            page(() => import('./pages/GoalEditPage'), 'GoalEditPage'),
          ),
          at(
            '/team-goals',
            page(() => import('./pages/TeamGoalsPage'), 'TeamGoalsPage'),
          ),
          at(
            '/indicators',
            page(() => import('./pages/IndicatorsPage'), 'IndicatorsPage'),
          ),
          at(
            '/targets',
            page(() => import('./pages/TargetsPage'), 'TargetsPage'),
          ),
          at(
            '/policies',
            page(() => import('./pages/PoliciesPage'), 'PoliciesPage'),
          ),
          at(
            '/imports',
            page(() => import('./pages/ImportsPage'), 'ImportsPage'),
          ),
          at(
            '/imports/:id',
            page(() => import('./pages/ImportPage'), 'ImportPage'),
          ),
          at(
            '/imports/new',
            page(() => import('./pages/ImportNewPage'), 'ImportNewPage'),
          ),
          at(
            '/dashboards/org',
            page(() => import('./pages/OrgDashboardPage'), 'OrgDashboardPage'),
          ),
          at(
            '/dashboards/team',
            page(() => import('./pages/TeamDashboardPage'), 'TeamDashboardPage'),
          ),
          at(
            '/attention',
            page(() => import('./pages/AttentionPage'), 'AttentionPage'),
          ),
          at(
            '/people/:id/performance',
            page(() => import('./pages/PersonPerformancePage'), 'PersonPerformancePage'),
          ),
          at(
            '/admin/api-tokens',
            page(() => import('./pages/ApiTokensPage'), 'ApiTokensPage'),
          ),
          at(
            '*',
            page(() => import('./pages/NotFoundPage'), 'NotFoundPage'),
          ),
        ],
      },
    ],
  },
];
