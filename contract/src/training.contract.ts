import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Line, Real, StringEnum, Text, Uuid } from './common.contract.js';
import { IdParams } from './common.contract.js';
import { endpoint } from './endpoint.js';

/** Contract for training: the course catalogue, assignments and completions, training-needs analysis. */

export const COURSE_CATEGORIES = ['product_knowledge', 'service_skills', 'on_the_job', 'compliance'] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];
export const ASSIGNMENT_STATUSES = ['assigned', 'completed', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const NullableLine = (max: number) => Type.Union([Line({ maxLength: max }), Type.Null()]);
const NullableText = (max: number) => Type.Union([Text({ maxLength: max }), Type.Null()]);
const N = Type.Union([Type.Number(), Type.Null()]);

const CourseFields = {
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' }),
  titleEn: Line({ minLength: 1, maxLength: 200 }),
  titleZh: NullableLine(200),
  category: StringEnum(COURSE_CATEGORIES),
  description: Text({ maxLength: 4000 }),
  durationHours: Type.Union([Real({ exclusiveMinimum: 0, maximum: 1000 }), Type.Null()]),
  passScore: Type.Union([Real({ minimum: 0, maximum: 100 }), Type.Null()]),
  indicatorIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true }),
  active: Type.Boolean(),
};

export const CreateCourseBody = Type.Object(
  {
    code: CourseFields.code,
    titleEn: CourseFields.titleEn,
    titleZh: Type.Optional(CourseFields.titleZh),
    category: CourseFields.category,
    description: Type.Optional(CourseFields.description),
    durationHours: Type.Optional(CourseFields.durationHours),
    passScore: Type.Optional(CourseFields.passScore),
    indicatorIds: Type.Optional(CourseFields.indicatorIds),
  },
  { additionalProperties: false },
);
export type CreateCourseBody = Static<typeof CreateCourseBody>;

export const UpdateCourseBody = Type.Object(
  {
    titleEn: Type.Optional(CourseFields.titleEn),
    titleZh: Type.Optional(CourseFields.titleZh),
    category: Type.Optional(CourseFields.category),
    description: Type.Optional(CourseFields.description),
    durationHours: Type.Optional(CourseFields.durationHours),
    passScore: Type.Optional(CourseFields.passScore),
    indicatorIds: Type.Optional(CourseFields.indicatorIds),
    active: Type.Optional(CourseFields.active),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCourseBody = Static<typeof UpdateCourseBody>;

export const CourseQuery = Type.Object(
  {
    category: Type.Optional(StringEnum(COURSE_CATEGORIES)),
    indicatorId: Type.Optional(Uuid),
    /** Include retired courses (default false). */
    all: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CourseQuery = Static<typeof CourseQuery>;

export const Course = Type.Object({
  id: Uuid,
  code: Type.String(),
  titleEn: Type.String(),
  titleZh: Type.Union([Type.String(), Type.Null()]),
  category: StringEnum(COURSE_CATEGORIES),
  description: Type.String(),
  durationHours: N,
  passScore: N,
  indicatorIds: Type.Array(Uuid),
  /** Codes of the linked indicators, in the same order as indicatorIds where known. */
  indicatorCodes: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Course = Static<typeof Course>;

export const CreateAssignmentBody = Type.Object(
  {
    courseId: Uuid,
    personId: Uuid,
    dueOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    reason: Type.Optional(NullableText(2000)),
    coachingPlanId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateAssignmentBody = Static<typeof CreateAssignmentBody>;

/**
 * Completion. The assigner side (training.assign, person in scope) may enter a score and/or evidence.
 * The person may complete their own assignment with evidence only: a score is an assessment result and is
 * entered by the assigner side, so a self-entered pass cannot be claimed (a score from the person → 403).
 */
export const CompleteAssignmentBody = Type.Object(
  {
    score: Type.Optional(Real({ minimum: 0, maximum: 100 })),
    evidence: Type.Optional(Text({ minLength: 1, maxLength: 4000 })),
    /** Default: now. */
    completedAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CompleteAssignmentBody = Static<typeof CompleteAssignmentBody>;

export const CancelAssignmentBody = Type.Object(
  { reason: Text({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type CancelAssignmentBody = Static<typeof CancelAssignmentBody>;

export const AssignmentQuery = Type.Object(
  {
    /** mine: my own; team: people in my scope (not me); person: one person (personId). Default: mine + team. */
    scope: Type.Optional(StringEnum(['mine', 'team', 'person'] as const)),
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(ASSIGNMENT_STATUSES)),
    overdue: Type.Optional(Type.Boolean()),
    coachingPlanId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type AssignmentQuery = Static<typeof AssignmentQuery>;

/** What the reader may do with an assignment (server/src/features/training/training.policy.ts). */
export const AssignmentAbilities = Type.Object({
  complete: Type.Boolean(),
  enterScore: Type.Boolean(),
  cancel: Type.Boolean(),
});
export type AssignmentAbilities = Static<typeof AssignmentAbilities>;

export const Assignment = Type.Object({
  id: Uuid,
  course: Type.Object({
    id: Uuid,
    code: Type.String(),
    titleEn: Type.String(),
    titleZh: Type.Union([Type.String(), Type.Null()]),
    category: StringEnum(COURSE_CATEGORIES),
    passScore: N,
  }),
  personId: Uuid,
  personName: Type.String(),
  assignedBy: Type.Union([Uuid, Type.Null()]),
  dueOn: Type.Union([IsoDate, Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  coachingPlanId: Type.Union([Uuid, Type.Null()]),
  status: StringEnum(ASSIGNMENT_STATUSES),
  /** status assigned and due_on before today (organisation time zone). */
  overdue: Type.Boolean(),
  completedAt: Type.Union([IsoDateTime, Type.Null()]),
  score: N,
  evidence: Type.Union([Type.String(), Type.Null()]),
  passed: Type.Union([Type.Boolean(), Type.Null()]),
  createdAt: IsoDateTime,
  abilities: AssignmentAbilities,
});
export type Assignment = Static<typeof Assignment>;

export const NeedsQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
export type NeedsQuery = Static<typeof NeedsQuery>;

export const TrainingNeed = Type.Object({
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  indicator: Type.Object({
    id: Uuid,
    code: Type.String(),
    nameEn: Type.String(),
    nameZh: Type.Union([Type.String(), Type.Null()]),
  }),
  /** The person's figure over the range (display units) with its interval, sample and standard. */
  figure: Type.Object({ value: N, low: N, high: N, sample: Type.Number(), target: N }),
  /** Active catalogue courses linked to the indicator, not assigned now nor completed in the last 180 days. */
  courses: Type.Array(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      titleEn: Type.String(),
      titleZh: Type.Union([Type.String(), Type.Null()]),
      category: StringEnum(COURSE_CATEGORIES),
    }),
  ),
});
export type TrainingNeed = Static<typeof TrainingNeed>;

export const TrainingNeeds = Type.Object({
  from: IsoDate,
  to: IsoDate,
  /** What the analysis draws on. Assessment items (QA, floor observation) are a later feature. */
  sources: Type.Array(StringEnum(['indicators', 'assessments'] as const)),
  items: Type.Array(TrainingNeed),
});
export type TrainingNeeds = Static<typeof TrainingNeeds>;

/** The training endpoints, defined once for the server's routes and the web's client. */
export const trainingEndpoints = {
  listCourses: endpoint({
    method: 'GET',
    path: '/api/v1/courses',
    access: 'authenticated',
    summary: 'The course catalogue',
    query: CourseQuery,
    response: Type.Array(Course),
  }),
  createCourse: endpoint({
    method: 'POST',
    path: '/api/v1/courses',
    access: 'training.catalogue',
    summary: 'Add a course to the catalogue',
    body: CreateCourseBody,
    response: Course,
    status: 201,
  }),
  updateCourse: endpoint({
    method: 'PATCH',
    path: '/api/v1/courses/:id',
    access: 'training.catalogue',
    summary: 'Change a course',
    params: IdParams,
    body: UpdateCourseBody,
    response: Course,
  }),
  listAssignments: endpoint({
    method: 'GET',
    path: '/api/v1/training/assignments',
    access: 'authenticated',
    summary: 'Training assignments the caller may see',
    query: AssignmentQuery,
    response: Type.Array(Assignment),
  }),
  assign: endpoint({
    method: 'POST',
    path: '/api/v1/training/assignments',
    access: 'training.assign',
    summary: 'Assign a course to people',
    body: CreateAssignmentBody,
    response: Assignment,
    status: 201,
  }),
  complete: endpoint({
    method: 'POST',
    path: '/api/v1/training/assignments/:id/complete',
    access: 'authenticated',
    summary: 'Record that an assignment was completed',
    params: IdParams,
    body: CompleteAssignmentBody,
    response: Assignment,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/training/assignments/:id/cancel',
    access: 'training.assign',
    summary: 'Cancel an assignment',
    params: IdParams,
    body: CancelAssignmentBody,
    response: Assignment,
  }),
  needs: endpoint({
    method: 'GET',
    path: '/api/v1/training/needs',
    access: 'training.assign',
    summary: 'The training-needs analysis of the caller’s people',
    query: NeedsQuery,
    response: TrainingNeeds,
  }),
};
