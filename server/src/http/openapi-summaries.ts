/**
 * One line per operation of the OpenAPI document, keyed `METHOD /path` (OpenAPI path syntax).
 * A route's own `schema.summary` (e.g. a contract endpoint's) wins; a route missing from here gets
 * one made from its method and path (see summaryOf in openapi.ts), so a new route never goes
 * without, but a written one reads better.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  'GET /api/health': 'Health check (the server and its database)',

  'GET /api/v1/auth/session': 'The current session: the user (or none), the CSRF token and the server clock',
  'POST /api/v1/auth/login': 'Sign in with e-mail and password',
  'POST /api/v1/auth/setup': 'First-run set-up: create the first administrator with the set-up token',
  'POST /api/v1/auth/logout': 'Sign out (ends this session)',
  'POST /api/v1/auth/password': 'Change your password',
  'GET /api/v1/auth/sessions': 'Your signed-in sessions',
  'DELETE /api/v1/auth/sessions/{sessionId}': 'End one of your sessions',
  'PUT /api/v1/me/locale': 'Set your language',

  'GET /api/v1/org-units': 'List organisation units',
  'POST /api/v1/org-units': 'Create an organisation unit',
  'GET /api/v1/org-units/{id}': 'Get an organisation unit',
  'PATCH /api/v1/org-units/{id}': 'Change an organisation unit',
  'DELETE /api/v1/org-units/{id}': 'Delete an organisation unit (only when nothing uses it)',
  'GET /api/v1/job-roles': 'List job roles',
  'POST /api/v1/job-roles': 'Create a job role',
  'GET /api/v1/job-roles/{id}': 'Get a job role',
  'PATCH /api/v1/job-roles/{id}': 'Change a job role',
  'DELETE /api/v1/job-roles/{id}': 'Delete a job role (only when nothing uses it)',

  'GET /api/v1/people': 'List people',
  'POST /api/v1/people': 'Add a person',
  'GET /api/v1/people/{id}': 'Get a person',
  'PATCH /api/v1/people/{id}': 'Change a person',
  'GET /api/v1/people/import/template': 'Download the roster CSV template',
  'POST /api/v1/people/import': 'Import a roster CSV (or check it with dryRun)',
  'GET /api/v1/people/{id}/file.pdf': "Download a person's performance file as PDF",
  'GET /api/v1/people/{id}/file.csv': "Download a person's performance file as CSV",

  'GET /api/v1/users': 'List user accounts',
  'POST /api/v1/users': 'Create a user account',
  'GET /api/v1/users/{id}': 'Get a user account',
  'PATCH /api/v1/users/{id}': 'Change a user account',

  'POST /api/v1/imports': 'Upload an export file to import (CSV, XLSX or a ZIP holding one CSV)',
  'GET /api/v1/imports': 'List imports',
  'GET /api/v1/imports/{id}': 'Get an import',
  'DELETE /api/v1/imports/{id}': 'Discard an import that is not committed',
  'POST /api/v1/imports/{id}/validate': "Validate an import's file with its settings (in the background)",
  'POST /api/v1/imports/{id}/matches': 'Match unknown staff of an import to people',
  'POST /api/v1/imports/{id}/commit': 'Commit a validated import (in the background)',
  'POST /api/v1/imports/{id}/undo': 'Undo a committed import',
  'GET /api/v1/import-presets': 'List import presets',
  'POST /api/v1/import-presets': 'Save import settings as a preset',
  'DELETE /api/v1/import-presets/{id}': 'Delete an import preset',
  'GET /api/v1/api-tokens': 'List integration API tokens',
  'POST /api/v1/api-tokens': 'Create an integration API token (its secret is shown once)',
  'DELETE /api/v1/api-tokens/{id}': 'Revoke an integration API token',
  'POST /api/v1/push/observations': 'Push observations from an integration (API token)',
};
