import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AmendReviewBody,
  CalibrateReviewBody,
  CalibrationQuery,
  CreateReviewCycleBody,
  RequestReviewInputBody,
  ReviewInputBody,
  ManagerReviewBody,
  ReviewMeetingBody,
  ReviewQuery,
  SelfReviewBody,
  SignReviewBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  amendReview,
  answerInput,
  calibrateReview,
  fetchCalibration,
  fetchMyInputs,
  requestInput,
  createCycle,
  fetchCycles,
  fetchProgress,
  fetchReview,
  fetchReviews,
  fetchTemplates,
  launchCycle,
  recordMeeting,
  reviewKeys,
  signReview,
  writeManager,
  writeSelf,
} from '../api';

export const useReviews = (q: ReviewQuery, enabled = true) =>
  useQuery({ queryKey: reviewKeys.list(q), queryFn: () => fetchReviews(q), enabled });
export const useReview = (id: string | undefined) =>
  useQuery({
    queryKey: reviewKeys.detail(id ?? ''),
    queryFn: () => fetchReview(id ?? ''),
    enabled: isUuid(id),
  });
export const useReviewTemplates = () => useQuery({ queryKey: reviewKeys.templates, queryFn: fetchTemplates });
export const useReviewCycles = () => useQuery({ queryKey: reviewKeys.cycles, queryFn: fetchCycles });
export const useCycleProgress = (id: string | null) =>
  useQuery({
    queryKey: reviewKeys.progress(id ?? ''),
    queryFn: () => fetchProgress(id ?? ''),
    enabled: isUuid(id),
  });

export type ReviewChange =
  | { kind: 'self'; body: SelfReviewBody }
  | { kind: 'manager'; body: ManagerReviewBody }
  | { kind: 'meeting'; body: ReviewMeetingBody }
  | { kind: 'sign'; body: SignReviewBody }
  | { kind: 'calibrate'; body: CalibrateReviewBody }
  | { kind: 'requestInput'; body: RequestReviewInputBody }
  | { kind: 'amend'; body: AmendReviewBody };

/** Every change to one review: self and manager reviews, meeting, signature, calibration, input, amendment. */
export function useReviewChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: ReviewChange) => {
      switch (c.kind) {
        case 'self':
          return writeSelf(id, c.body);
        case 'manager':
          return writeManager(id, c.body);
        case 'meeting':
          return recordMeeting(id, c.body);
        case 'sign':
          return signReview(id, c.body);
        case 'calibrate':
          return calibrateReview(id, c.body);
        case 'requestInput':
          return requestInput(id, c.body);
        case 'amend':
          return amendReview(id, c.body);
      }
    },
    onSuccess: (r) => {
      qc.setQueryData(reviewKeys.detail(id), r);
      return qc.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}

export function useCreateCycle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewCycleBody) => createCycle(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export function useLaunchCycle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => launchCycle(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export const useCalibration = (id: string | undefined, q: CalibrationQuery) =>
  useQuery({
    queryKey: reviewKeys.calibration(id ?? '', q),
    queryFn: () => fetchCalibration(id ?? '', q),
    enabled: isUuid(id),
  });

export const useMyInputs = () => useQuery({ queryKey: reviewKeys.inputs, queryFn: fetchMyInputs });

export function useAnswerInput() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { id: string; body: ReviewInputBody }) => answerInput(a.id, a.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.inputs }),
  });
}
