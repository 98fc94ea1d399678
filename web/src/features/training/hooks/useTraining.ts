import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentQuery,
  CompleteAssignmentBody,
  CourseQuery,
  CreateAssignmentBody,
  CreateCourseBody,
  UpdateCourseBody,
} from '@frontline/contract';
import {
  cancelAssignment,
  completeAssignment,
  createAssignment,
  createCourse,
  fetchAssignments,
  fetchCourses,
  fetchNeeds,
  trainingKeys,
  updateCourse,
} from '../api';

export const useCourses = (q: CourseQuery = {}) =>
  useQuery({ queryKey: trainingKeys.courses(q), queryFn: () => fetchCourses(q) });
export const useAssignments = (q: AssignmentQuery, enabled = true) =>
  useQuery({ queryKey: trainingKeys.assignments(q), queryFn: () => fetchAssignments(q), enabled });
export const useTrainingNeeds = (enabled: boolean) =>
  useQuery({ queryKey: trainingKeys.needs, queryFn: fetchNeeds, enabled });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: trainingKeys.all });
}

export function useSaveCourse() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; body: UpdateCourseBody } | { id: null; body: CreateCourseBody }) =>
      v.id !== null ? updateCourse(v.id, v.body) : createCourse(v.body),
    onSuccess: invalidate,
  });
}

export function useAssignCourse() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) => createAssignment(body),
    onSuccess: invalidate,
  });
}

export function useAssignmentChange() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      v:
        | { id: string; kind: 'complete'; body: CompleteAssignmentBody }
        | { id: string; kind: 'cancel'; reason: string },
    ) =>
      v.kind === 'complete' ? completeAssignment(v.id, v.body) : cancelAssignment(v.id, { reason: v.reason }),
    onSuccess: invalidate,
  });
}
