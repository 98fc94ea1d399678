import {
  trainingEndpoints as e,
  type AssignmentQuery,
  type CancelAssignmentBody,
  type CompleteAssignmentBody,
  type CourseQuery,
  type CreateAssignmentBody,
  type CreateCourseBody,
  type UpdateCourseBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const trainingKeys = {
  all: ['training'] as const,
  courses: (q: CourseQuery) => ['training', 'courses', q] as const,
  assignments: (q: AssignmentQuery) => ['training', 'assignments', q] as const,
  needs: ['training', 'needs'] as const,
};

export const fetchCourses = (query: CourseQuery) => call(e.listCourses, { query });
export const createCourse = (body: CreateCourseBody) => call(e.createCourse, { body });
export const updateCourse = (id: string, body: UpdateCourseBody) =>
  call(e.updateCourse, { params: { id }, body });
export const fetchAssignments = (query: AssignmentQuery) => call(e.listAssignments, { query });
export const createAssignment = (body: CreateAssignmentBody) => call(e.assign, { body });
export const completeAssignment = (id: string, body: CompleteAssignmentBody) =>
  call(e.complete, { params: { id }, body });
export const cancelAssignment = (id: string, body: CancelAssignmentBody) =>
  call(e.cancel, { params: { id }, body });
export const fetchNeeds = () => call(e.needs, { query: {} });
