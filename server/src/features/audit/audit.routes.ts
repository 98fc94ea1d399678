import { AuditEntry, AuditQuery, Page, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { AuditService } from './audit.service.js';

export function auditRoutes(app: App, svc: AuditService) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: Page(AuditEntry), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
}
