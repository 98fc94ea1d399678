import {
  feedbackEndpoints as e,
  type CreateFeedbackBody,
  type CreateRecognitionBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const feedbackKeys = {
  all: ['feedback'] as const,
  person: (personId: string) => ['feedback', 'person', personId] as const,
  /** Every recognition wall (and the colleagues one may recognise). */
  walls: ['recognition'] as const,
  wall: (unitId: string | undefined) => ['recognition', unitId ?? 'mine'] as const,
  colleagues: ['recognition', 'colleagues'] as const,
};

export const fetchPersonFeedback = (personId: string) =>
  call(e.listForPerson, { params: { id: personId }, query: { limit: 200 } });
export const giveFeedback = (personId: string, body: CreateFeedbackBody) =>
  call(e.give, { params: { id: personId }, body });
export const acknowledgeFeedback = (id: string) => call(e.acknowledge, { params: { id } });
export const replyFeedback = (id: string, reply: string) =>
  call(e.reply, { params: { id }, body: { reply } });

export const fetchWall = (unitId: string | undefined) => call(e.wall, { query: { unitId, limit: 100 } });
export const postRecognition = (body: CreateRecognitionBody) => call(e.recognise, { body });
export const fetchColleagues = () => call(e.colleagues, {});
