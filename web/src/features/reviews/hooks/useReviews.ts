import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateReviewCycleBody,
  ManagerReviewBody,
  ReviewMeetingBody,
  ReviewQuery,
  SelfReviewBody,
  SignReviewBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
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
  | { kind: 'sign'; body: SignReviewBody };

/** Every change to one review: the self review, the manager's, the meeting, a signature. */
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
