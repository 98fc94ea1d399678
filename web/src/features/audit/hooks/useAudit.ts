import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '@frontline/contract';
import { auditKeys, fetchAudit } from '../api';

export const useAudit = (q: AuditQuery) =>
  useQuery({ queryKey: auditKeys.list(q), queryFn: () => fetchAudit(q), placeholderData: keepPreviousData });
