import type {
  ActionItem,
  ActionItemQuery,
  Checkin,
  CheckinCadence,
  CheckinDuePage,
  CheckinDueQuery,
  CheckinPage,
  CheckinQuery,
  CreateActionItemBody,
  CreateCheckinBody,
  UpdateActionItemBody,
  UpdateCheckinBody,
} from '@frontline/contract';
import { get, patch, post, put, qs } from '../../lib/api-client';

export const checkinKeys = {
  all: ['checkins'] as const,
  list: (q: CheckinQuery) => ['checkins', 'list', q] as const,
  due: (q: CheckinDueQuery) => ['checkins', 'due', q] as const,
  detail: (id: string) => ['checkins', 'detail', id] as const,
  cadence: (personId: string) => ['checkins', 'cadence', personId] as const,
  items: (q: ActionItemQuery) => ['checkins', 'items', q] as const,
};

export const fetchCheckins = (q: CheckinQuery) => get<CheckinPage>(`/api/v1/checkins${qs({ ...q })}`);
export const fetchDue = (q: CheckinDueQuery) => get<CheckinDuePage>(`/api/v1/checkins/due${qs({ ...q })}`);
export const fetchCheckin = (id: string) => get<Checkin>(`/api/v1/checkins/${id}`);
export const putCadence = (personId: string, everyDays: number) =>
  put<CheckinCadence>(`/api/v1/people/${personId}/checkin-cadence`, { everyDays });
export const createCheckin = (body: CreateCheckinBody) => post<Checkin>('/api/v1/checkins', body);
export const updateCheckin = (id: string, body: UpdateCheckinBody) =>
  patch<Checkin>(`/api/v1/checkins/${id}`, body);
export type CheckinAction = 'hold' | 'cancel' | 'refresh-agenda';
export const checkinAction = (id: string, action: CheckinAction) =>
  post<Checkin>(`/api/v1/checkins/${id}/${action}`);
export const inviteUrl = (id: string) => `/api/v1/checkins/${id}/invite.ics`;

export const fetchActionItems = (q: ActionItemQuery) =>
  get<ActionItem[]>(`/api/v1/action-items${qs({ ...q })}`);
export const createActionItem = (body: CreateActionItemBody) =>
  post<ActionItem>('/api/v1/action-items', body);
export const updateActionItem = (id: string, body: UpdateActionItemBody) =>
  patch<ActionItem>(`/api/v1/action-items/${id}`, body);

/** The performance file of a person, in the language shown now. */
export const performanceFileUrl = (personId: string, format: 'pdf' | 'csv', lang: string) =>
  `/api/v1/people/${personId}/file.${format}${qs({ lang })}`;
