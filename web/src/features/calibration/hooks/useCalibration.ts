import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, CalibrationSession, CreateCalibrationBody } from '@frontline/contract';
import {
  calibrationKeys,
  closeSession,
  createSession,
  fetchCandidates,
  fetchSession,
  fetchSessions,
  finishSession,
  revealSession,
  saveBenchmark,
  saveScores,
} from '../api';

export const useCalibrationSessions = () =>
  useQuery({ queryKey: calibrationKeys.list, queryFn: fetchSessions });
export const useCalibrationCandidates = (enabled = true) =>
  useQuery({ queryKey: calibrationKeys.candidates, queryFn: fetchCandidates, enabled });
export const useCalibrationSession = (id: string, enabled = true) =>
  useQuery({ queryKey: calibrationKeys.session(id), queryFn: () => fetchSession(id), enabled });

export function useCreateCalibration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalibrationBody) => createSession(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: calibrationKeys.all }),
  });
}

export type CalibrationAction =
  | { kind: 'score' | 'benchmark'; interactionId: string; answers: Answer[] }
  | { kind: 'finish' | 'reveal' | 'close' };

/** Every action on a session; the answer is the session as the reader now sees it. */
export function useCalibrationAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: CalibrationAction): Promise<CalibrationSession> => {
      switch (a.kind) {
        case 'score':
          return saveScores(id, a.interactionId, { answers: a.answers });
        case 'benchmark':
          return saveBenchmark(id, a.interactionId, { answers: a.answers });
        case 'finish':
          return finishSession(id);
        case 'reveal':
          return revealSession(id);
        case 'close':
          return closeSession(id);
      }
    },
    onSuccess: (s) => {
      qc.setQueryData(calibrationKeys.session(id), s);
      void qc.invalidateQueries({ queryKey: calibrationKeys.list });
    },
  });
}
