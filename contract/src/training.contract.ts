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

/** A course the needs analysis suggests: active, linked to the need's indicator, not taken recently. */
const SuggestedCourse = Type.Object({
  id: Uuid,
  code: Type.String(),
  titleEn: Type.String(),
  titleZh: Type.Union([Type.String(), Type.Null()]),
  category: StringEnum(COURSE_CATEGORIES),
});

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
  courses: Type.Array(SuggestedCourse),
});
export type TrainingNeed = Static<typeof TrainingNeed>;

/**
 * A scorecard item a person keeps missing. Over the range, in the released official evaluations of
 * the people in the caller's scope: `answered` = evaluations of the person that answered the item
 * (N/A and unanswered left out), `missed` = those answered no, at level 1 or 2, or with 0 points (the
 * scoring's "missed" rule), `rate` = missed ÷ answered × 100 with its 95 % Wilson interval, and `team`
 * the same item over everyone in the caller's scope (the person included).
 *
 * The rule: a need is listed when the person answered the item at least ITEM_NEED_MIN_ANSWERS (3)
 * times and the lower bound of their interval is above the team's rate, i.e. even the most
 * favourable reading of their misses is worse than the team's. Courses: active courses linked to the
 * scorecard's indicator (QA_SCORE, FLOOR_OBS, MYSTERY_SHOP), as for indicator needs.
 */
export const TrainingItemNeed = Type.Object({
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  scorecard: Type.Object({ id: Uuid, code: Type.String(), titleEn: Type.String(), titleZh: Type.String() }),
  item: Type.Object({
    sectionId: Type.String(),
    itemId: Type.String(),
    textEn: Type.String(),
    textZh: Type.String(),
  }),
  /** The indicator the scorecard feeds; null when it feeds none (then no course is linked). */
  indicator: Type.Union([
    Type.Object({
      id: Uuid,
      code: Type.String(),
      nameEn: Type.String(),
      nameZh: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  answered: Type.Integer(),
  missed: Type.Integer(),
  /** Percent. */
  rate: Type.Number(),
  low: Type.Number(),
  high: Type.Number(),
  team: Type.Object({ answered: Type.Integer(), missed: Type.Integer(), rate: Type.Number() }),
  courses: Type.Array(SuggestedCourse),
});
export type TrainingItemNeed = Static<typeof TrainingItemNeed>;

/** The fewest answers of an item before a person's misses of it can be a training need. */
export const ITEM_NEED_MIN_ANSWERS = 3;

export const TrainingNeeds = Type.Object({
  from: IsoDate,
  to: IsoDate,
  /**
   * What the analysis drew on: indicators always; assessments when released official evaluations
   * of the caller's people fell in the range (their items feed `itemNeeds`).
   */
  sources: Type.Array(StringEnum(['indicators', 'assessments'] as const)),
  items: Type.Array(TrainingNeed),
  /** Scorecard items people keep missing (see TrainingItemNeed for the rule), the highest rate first. */
  itemNeeds: Type.Array(TrainingItemNeed),
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
