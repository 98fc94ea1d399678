import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateFeedbackBody, CreateRecognitionBody } from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  acknowledgeFeedback,
  feedbackKeys,
  fetchPersonFeedback,
  fetchWall,
  giveFeedback,
  postRecognition,
  fetchColleagues,
  replyFeedback,
} from '../api';

export const usePersonFeedback = (personId: string | null | undefined) =>
  useQuery({
    queryKey: feedbackKeys.person(personId ?? ''),
    queryFn: () => fetchPersonFeedback(personId ?? ''),
    enabled: isUuid(personId),
  });

/** Everyone at the user's site: the people they may praise on the wall. */
export const useRecognitionColleagues = (enabled: boolean) =>
  useQuery({ queryKey: feedbackKeys.colleagues, queryFn: fetchColleagues, enabled });

export const useRecognitionWall = (unitId?: string) =>
  useQuery({ queryKey: feedbackKeys.wall(unitId), queryFn: () => fetchWall(unitId) });

export function useGiveFeedback(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedbackBody) => giveFeedback(personId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: feedbackKeys.all }),
  });
}

export function useFeedbackResponse() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reply?: string }) =>
      v.reply === undefined ? acknowledgeFeedback(v.id) : replyFeedback(v.id, v.reply),
    onSuccess: () => qc.invalidateQueries({ queryKey: feedbackKeys.all }),
  });
}

export function usePostRecognition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRecognitionBody) => postRecognition(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: feedbackKeys.walls }),
  });
}
