import { useQuery } from '@tanstack/react-query';
import type { QaReportQuery } from '@frontline/contract';
import { fetchQaReport, qaReportKeys } from '../api';

export const useQaReport = (q: QaReportQuery | null) =>
  useQuery({
    queryKey: q ? qaReportKeys.report(q) : [...qaReportKeys.all, 'none'],
    queryFn: () => fetchQaReport(q!),
    enabled: q !== null,
  });
