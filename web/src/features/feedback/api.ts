import type {
  CreateFeedbackBody,
  CreateRecognitionBody,
  FeedbackPage,
  FeedbackView,
  RecognitionColleague,
  RecognitionView,
  RecognitionWall,
} from '@frontline/contract';
import { get, post, qs } from '../../lib/api-client';

export const feedbackKeys = {
  all: ['feedback'] as const,
  person: (personId: string) => ['feedback', 'person', personId] as const,
  /** Every recognition wall (and the colleagues one may recognise). */
  walls: ['recognition'] as const,
  wall: (unitId: string | undefined) => ['recognition', unitId ?? 'mine'] as const,
  colleagues: ['recognition', 'colleagues'] as const,
};

export const fetchPersonFeedback = (personId: string) =>
  get<FeedbackPage>(`/api/v1/people/${personId}/feedback${qs({ limit: 200 })}`);
export const giveFeedback = (personId: string, body: CreateFeedbackBody) =>
  post<FeedbackView>(`/api/v1/people/${personId}/feedback`, body);
export const acknowledgeFeedback = (id: string) => post<FeedbackView>(`/api/v1/feedback/${id}/acknowledge`);
export const replyFeedback = (id: string, reply: string) =>
  post<FeedbackView>(`/api/v1/feedback/${id}/reply`, { reply });

export const fetchWall = (unitId: string | undefined) =>
  get<RecognitionWall>(`/api/v1/recognition${qs({ unitId, limit: 100 })}`);
export const postRecognition = (body: CreateRecognitionBody) =>
  post<RecognitionView>('/api/v1/recognition', body);
export const fetchColleagues = () => get<RecognitionColleague[]>('/api/v1/recognition/colleagues');
