import {
  rosteringEndpoints as e,
  type CopyDemandBody,
  type LeaveDecisionBody,
  type LeaveInput,
  type LeaveQuery,
  type SetSlotNeedsBody,
  type CreateRosterPlanBody,
  type DeriveDemandBody,
  type DutyInput,
  type MyRosterQuery,
  type MyRosterPreferencesInput,
  type RosterProfileInput,
  type SetAssignmentBody,
  type SetDemandBody,
  type ShiftTemplateInput,
  type SolveBody,
  type RosterTaskInput,
} from '@frontline/contract';
import { call, endpointUrl } from '../../lib/endpoint-client';

export const rosteringKeys = {
  all: ['rostering'] as const,
  duties: (unitId: string | null) => ['rostering', 'duties', unitId] as const,
  shiftTemplates: (unitId: string | null) => ['rostering', 'shift-templates', unitId] as const,
  profile: (personId: string) => ['rostering', 'profile', personId] as const,
  plans: ['rostering', 'plans'] as const,
  plan: (id: string) => ['rostering', 'plan', id] as const,
  mine: (q: MyRosterQuery) => ['rostering', 'mine', q] as const,
  myPreferences: ['rostering', 'my-preferences'] as const,
  compare: (id: string, other: string) => ['rostering', 'compare', id, other] as const,
  leave: (q: LeaveQuery) => ['rostering', 'leave', q] as const,
};

export const fetchDuties = (unitId: string | null) => call(e.duties, { query: unitId ? { unitId } : {} });
export const createDuty = (body: DutyInput) => call(e.createDuty, { body });
export const fetchShiftTemplates = (unitId: string | null) =>
  call(e.shiftTemplates, { query: unitId ? { unitId } : {} });
export const createShiftTemplate = (body: ShiftTemplateInput) => call(e.createShiftTemplate, { body });
export const fetchRosterProfile = (personId: string) => call(e.profile, { params: { personId } });
export const setRosterProfile = (personId: string, body: RosterProfileInput) =>
  call(e.setProfile, { params: { personId }, body });
export const fetchRosterPlans = () => call(e.plans, {});
export const createRosterPlan = (body: CreateRosterPlanBody) => call(e.createPlan, { body });
export const fetchRosterPlan = (id: string) => call(e.plan, { params: { id } });
export const setDemand = (id: string, body: SetDemandBody) => call(e.setDemand, { params: { id }, body });
export const copyDemand = (id: string, body: CopyDemandBody) => call(e.copyDemand, { params: { id }, body });
export const setSlotNeeds = (id: string, body: SetSlotNeedsBody) =>
  call(e.setSlotNeeds, { params: { id }, body });
export const deriveDemand = (id: string, body: DeriveDemandBody) =>
  call(e.deriveDemand, { params: { id }, body });
export const setAssignment = (id: string, body: SetAssignmentBody) =>
  call(e.setAssignment, { params: { id }, body });
export const solvePlan = (id: string, body: SolveBody) => call(e.solve, { params: { id }, body });
export const cancelSolve = (id: string) => call(e.cancelSolve, { params: { id } });
export const addTask = (id: string, body: RosterTaskInput) => call(e.addTask, { params: { id }, body });
export const assignTasks = (id: string, version: number) =>
  call(e.assignTasks, { params: { id }, body: { version } });
export const publishPlan = (id: string, version: number) =>
  call(e.publish, { params: { id }, body: { version } });
export const fetchComparison = (id: string, other: string) =>
  call(e.compare, { params: { id }, query: { with: other } });
export const fetchMyRoster = (query: MyRosterQuery) => call(e.myRoster, { query });
export const fetchMyPreferences = () => call(e.myPreferences, {});
export const setMyPreferences = (body: MyRosterPreferencesInput) => call(e.setMyPreferences, { body });

/** The address of my published shifts as a calendar file, in the language shown. */
export const myRosterIcsUrl = (lang: 'en' | 'zh-Hant') => endpointUrl(e.myRosterIcs, { query: { lang } });

export const fetchLeave = (query: LeaveQuery) => call(e.leave, { query });
export const requestLeave = (body: LeaveInput) => call(e.requestLeave, { body });
export const decideLeave = (id: string, body: LeaveDecisionBody) =>
  call(e.decideLeave, { params: { id }, body });
export const cancelLeave = (id: string) => call(e.cancelLeave, { params: { id } });
