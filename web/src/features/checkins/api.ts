import {
  checkinsEndpoints as e,
  peopleFileEndpoints,
  type ActionItemQuery,
  type CheckinDueQuery,
  type CheckinQuery,
  type CreateActionItemBody,
  type CreateCheckinBody,
  type PerformanceFileQuery,
  type UpdateActionItemBody,
  type UpdateCheckinBody,
} from '@frontline/contract';
import { call, endpointUrl } from '../../lib/endpoint-client';

export const checkinKeys = {
  all: ['checkins'] as const,
  list: (q: CheckinQuery) => ['checkins', 'list', q] as const,
  due: (q: CheckinDueQuery) => ['checkins', 'due', q] as const,
  detail: (id: string) => ['checkins', 'detail', id] as const,
  cadence: (personId: string) => ['checkins', 'cadence', personId] as const,
  items: (q: ActionItemQuery) => ['checkins', 'items', q] as const,
};

export const fetchCheckins = (query: CheckinQuery) => call(e.list, { query });
export const fetchDue = (query: CheckinDueQuery) => call(e.due, { query });
export const fetchCheckin = (id: string) => call(e.get, { params: { id } });
export const putCadence = (personId: string, everyDays: number) =>
  call(e.putCadence, { params: { id: personId }, body: { everyDays } });
export const createCheckin = (body: CreateCheckinBody) => call(e.create, { body });
export const updateCheckin = (id: string, body: UpdateCheckinBody) =>
  call(e.update, { params: { id }, body });
export type CheckinAction = 'hold' | 'cancel' | 'refresh-agenda';
const ACTIONS = { hold: e.hold, cancel: e.cancel, 'refresh-agenda': e.refreshAgenda } as const;
export const checkinAction = (id: string, action: CheckinAction) => call(ACTIONS[action], { params: { id } });
export const inviteUrl = (id: string) => endpointUrl(e.invite, { params: { id } });

export const fetchActionItems = (query: ActionItemQuery) => call(e.listItems, { query });
export const createActionItem = (body: CreateActionItemBody) => call(e.createItem, { body });
export const updateActionItem = (id: string, body: UpdateActionItemBody) =>
  call(e.updateItem, { params: { id }, body });

/** The performance file of a person, in the language shown now. */
export const performanceFileUrl = (
  personId: string,
  format: 'pdf' | 'csv',
  lang: NonNullable<PerformanceFileQuery['lang']>,
) => endpointUrl(peopleFileEndpoints[format], { params: { id: personId }, query: { lang } });
