/**
 * One line per operation of the OpenAPI document, keyed `METHOD /path` (OpenAPI path syntax).
 * A route's own `schema.summary` (e.g. a contract endpoint's) wins; a route missing from here gets
 * one made from its method and path (see summaryOf in openapi.ts), so a new route never goes
 * without, but a written one reads better.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  'GET /api/health': 'Health check (the server and its database)',
};
