import type {
  CreatePersonBody,
  Person,
  PersonStatus,
  PersonSummary,
  RosterImportResult,
  UpdatePersonBody,
} from '@frontline/contract';
import { api, get, getAll, patch, post, qs, type Page } from '../../lib/api-client';

export interface PeopleParams {
  q?: string;
  orgUnitId?: string;
  managerId?: string;
  status?: PersonStatus;
  limit?: number;
  offset?: number;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (params: PeopleParams) => ['people', 'list', params] as const,
  everyone: ['people', 'everyone'] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export const fetchPeople = (params: PeopleParams) =>
  get<Page<PersonSummary>>(`/api/v1/people${qs({ ...params })}`);
/** Everyone the user may see (the server scopes the list), page by page. */
export const fetchEveryone = () => getAll<PersonSummary>('/api/v1/people');
export const fetchPerson = (id: string) => get<Person>(`/api/v1/people/${id}`);
export const createPerson = (body: CreatePersonBody) => post<Person>('/api/v1/people', body);
export const updatePerson = (id: string, body: UpdatePersonBody) =>
  patch<Person>(`/api/v1/people/${id}`, body);

export const ROSTER_TEMPLATE_URL = '/api/v1/people/import/template';
export const importRoster = (csv: string, dryRun: boolean) =>
  api<RosterImportResult>('POST', `/api/v1/people/import${qs({ dryRun })}`, csv, {
    contentType: 'text/csv',
  });
