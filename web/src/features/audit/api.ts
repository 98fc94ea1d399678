import { auditEndpoints as e, type AuditQuery } from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const auditKeys = {
  all: ['audit'] as const,
  list: (q: AuditQuery) => ['audit', q] as const,
};

export const fetchAudit = (query: AuditQuery) => call(e.list, { query });
