import {
  reviewsEndpoints as e,
  type AmendReviewBody,
  type CalibrateReviewBody,
  type CalibrationQuery,
  type CreateReviewCycleBody,
  type RequestReviewInputBody,
  type ReviewInputBody,
  type CreateReviewTemplateBody,
  type SetReviewTemplateActiveBody,
  type ManagerReviewBody,
  type ReviewMeetingBody,
  type ReviewPdfQuery,
  type ReviewQuery,
  type SelfReviewBody,
  type SignReviewBody,
} from '@frontline/contract';
import { call, endpointUrl } from '../../lib/endpoint-client';

export const reviewKeys = {
  all: ['reviews'] as const,
  list: (q: ReviewQuery) => ['reviews', 'list', q] as const,
  detail: (id: string) => ['reviews', 'detail', id] as const,
  templates: ['reviews', 'templates'] as const,
  cycles: ['reviews', 'cycles'] as const,
  progress: (id: string) => ['reviews', 'progress', id] as const,
  calibration: (id: string, q: CalibrationQuery) => ['reviews', 'calibration', id, q] as const,
  inputs: ['reviews', 'inputs'] as const,
};

export const fetchReviews = (query: ReviewQuery) => call(e.list, { query });
export const fetchReview = (id: string) => call(e.get, { params: { id } });
export const writeSelf = (id: string, body: SelfReviewBody) => call(e.writeSelf, { params: { id }, body });
export const writeManager = (id: string, body: ManagerReviewBody) =>
  call(e.writeManager, { params: { id }, body });
export const recordMeeting = (id: string, body: ReviewMeetingBody) =>
  call(e.meeting, { params: { id }, body });
export const signReview = (id: string, body: SignReviewBody) => call(e.sign, { params: { id }, body });
export const fetchTemplates = () => call(e.templates, {});
export const fetchCycles = () => call(e.cycles, {});
export const createCycle = (body: CreateReviewCycleBody) => call(e.createCycle, { body });
export const launchCycle = (id: string) => call(e.launch, { params: { id } });
export const fetchProgress = (id: string) => call(e.progress, { params: { id } });
export const fetchCalibration = (id: string, query: CalibrationQuery) =>
  call(e.calibration, { params: { id }, query });
export const calibrateReview = (id: string, body: CalibrateReviewBody) =>
  call(e.calibrate, { params: { id }, body });
export const requestInput = (id: string, body: RequestReviewInputBody) =>
  call(e.requestInput, { params: { id }, body });
export const amendReview = (id: string, body: AmendReviewBody) => call(e.amend, { params: { id }, body });
export const fetchMyInputs = () => call(e.myInputs, {});
export const answerInput = (id: string, body: ReviewInputBody) =>
  call(e.answerInput, { params: { id }, body });
export const createTemplate = (body: CreateReviewTemplateBody) => call(e.createTemplate, { body });
export const setTemplateActive = (id: string, body: SetReviewTemplateActiveBody) =>
  call(e.setTemplateActive, { params: { id }, body });
/** The review as PDF in a language (a download the browser saves). */
export const reviewPdfUrl = (id: string, lang: NonNullable<ReviewPdfQuery['lang']>) =>
  endpointUrl(e.pdf, { params: { id }, query: { lang } });
