import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEvaluationBody,
  CreateScorecardBody,
  DecideDisputeBody,
  DisputeBody,
  DisputeQuery,
  Evaluation,
  EvaluationQuery,
  ScorecardQuery,
  UpdateEvaluationBody,
  UpdateScorecardBody,
} from '@frontline/contract';
import {
  acknowledgeEvaluation,
  assessmentKeys,
  createEvaluation,
  createScorecard,
  decideDispute,
  disputeEvaluation,
  fetchDisputes,
  fetchEvaluation,
  fetchEvaluations,
  fetchScorable,
  fetchScorecard,
  fetchScorecards,
  releaseEvaluation,
  submitEvaluation,
  updateEvaluation,
  updateScorecard,
} from '../api';

export const useScorecards = (q: ScorecardQuery = {}) =>
  useQuery({ queryKey: assessmentKeys.scorecards(q), queryFn: () => fetchScorecards(q) });
export const useScorecard = (id: string, enabled = true) =>
  useQuery({ queryKey: assessmentKeys.scorecard(id), queryFn: () => fetchScorecard(id), enabled });
export const useEvaluations = (q: EvaluationQuery = {}) =>
  useQuery({ queryKey: assessmentKeys.evaluations(q), queryFn: () => fetchEvaluations(q) });
export const useEvaluation = (id: string, enabled = true) =>
  useQuery({ queryKey: assessmentKeys.evaluation(id), queryFn: () => fetchEvaluation(id), enabled });
export const useScorable = () =>
  useQuery({ queryKey: [...assessmentKeys.all, 'scorable'], queryFn: fetchScorable });
export const useDisputes = (q: DisputeQuery = {}) =>
  useQuery({ queryKey: assessmentKeys.disputes(q), queryFn: () => fetchDisputes(q) });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: assessmentKeys.all });
}

export function useCreateEvaluation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateEvaluationBody) => createEvaluation(body),
    onSuccess: invalidate,
  });
}

export type EvaluationAction =
  | { kind: 'update'; body: UpdateEvaluationBody }
  | { kind: 'submit' }
  | { kind: 'release' }
  | { kind: 'acknowledge' }
  | { kind: 'dispute'; body: DisputeBody };

/** Every change of one evaluation, one mutation: the answer is the evaluation as it now is. */
export function useEvaluationAction(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: EvaluationAction): Promise<Evaluation> => {
      switch (a.kind) {
        case 'update':
          return updateEvaluation(id, a.body);
        case 'submit':
          return submitEvaluation(id);
        case 'release':
          return releaseEvaluation(id);
        case 'acknowledge':
          return acknowledgeEvaluation(id, {});
        case 'dispute':
          return disputeEvaluation(id, a.body);
      }
    },
    onSuccess: invalidate,
  });
}

export function useDecideDispute() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; body: DecideDisputeBody }) => decideDispute(v.id, v.body),
    onSuccess: invalidate,
  });
}

export function useUpdateScorecard() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; body: UpdateScorecardBody }) => updateScorecard(v.id, v.body),
    onSuccess: invalidate,
  });
}

/** Saves a scorecard: a new one (`id` null), or a change of one (the server's answer may be its next version). */
export function useSaveScorecard() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: null; body: CreateScorecardBody } | { id: string; body: UpdateScorecardBody }) =>
      v.id === null ? createScorecard(v.body) : updateScorecard(v.id, v.body),
    onSuccess: invalidate,
  });
}
