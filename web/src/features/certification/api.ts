import {
  certificationEndpoints as e,
  type GrantCertificationBody,
  type RevokeCertificationBody,
  type UpdateCertificationSettingsBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const certificationKeys = {
  all: ['certification'] as const,
  overview: ['certification', 'overview'] as const,
  settings: ['certification', 'settings'] as const,
  marks: (ids: readonly string[]) => ['certification', 'marks', ...ids] as const,
};

export const fetchOverview = () => call(e.overview, {});
export const fetchSettings = () => call(e.getSettings, {});
export const updateSettings = (body: UpdateCertificationSettingsBody) => call(e.updateSettings, { body });
export const grantCertification = (body: GrantCertificationBody) => call(e.grant, { body });
export const revokeCertification = (id: string, body: RevokeCertificationBody) =>
  call(e.revoke, { params: { id }, body });
export const fetchMarks = (ids: readonly string[]) =>
  call(e.evaluationMarks, { query: { ids: ids.join(',') } });

/** The marks of any number of evaluations, 100 ids a request (the endpoint's limit). */
export async function fetchAllMarks(ids: readonly string[]) {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
  return (await Promise.all(chunks.map(fetchMarks))).flat();
}
