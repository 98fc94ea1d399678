import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  Aggregation,
  CalibrationStatus,
  EmploymentType,
  GoalKind,
  GoalStatus,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorSource,
  IndicatorUnit,
  ImportCounts,
  ImportIssue,
  ImportSettings,
  ImportSource,
  ImportStatus,
  OrgUnitKind,
  PersonStatus,
  PolicyKind,
  Role,
} from '@frontline/contract';
import type {
  DemandDerivation,
  LeaveKind,
  LeaveStatus,
  RosterPlanStatus,
  RosterProfileInput,
  RosterSolve,
} from '@frontline/contract';
import type { CheckinAgenda, FeedbackEvidence, AwardEvidence, GoalSnapshot } from '@frontline/contract';
import type {
  ReviewComments,
  ReviewCycleStatus,
  ReviewPopulation,
  ReviewRatingRule,
  ReviewInputRelation,
  ReviewRatings,
  ReviewScale,
  ReviewSection,
  ReviewStatus,
  ReviewWarning,
  ImprovementPlanOutcome,
  ImprovementPlanSource,
  ImprovementPlanStatus,
  ImprovementSupportInput,
  ObjectiveKind,
  ObjectiveProgress,
} from '@frontline/contract';
import type {
  Answer,
  AnswerValue,
  DisputeStatus,
  EvaluationPurpose,
  EvaluationStatus,
  InteractionChannel,
  ScorecardContent,
  ScorecardKind,
  ScoreResult,
  SamplingChannel,
  SamplingPeriodKind,
} from '@frontline/contract';
import type { Json, JsonDefault, JsonNullable, JsonObject } from './json.js';

/** Table types (camelCase through Kysely's CamelCasePlugin). Kept in step with migrations/. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface OrgUnitTable {
  id: Generated<string>;
  parentId: string | null;
  kind: OrgUnitKind;
  code: string;
  nameEn: string;
  nameZh: string | null;
  timezone: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface JobRoleTable {
  id: Generated<string>;
  code: string;
  nameEn: string;
  nameZh: string | null;
  description: Generated<string>;
  performanceStandards: Generated<string>;
  workOutputs: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PersonTable {
  id: Generated<string>;
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
  email: string | null;
  orgUnitId: string;
  managerId: string | null;
  jobRoleId: string | null;
  employmentType: Generated<EmploymentType>;
  hireDate: string | null;
  status: Generated<PersonStatus>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  displayName: string;
  passwordHash: string;
  personId: string | null;
  roles: Role[];
  disabled: Generated<boolean>;
  locale: Generated<string>;
  lastLoginAt: Date | null;
  emailReminders: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SessionTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  subjectPersonId: string | null;
  before: JsonNullable<JsonObject>;
  after: JsonNullable<JsonObject>;
  requestId: string | null;
  ip: string | null;
}

export interface PolicyTable {
  id: Generated<string>;
  code: string;
  kind: PolicyKind;
  orgUnitId: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PolicyVersionTable {
  id: Generated<string>;
  policyId: string;
  version: number;
  titleEn: string;
  titleZh: string | null;
  bodyEn: string;
  bodyZh: string | null;
  effectiveFrom: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface IndicatorTable {
  id: Generated<string>;
  code: string;
  nameEn: string;
  nameZh: string | null;
  descriptionEn: Generated<string>;
  descriptionZh: string | null;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  aggregation: Aggregation;
  scale: Generated<number>;
  category: IndicatorCategory;
  source: IndicatorSource;
  numeratorLabel: string;
  denominatorLabel: string;
  formula: string;
  decimals: Generated<number>;
  minSample: Generated<number>;
  policyId: string | null;
  preset: Generated<boolean>;
  active: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ObservationTable {
  id: Generated<number>;
  personId: string;
  indicatorId: string;
  occurredOn: string;
  numerator: number;
  denominator: number;
  source: Generated<string>;
  batchId: string | null;
  externalKey: string | null;
  createdAt: CreatedAt;
}

export interface TargetTable {
  id: Generated<string>;
  indicatorId: string;
  jobRoleId: string | null;
  orgUnitId: string | null;
  standard: number;
  stretch: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface GoalTable {
  id: Generated<string>;
  personId: string;
  kind: GoalKind;
  title: string;
  description: Generated<string>;
  indicatorId: string | null;
  successCriteria: string | null;
  policyId: string | null;
  baseline: number | null;
  baselineSample: number | null;
  target: number | null;
  periodStart: string;
  periodEnd: string;
  weight: Generated<number>;
  status: GoalStatus;
  version: Generated<number>;
  createdBy: string | null;
  proposedBy: string | null;
  proposedAt: Date | null;
  staffAcceptedAt: Date | null;
  staffAcceptedBy: string | null;
  supervisorAcceptedAt: Date | null;
  supervisorAcceptedBy: string | null;
  outcomeNote: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface GoalVersionTable {
  id: Generated<string>;
  goalId: string;
  version: number;
  snapshot: Json<GoalSnapshot>;
  agreedAt: Date;
  createdAt: CreatedAt;
}

export interface NotificationTable {
  id: Generated<string>;
  userId: string;
  kind: string;
  entityType: string;
  entityId: string;
  data: JsonDefault<JsonObject>;
  readAt: Date | null;
  createdAt: CreatedAt;
}

export interface ApiTokenTable {
  id: Generated<string>;
  name: string;
  prefix: string;
  tokenHash: string;
  createdBy: string | null;
  createdAt: CreatedAt;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ImportBatchTable {
  id: Generated<string>;
  via: 'upload' | 'api';
  status: ImportStatus;
  source: ImportSource | null;
  fileName: string;
  fileSize: Generated<number>;
  sha256: string;
  filePath: string | null;
  detectedSource: ImportSource | null;
  settings: JsonNullable<ImportSettings>;
  columns: JsonDefault<string[]>;
  sample: JsonDefault<string[][]>;
  phase: string | null;
  progressDone: Generated<number>;
  progressTotal: number | null;
  counts: JsonDefault<Partial<ImportCounts>>;
  issues: JsonDefault<ImportIssue[]>;
  createdBy: string | null;
  apiTokenId: string | null;
  createdAt: CreatedAt;
  validatedAt: Date | null;
  committedAt: Date | null;
  undoneAt: Date | null;
  undoneBy: string | null;
}

export interface ImportStageTable {
  batchId: string;
  line: number;
  staffKey: string;
  indicatorId: string;
  occurredAt: Date | null;
  occurredOn: string | null;
  numerator: number;
  denominator: number;
  externalKey: string;
  /** One of the batch's first staged rows, the ones the review previews (partial index). */
  head: Generated<boolean>;
}

export interface ImportStaffTable {
  batchId: string;
  staffKey: string;
  name: string | null;
  email: string | null;
  employeeNumber: string | null;
  rows: number;
  personId: string | null;
  /** Set when a remembered match (staff_alias) attributed these rows: who remembered it, when. */
  aliasBy: string | null;
  aliasAt: Date | null;
  /** Person ids suggested for unmatched staff, best first (kept with the batch for the review). */
  suggestions: JsonDefault<string[]>;
}

/** A record (ticket, interval, POS day) the file holds, also when it yields no observation now. */
export interface ImportStageRecordTable {
  batchId: string;
  externalKey: string;
  staffKey: string;
}

export interface StaffAliasTable {
  source: string;
  alias: string;
  personId: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface ImportRevisionTable {
  batchId: string;
  observationId: number;
  oldBatchId: string | null;
  oldSource: string;
  oldPersonId: string;
  oldOccurredOn: string;
  oldNumerator: number;
  oldDenominator: number;
  /** 'changed': the batch updated the observation; 'retracted': the batch deleted it. */
  kind: ColumnType<'changed' | 'retracted', 'changed' | 'retracted' | undefined, never>;
  /** For a retracted observation: the rest of its row, so undo puts it back as it was. */
  oldIndicatorId: string | null;
  oldExternalKey: string | null;
  oldCreatedAt: Date | null;
}

export interface ImportPresetTable {
  id: Generated<string>;
  name: string;
  settings: Json<ImportSettings>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface ObservationDailyTable {
  indicatorId: string;
  day: string;
  personId: string;
  num: number;
  den: number;
  sq: number;
  n: number;
}

/** The same sums per ISO week (week = its Monday); see migration 202612091400. */
export interface ObservationWeeklyTable {
  indicatorId: string;
  week: string;
  personId: string;
  num: number;
  den: number;
  sq: number;
  n: number;
}

export interface CheckinCadenceTable {
  personId: string;
  everyDays: number;
  updatedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface CheckinTable {
  id: Generated<string>;
  personId: string;
  leaderPersonId: string | null;
  scheduledAt: Date;
  durationMinutes: Generated<number>;
  location: string | null;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  agenda: JsonDefault<Partial<CheckinAgenda>>;
  sharedNotes: Generated<string>;
  privateNotes: Generated<string>;
  heldAt: Date | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ActionItemTable {
  id: Generated<string>;
  personId: string;
  checkinId: string | null;
  coachingPlanId: string | null;
  ownerPersonId: string;
  title: string;
  dueOn: string | null;
  doneAt: Date | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface FeedbackTable {
  id: Generated<string>;
  personId: string;
  authorUserId: string | null;
  kind: 'praise' | 'improvement';
  body: string;
  evidence: JsonDefault<FeedbackEvidence[]>;
  acknowledgedAt: Date | null;
  reply: string | null;
  repliedAt: Date | null;
  createdAt: CreatedAt;
}

export interface RecognitionTable {
  id: Generated<string>;
  personId: string;
  authorUserId: string | null;
  orgUnitId: string;
  message: string;
  badge: string | null;
  points: Generated<number>;
  awardId: string | null;
  createdAt: CreatedAt;
}

export interface RewardSchemeTable {
  id: Generated<string>;
  code: string;
  nameEn: string;
  nameZh: string | null;
  kind: 'rule' | 'manual';
  indicatorId: string | null;
  comparator: 'gte' | 'lte' | null;
  threshold: number | null;
  minSample: number | null;
  period: 'month' | 'quarter' | null;
  points: Generated<number>;
  badge: string | null;
  active: Generated<boolean>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface AwardTable {
  id: Generated<string>;
  schemeId: string;
  personId: string;
  periodStart: string | null;
  periodEnd: string | null;
  points: number;
  badge: string | null;
  evidence: JsonDefault<AwardEvidence>;
  reason: string | null;
  awardedBy: string | null;
  createdAt: CreatedAt;
}

export interface CoachingPlanTable {
  id: Generated<string>;
  personId: string;
  coachPersonId: string | null;
  origin: 'needs_attention' | 'manual';
  focusIndicatorId: string | null;
  focusSkill: string | null;
  gap: Generated<string>;
  growGoal: Generated<string>;
  growReality: Generated<string>;
  growOptions: Generated<string>;
  growWill: Generated<string>;
  status: Generated<'active' | 'completed' | 'cancelled'>;
  startedOn: string;
  followUpOn: string | null;
  endedOn: string | null;
  outcome: string | null;
  outcomeRating: 'improved' | 'no_change' | 'worse' | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ReviewTemplateTable {
  id: Generated<string>;
  code: string;
  titleEn: string;
  titleZh: string;
  scale: Json<ReviewScale>;
  sections: Json<ReviewSection[]>;
  ratingRule: ReviewRatingRule;
  active: Generated<boolean>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface ReviewCycleTable {
  id: Generated<string>;
  nameEn: string;
  nameZh: string;
  periodFrom: string;
  periodTo: string;
  templateId: string;
  population: Json<ReviewPopulation>;
  selfDue: string;
  managerDue: string;
  calibrationDue: string;
  signOffDue: string;
  status: Generated<ReviewCycleStatus>;
  launchedAt: Date | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface ReviewTable {
  id: Generated<string>;
  cycleId: string;
  personId: string;
  reviewerPersonId: string | null;
  status: Generated<ReviewStatus>;
  selfRatings: JsonDefault<ReviewRatings>;
  selfComments: JsonDefault<ReviewComments>;
  selfSubmittedAt: Date | null;
  managerRatings: JsonDefault<ReviewRatings>;
  managerComments: JsonDefault<ReviewComments>;
  developmentPlan: Generated<string>;
  overallRating: number | null;
  formula: number | null;
  managerSubmittedAt: Date | null;
  meetingOn: string | null;
  meetingNotes: string | null;
  managerSignedAt: Date | null;
  personSignedAt: Date | null;
  personComment: string | null;
  personDisagrees: Generated<boolean>;
  /** The evidence warnings when the manager handed the review on. */
  warnings: JsonDefault<ReviewWarning[]>;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ReviewRatingChangeTable {
  id: Generated<string>;
  reviewId: string;
  fromRating: number | null;
  toRating: number;
  reason: string;
  changedBy: string | null;
  changedAt: Date;
}

export interface ReviewInputTable {
  id: Generated<string>;
  reviewId: string;
  contributorPersonId: string;
  relation: ReviewInputRelation;
  requestedBy: string | null;
  requestedAt: Date;
  rating: number | null;
  comment: string | null;
  submittedAt: Date | null;
}

export interface ReviewVersionTable {
  id: Generated<string>;
  reviewId: string;
  version: number;
  snapshot: Json<JsonObject>;
  amendReason: string;
  amendedBy: string | null;
  amendedAt: Date;
}

export interface CoachingSessionTable {
  id: Generated<string>;
  planId: string;
  heldOn: string;
  notes: Generated<string>;
  nextSteps: Generated<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface ImprovementPlanTable {
  id: Generated<string>;
  personId: string;
  sourceKind: ImprovementPlanSource;
  sourceId: string | null;
  reason: string;
  status: Generated<ImprovementPlanStatus>;
  startsOn: string;
  endsOn: string;
  originalEndsOn: string | null;
  extensionReason: string | null;
  support: JsonDefault<ImprovementSupportInput[]>;
  acknowledgedAt: Date | null;
  proposedOutcome: ImprovementPlanOutcome | null;
  outcomeNote: string | null;
  proposedBy: string | null;
  signedOffAt: Date | null;
  signedOffBy: string | null;
  signOffNote: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ImprovementPlanObjectiveTable {
  id: Generated<string>;
  planId: string;
  position: number;
  kind: ObjectiveKind;
  description: string;
  indicatorId: string | null;
  target: number | null;
  successCriteria: string | null;
}

export interface ImprovementPlanCheckpointTable {
  id: Generated<string>;
  planId: string;
  dueOn: string;
  checkinId: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  notes: string | null;
  progress: JsonDefault<ObjectiveProgress[]>;
}

export interface CourseTable {
  id: Generated<string>;
  code: string;
  titleEn: string;
  titleZh: string | null;
  category: 'product_knowledge' | 'service_skills' | 'on_the_job' | 'compliance';
  description: Generated<string>;
  durationHours: number | null;
  passScore: number | null;
  indicatorIds: Generated<string[]>;
  active: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TrainingAssignmentTable {
  id: Generated<string>;
  courseId: string;
  personId: string;
  assignedBy: string | null;
  dueOn: string | null;
  reason: string | null;
  coachingPlanId: string | null;
  status: Generated<'assigned' | 'completed' | 'cancelled'>;
  completedAt: Date | null;
  score: number | null;
  evidence: string | null;
  passed: boolean | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ReminderSentTable {
  kind: string;
  entityId: string;
  onDay: string;
  sentAt: CreatedAt;
}

export interface ScorecardTable {
  id: Generated<string>;
  code: string;
  version: Generated<number>;
  kind: ScorecardKind;
  titleEn: string;
  titleZh: string;
  indicatorId: string | null;
  sections: Json<ScorecardContent>;
  active: Generated<boolean>;
  previousId: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface EvaluationTable {
  id: Generated<string>;
  scorecardId: string;
  personId: string;
  assessorUserId: string;
  purpose: Generated<EvaluationPurpose>;
  status: Generated<EvaluationStatus>;
  channel: InteractionChannel;
  ticketKey: string | null;
  occurredOn: string;
  evidenceText: string | null;
  evidenceUrl: string | null;
  answers: JsonDefault<Answer[]>;
  result: Json<ScoreResult>;
  percent: number | null;
  version: Generated<number>;
  submittedAt: Date | null;
  releasedAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgeComment: string | null;
  observationId: number | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  /** A mystery-shop visit imported by this batch (mystery_shop.ts); null for an assessor's own. */
  importBatchId: string | null;
  /** `mystery:<visit id>`, the key of the visit's observation too; null unless imported. */
  visitKey: string | null;
}

/** A visit's evaluation replaced by a later import, kept whole so undoing that import restores it. */
export interface MysteryVisitRevisionTable {
  batchId: string;
  visitKey: string;
  evaluation: Json<Record<string, unknown>>;
  versions: JsonDefault<Record<string, unknown>[]>;
  disputes: JsonDefault<Record<string, unknown>[]>;
}

export interface EvaluationVersionTable {
  evaluationId: string;
  version: number;
  answers: Json<Answer[]>;
  result: Json<ScoreResult>;
  percent: number | null;
  reason: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface EvaluationDisputeTable {
  id: Generated<string>;
  evaluationId: string;
  itemId: string;
  reason: string;
  status: Generated<DisputeStatus>;
  originalValue: JsonNullable<AnswerValue>;
  newValue: JsonNullable<AnswerValue>;
  note: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: CreatedAt;
}

export interface AssessmentSettingTable {
  id: Generated<number>;
  disputeWindowDays: Generated<number>;
  assessorCourseId: string | null;
  certMinAlpha: number | null;
  certMaxBiasPoints: number | null;
  certValidityMonths: Generated<number>;
  certReminderDays: Generated<number>;
  uncertifiedPolicy: Generated<'count_marked' | 'not_counted'>;
  evidenceMaxBytes: Generated<number>;
  updatedAt: UpdatedAt;
}

export interface EvaluationEvidenceTable {
  id: Generated<string>;
  evaluationId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** bytea: a Buffer on PostgreSQL, a Uint8Array on PGlite. */
  content: Buffer;
  uploadedBy: string;
  createdAt: CreatedAt;
}

export interface AssessorUnitTable {
  assessorPersonId: string;
  orgUnitId: string;
}

export interface CalibrationSessionTable {
  id: Generated<string>;
  scorecardId: string;
  leadUserId: string;
  title: string;
  status: Generated<CalibrationStatus>;
  createdAt: CreatedAt;
  revealedAt: Date | null;
  closedAt: Date | null;
  updatedAt: UpdatedAt;
}

export interface CalibrationInteractionTable {
  id: Generated<string>;
  sessionId: string;
  position: number;
  label: string;
}

export interface AssessorCertificationTable {
  id: Generated<string>;
  userId: string;
  scorecardCode: string;
  source: 'automatic' | 'manual';
  grantedAt: Date;
  expiresAt: Date;
  courseCompletedAt: Date | null;
  calibrationSessionId: string | null;
  alpha: number | null;
  biasPoints: number | null;
  reason: string | null;
  grantedBy: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
  createdAt: CreatedAt;
}

export interface EvaluationCertificationTable {
  evaluationId: string;
  certified: boolean;
  counted: boolean;
  certificationId: string | null;
  stage: 'submitted' | 'released';
  recordedAt: Date;
}

export interface CalibrationAssessorTable {
  sessionId: string;
  userId: string;
  finishedAt: Date | null;
}

/** One person's line of a draw: interactions available, planned and drawn. */
export interface SamplingDrawPerson {
  personId: string;
  available: number;
  planned: number;
  drawn: number;
}

export interface SamplingPlanTable {
  id: Generated<string>;
  title: string;
  scorecardId: string;
  perPerson: number;
  periodKind: SamplingPeriodKind;
  orgUnitId: string | null;
  channels: JsonDefault<SamplingChannel[]>;
  active: Generated<boolean>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SamplingPlanAssessorTable {
  planId: string;
  userId: string;
}

export interface SamplingDrawTable {
  id: Generated<string>;
  planId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  seed: number;
  perPerson: number;
  people: JsonDefault<SamplingDrawPerson[]>;
  drawnBy: string | null;
  drawnAt: CreatedAt;
}

export interface SamplingItemTable {
  id: Generated<string>;
  drawId: string;
  personId: string;
  assessorUserId: string | null;
  channel: SamplingChannel;
  interactionKey: string;
  batchId: string | null;
  occurredOn: string;
  position: number;
}

export interface CalibrationScoreTable {
  sessionId: string;
  interactionId: string;
  userId: string;
  benchmark: Generated<boolean>;
  answers: Json<Answer[]>;
  updatedAt: UpdatedAt;
}

/** Work allocation (#14, migration 202612121000_rostering). */
export interface DutyTable {
  id: Generated<string>;
  unitId: string;
  code: string;
  nameEn: string;
  nameZh: string;
  minLevel: number;
  standard: Generated<string>;
  outputs: Generated<string>;
  indicatorIds: JsonDefault<string[]>;
  trainingCourseIds: JsonDefault<string[]>;
  assessmentScorecardIds: JsonDefault<string[]>;
  assessmentPassPercent: Generated<number>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ShiftTemplateTable {
  id: Generated<string>;
  unitId: string;
  code: string;
  nameEn: string;
  nameZh: string;
  startMinute: number;
  endMinute: number;
  breakMinutes: Generated<number>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface RosterProfileTable {
  personId: string;
  minWeekHours: number;
  maxWeekHours: number;
  maxConsecutiveDays: number;
  minRestHours: number;
  hourlyCost: number;
  overtimePremium: number;
  skills: JsonDefault<RosterProfileInput['skills']>;
  unavailableDates: JsonDefault<string[]>;
  preferences: JsonDefault<RosterProfileInput['preferences']>;
  updatedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface RosterPlanTable {
  id: Generated<string>;
  unitId: string;
  name: string;
  startsOn: string;
  days: number;
  status: Generated<RosterPlanStatus>;
  version: Generated<number>;
  ownerPersonId: string | null;
  solve: JsonDefault<RosterSolve | Record<string, never>>;
  lastDerivation: JsonNullable<DemandDerivation>;
  publishedAt: Date | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface RosterPlanPersonTable {
  planId: string;
  personId: string;
}

export interface LeaveRecordTable {
  id: Generated<string>;
  personId: string;
  kind: LeaveKind;
  startsOn: string;
  endsOn: string;
  note: Generated<string>;
  status: LeaveStatus;
  reason: Generated<string>;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface RosterSlotNeedTable {
  planId: string;
  dutyId: string;
  day: number;
  startMinute: number;
  minutes: number;
  need: number;
}

export interface RosterDemandTable {
  planId: string;
  day: number;
  shiftTemplateId: string;
  dutyId: string;
  headcount: number;
}

export interface RosterAssignmentTable {
  planId: string;
  personId: string;
  day: number;
  shiftTemplateId: string;
  dutyId: string;
}

export interface RosterTaskTable {
  id: Generated<string>;
  planId: string;
  day: number;
  dutyId: string;
  titleEn: string;
  titleZh: string;
  minutes: number;
  personId: string | null;
  unassignedReason: 'no_one_skilled_on_shift' | 'no_capacity' | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface DB {
  duty: DutyTable;
  shiftTemplate: ShiftTemplateTable;
  rosterProfile: RosterProfileTable;
  rosterPlan: RosterPlanTable;
  rosterPlanPerson: RosterPlanPersonTable;
  rosterDemand: RosterDemandTable;
  rosterSlotNeed: RosterSlotNeedTable;
  leaveRecord: LeaveRecordTable;
  rosterAssignment: RosterAssignmentTable;
  rosterTask: RosterTaskTable;
  scorecard: ScorecardTable;
  evaluation: EvaluationTable;
  evaluationVersion: EvaluationVersionTable;
  evaluationDispute: EvaluationDisputeTable;
  mysteryVisitRevision: MysteryVisitRevisionTable;
  assessmentSetting: AssessmentSettingTable;
  evaluationEvidence: EvaluationEvidenceTable;
  assessorUnit: AssessorUnitTable;
  calibrationSession: CalibrationSessionTable;
  calibrationInteraction: CalibrationInteractionTable;
  calibrationAssessor: CalibrationAssessorTable;
  calibrationScore: CalibrationScoreTable;
  assessorCertification: AssessorCertificationTable;
  evaluationCertification: EvaluationCertificationTable;
  samplingPlan: SamplingPlanTable;
  samplingPlanAssessor: SamplingPlanAssessorTable;
  samplingDraw: SamplingDrawTable;
  samplingItem: SamplingItemTable;
  checkinCadence: CheckinCadenceTable;
  checkin: CheckinTable;
  actionItem: ActionItemTable;
  feedback: FeedbackTable;
  recognition: RecognitionTable;
  rewardScheme: RewardSchemeTable;
  award: AwardTable;
  coachingPlan: CoachingPlanTable;
  coachingSession: CoachingSessionTable;
  reviewTemplate: ReviewTemplateTable;
  reviewCycle: ReviewCycleTable;
  review: ReviewTable;
  reviewRatingChange: ReviewRatingChangeTable;
  reviewInput: ReviewInputTable;
  reviewVersion: ReviewVersionTable;
  improvementPlan: ImprovementPlanTable;
  improvementPlanObjective: ImprovementPlanObjectiveTable;
  improvementPlanCheckpoint: ImprovementPlanCheckpointTable;
  course: CourseTable;
  trainingAssignment: TrainingAssignmentTable;
  reminderSent: ReminderSentTable;
  apiToken: ApiTokenTable;
  importBatch: ImportBatchTable;
  importStage: ImportStageTable;
  importStaff: ImportStaffTable;
  staffAlias: StaffAliasTable;
  importRevision: ImportRevisionTable;
  importStageRecord: ImportStageRecordTable;
  importPreset: ImportPresetTable;
  observationDaily: ObservationDailyTable;
  observationWeekly: ObservationWeeklyTable;
  policy: PolicyTable;
  policyVersion: PolicyVersionTable;
  indicator: IndicatorTable;
  observation: ObservationTable;
  target: TargetTable;
  goal: GoalTable;
  goalVersion: GoalVersionTable;
  notification: NotificationTable;
  orgUnit: OrgUnitTable;
  jobRole: JobRoleTable;
  person: PersonTable;
  appUser: AppUserTable;
  session: SessionTable;
  auditEvent: AuditEventTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type JobRoleRow = Selectable<JobRoleTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type GoalRow = Selectable<GoalTable>;
export type TargetRow = Selectable<TargetTable>;
