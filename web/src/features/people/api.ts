import {
  peopleEndpoints as e,
  type CreatePersonBody,
  type PeopleQuery,
  type UpdatePersonBody,
} from '@frontline/contract';
import { call, callAll, endpointUrl } from '../../lib/endpoint-client';

export type PeopleParams = PeopleQuery;

export const peopleKeys = {
  all: ['people'] as const,
  list: (params: PeopleParams) => ['people', 'list', params] as const,
  everyone: ['people', 'everyone'] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export const fetchPeople = (query: PeopleParams) => call(e.list, { query });
/** Everyone the user may see (the server scopes the list), page by page. */
export const fetchEveryone = () => callAll(e.list, {});
export const fetchPerson = (id: string) => call(e.get, { params: { id } });
export const createPerson = (body: CreatePersonBody) => call(e.create, { body });
export const updatePerson = (id: string, body: UpdatePersonBody) => call(e.update, { params: { id }, body });

export const ROSTER_TEMPLATE_URL = endpointUrl(e.rosterTemplate, {});
export const importRoster = (csv: string, dryRun: boolean) =>
  call(e.importRoster, { query: { dryRun }, body: csv });
