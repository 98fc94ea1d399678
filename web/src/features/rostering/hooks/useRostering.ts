import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateRosterPlanBody,
  CopyDemandBody,
  SetSlotNeedsBody,
  DeriveDemandBody,
  DutyInput,
  MyRosterQuery,
  MyRosterPreferencesInput,
  RosterPlan,
  RosterProfileInput,
  SetAssignmentBody,
  SetDemandBody,
  ShiftTemplateInput,
  SolveBody,
  RosterTaskInput,
} from '@frontline/contract';
import { ApiError, isUuid } from '../../../lib/api-client';
import {
  addTask,
  assignTasks,
  cancelSolve,
  createDuty,
  createRosterPlan,
  createShiftTemplate,
  copyDemand,
  setSlotNeeds,
  deriveDemand,
  fetchComparison,
  fetchDuties,
  fetchMyRoster,
  fetchMyPreferences,
  setMyPreferences,
  fetchRosterPlan,
  fetchRosterPlans,
  fetchRosterProfile,
  fetchShiftTemplates,
  publishPlan,
  rosteringKeys,
  setAssignment,
  setDemand,
  setRosterProfile,
  solvePlan,
} from '../api';

/** How often a plan is read again while the optimiser works on it. */
export const SOLVE_POLL_MS = 1000;

export const useDuties = (unitId: string | null) =>
  useQuery({ queryKey: rosteringKeys.duties(unitId), queryFn: () => fetchDuties(unitId) });
export const useShiftTemplates = (unitId: string | null, enabled = true) =>
  useQuery({
    queryKey: rosteringKeys.shiftTemplates(unitId),
    queryFn: () => fetchShiftTemplates(unitId),
    enabled,
  });
export const useRosterProfile = (personId: string | null) =>
  useQuery({
    queryKey: rosteringKeys.profile(personId ?? ''),
    queryFn: () => fetchRosterProfile(personId ?? ''),
    enabled: isUuid(personId),
  });
export const useRosterPlans = () => useQuery({ queryKey: rosteringKeys.plans, queryFn: fetchRosterPlans });
/** A plan; read again every second while its optimiser runs. */
export const useRosterPlan = (id: string | undefined) =>
  useQuery({
    queryKey: rosteringKeys.plan(id ?? ''),
    queryFn: () => fetchRosterPlan(id ?? ''),
    enabled: isUuid(id),
    refetchInterval: (q) => (q.state.data?.solve.state === 'running' ? SOLVE_POLL_MS : false),
  });
/** Two plans side by side (once the other plan is chosen). */
export const useComparison = (id: string, other: string | null) =>
  useQuery({
    queryKey: rosteringKeys.compare(id, other ?? ''),
    queryFn: () => fetchComparison(id, other ?? ''),
    enabled: isUuid(other),
  });
export const useMyRoster = (q: MyRosterQuery = {}) =>
  useQuery({ queryKey: rosteringKeys.mine(q), queryFn: () => fetchMyRoster(q) });

export const useMyPreferences = () =>
  useQuery({ queryKey: rosteringKeys.myPreferences, queryFn: fetchMyPreferences });

export function useSetMyPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MyRosterPreferencesInput) => setMyPreferences(body),
    onSuccess: (p) => qc.setQueryData(rosteringKeys.myPreferences, p),
  });
}

export function useCreateDuty() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DutyInput) => createDuty(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['rostering', 'duties'] }),
  });
}

export function useCreateShiftTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ShiftTemplateInput) => createShiftTemplate(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['rostering', 'shift-templates'] }),
  });
}

export function useSetRosterProfile(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RosterProfileInput) => setRosterProfile(personId, body),
    onSuccess: (p) => qc.setQueryData(rosteringKeys.profile(personId), p),
  });
}

export function useCreateRosterPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRosterPlanBody) => createRosterPlan(body),
    onSuccess: async (p) => {
      qc.setQueryData(rosteringKeys.plan(p.id), p);
      await qc.invalidateQueries({ queryKey: rosteringKeys.plans });
    },
  });
}

/** Every change to a plan; each sends the version the user saw. */
export type RosterPlanChange =
  | { kind: 'demand'; body: SetDemandBody }
  | { kind: 'copy'; body: CopyDemandBody }
  | { kind: 'slots'; body: SetSlotNeedsBody }
  | { kind: 'derive'; body: DeriveDemandBody }
  | { kind: 'assign'; body: SetAssignmentBody }
  | { kind: 'solve'; body: SolveBody }
  | { kind: 'cancel' }
  | { kind: 'publish'; version: number }
  | { kind: 'task'; body: RosterTaskInput }
  | { kind: 'assignTasks'; version: number };

/** Whether an error means the plan moved on (changed by someone, or the optimiser is at work). */
export const isPlanConflict = (err: unknown): boolean =>
  err instanceof ApiError &&
  err.status === 409 &&
  (err.code === 'rostering.plan_changed' || err.code === 'rostering.solve_running');

/**
 * Changes one plan. The answer is the plan as it now is (kept as the plan's data); a 409 (changed
 * meanwhile, optimiser running) reads the plan again so the next try carries its new version.
 */
export function useRosterPlanChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: RosterPlanChange): Promise<RosterPlan> => {
      switch (c.kind) {
        case 'demand':
          return setDemand(id, c.body);
        case 'copy':
          return copyDemand(id, c.body);
        case 'slots':
          return setSlotNeeds(id, c.body);
        case 'derive':
          return deriveDemand(id, c.body);
        case 'assign':
          return setAssignment(id, c.body);
        case 'solve':
          return solvePlan(id, c.body);
        case 'cancel':
          return cancelSolve(id);
        case 'publish':
          return publishPlan(id, c.version);
        case 'task':
          return addTask(id, c.body);
        case 'assignTasks':
          return assignTasks(id, c.version);
      }
    },
    onSuccess: async (plan) => {
      qc.setQueryData(rosteringKeys.plan(id), plan);
      await qc.invalidateQueries({ queryKey: rosteringKeys.plans });
    },
    onError: async (err) => {
      if (isPlanConflict(err)) await qc.invalidateQueries({ queryKey: rosteringKeys.plan(id) });
    },
  });
}
