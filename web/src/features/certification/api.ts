import { certificationEndpoints as e } from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const certificationKeys = {
  all: ['certification'] as const,
  overview: ['certification', 'overview'] as const,
  marks: (ids: readonly string[]) => ['certification', 'marks', ...ids] as const,
};

export const fetchOverview = () => call(e.overview, {});
export const fetchMarks = (ids: readonly string[]) =>
  call(e.evaluationMarks, { query: { ids: ids.join(',') } });
