import {
  calibrationEndpoints as e,
  type CalibrationAnswersBody,
  type CreateCalibrationBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const calibrationKeys = {
  all: ['calibration'] as const,
  list: ['calibration', 'list'] as const,
  candidates: ['calibration', 'candidates'] as const,
  session: (id: string) => ['calibration', 'session', id] as const,
};

export const fetchSessions = () => call(e.listSessions, {});
export const fetchCandidates = () => call(e.listCandidates, {});
export const fetchSession = (id: string) => call(e.getSession, { params: { id } });
export const createSession = (body: CreateCalibrationBody) => call(e.createSession, { body });
export const saveScores = (id: string, interactionId: string, body: CalibrationAnswersBody) =>
  call(e.score, { params: { id, interactionId }, body });
export const saveBenchmark = (id: string, interactionId: string, body: CalibrationAnswersBody) =>
  call(e.setBenchmark, { params: { id, interactionId }, body });
export const finishSession = (id: string) => call(e.finish, { params: { id } });
export const revealSession = (id: string) => call(e.reveal, { params: { id } });
export const closeSession = (id: string) => call(e.close, { params: { id } });
