import type {
  Assignment,
  AssignmentQuery,
  CancelAssignmentBody,
  CompleteAssignmentBody,
  Course,
  CourseQuery,
  CreateAssignmentBody,
  CreateCourseBody,
  TrainingNeeds,
  UpdateCourseBody,
} from '@frontline/contract';
import { get, patch, post, qs } from '../../lib/api-client';

export const trainingKeys = {
  all: ['training'] as const,
  courses: (q: CourseQuery) => ['training', 'courses', q] as const,
  assignments: (q: AssignmentQuery) => ['training', 'assignments', q] as const,
  needs: ['training', 'needs'] as const,
};

export const fetchCourses = (q: CourseQuery) => get<Course[]>(`/api/v1/courses${qs({ ...q })}`);
export const createCourse = (body: CreateCourseBody) => post<Course>('/api/v1/courses', body);
export const updateCourse = (id: string, body: UpdateCourseBody) =>
  patch<Course>(`/api/v1/courses/${id}`, body);
export const fetchAssignments = (q: AssignmentQuery) =>
  get<Assignment[]>(`/api/v1/training/assignments${qs({ ...q })}`);
export const createAssignment = (body: CreateAssignmentBody) =>
  post<Assignment>('/api/v1/training/assignments', body);
export const completeAssignment = (id: string, body: CompleteAssignmentBody) =>
  post<Assignment>(`/api/v1/training/assignments/${id}/complete`, body);
export const cancelAssignment = (id: string, body: CancelAssignmentBody) =>
  post<Assignment>(`/api/v1/training/assignments/${id}/cancel`, body);
export const fetchNeeds = () => get<TrainingNeeds>('/api/v1/training/needs');
