import type { AuditEntry, AuditQuery } from '@frontline/contract';
import { get, qs, type Page } from '../../lib/api-client';

export const auditKeys = {
  all: ['audit'] as const,
  list: (q: AuditQuery) => ['audit', q] as const,
};

export const fetchAudit = (q: AuditQuery) => get<Page<AuditEntry>>(`/api/v1/audit${qs({ ...q })}`);
