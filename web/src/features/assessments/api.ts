import {
  assessmentsEndpoints as e,
  type AcknowledgeBody,
  type CreateEvaluationBody,
  type CreateScorecardBody,
  type DecideDisputeBody,
  type DisputeBody,
  type DisputeQuery,
  type EvaluationQuery,
  type ScorecardQuery,
  type UpdateEvaluationBody,
  type UpdateScorecardBody,
} from '@frontline/contract';
import { call, endpointUrl } from '../../lib/endpoint-client';

export const assessmentKeys = {
  all: ['assessments'] as const,
  scorecards: (q: ScorecardQuery) => ['assessments', 'scorecards', q] as const,
  scorecard: (id: string) => ['assessments', 'scorecard', id] as const,
  evaluations: (q: EvaluationQuery) => ['assessments', 'evaluations', q] as const,
  evaluation: (id: string) => ['assessments', 'evaluation', id] as const,
  disputes: (q: DisputeQuery) => ['assessments', 'disputes', q] as const,
  evidence: (id: string) => ['assessments', 'evidence', id] as const,
};

export const fetchScorecards = (query: ScorecardQuery) => call(e.listScorecards, { query });
export const fetchScorecard = (id: string) => call(e.getScorecard, { params: { id } });
export const createScorecard = (body: CreateScorecardBody) => call(e.createScorecard, { body });
export const updateScorecard = (id: string, body: UpdateScorecardBody) =>
  call(e.updateScorecard, { params: { id }, body });
export const fetchEvaluations = (query: EvaluationQuery) => call(e.listEvaluations, { query });
export const fetchEvaluation = (id: string) => call(e.getEvaluation, { params: { id } });
export const createEvaluation = (body: CreateEvaluationBody) => call(e.createEvaluation, { body });
export const updateEvaluation = (id: string, body: UpdateEvaluationBody) =>
  call(e.updateEvaluation, { params: { id }, body });
export const submitEvaluation = (id: string) => call(e.submitEvaluation, { params: { id } });
export const releaseEvaluation = (id: string) => call(e.releaseEvaluation, { params: { id } });
export const acknowledgeEvaluation = (id: string, body: AcknowledgeBody) =>
  call(e.acknowledgeEvaluation, { params: { id }, body });
export const disputeEvaluation = (id: string, body: DisputeBody) =>
  call(e.disputeEvaluation, { params: { id }, body });
export const fetchDisputes = (query: DisputeQuery) => call(e.listDisputes, { query });
export const decideDispute = (id: string, body: DecideDisputeBody) =>
  call(e.decideDispute, { params: { id }, body });
export const fetchScorable = () => call(e.listScorable, {});

export const fetchEvidence = (id: string) => call(e.listEvidence, { params: { id } });
export const uploadEvidence = (id: string, file: File) =>
  call(e.uploadEvidence, { params: { id }, query: { fileName: file.name }, body: file });
export const deleteEvidence = (id: string, fileId: string) =>
  call(e.deleteEvidence, { params: { id, fileId } });
/** Where the browser downloads an evidence file (a link; the session cookie goes with it). */
export const evidenceUrl = (id: string, fileId: string) =>
  endpointUrl(e.downloadEvidence, { params: { id, fileId } });
