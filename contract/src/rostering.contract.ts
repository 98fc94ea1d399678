import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Line, Real, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint, FileResponse } from './endpoint.js';

/**
 * Contract for work allocation (LOSASM501B "Assign work"): the duties a site must cover with their
 * performance standard, outputs and indicators; the shift templates of a site; each person's contract,
 * skills, unavailable days and preferences; roster plans with the headcount each duty needs per day
 * and shift (entered, or derived by Erlang C from the queue's imported volumes and handle times), the
 * optimiser (HiGHS in a worker thread: progress, cancel, gap, conflicting rules in words), edits with
 * their rule warnings, publishing, and "My roster" with its calendar (.ics) file.
 */

export const ROSTER_PLAN_STATUSES = ['draft', 'published'] as const;
export type RosterPlanStatus = (typeof ROSTER_PLAN_STATUSES)[number];
export const LEAVE_KINDS = ['annual', 'sick', 'training', 'other'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];
export const LEAVE_STATUSES = ['requested', 'approved', 'declined', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export const ROSTER_SOLVE_STATES = ['idle', 'running', 'done', 'cancelled', 'failed'] as const;
export type RosterSolveState = (typeof ROSTER_SOLVE_STATES)[number];
/** What the optimiser concluded (server/src/features/rostering/solver/solve-here.ts). */
export const ROSTER_SOLVE_OUTCOMES = [
  'optimal',
  'feasible',
  'infeasible',
  'no-roster-found',
  'cancelled',
] as const;
export type RosterSolveOutcome = (typeof ROSTER_SOLVE_OUTCOMES)[number];
/** The hard rules of a roster (solver/rules.ts), each said in words by the web from its code. */
export const ROSTER_RULES = [
  'roster-shape',
  'forbidden-succession',
  'max-shifts',
  'min-total-minutes',
  'max-total-minutes',
  'max-consecutive-shifts',
  'min-consecutive-shifts',
  'min-consecutive-days-off',
  'max-weekends',
  'day-off',
] as const;
export type RosterRule = (typeof ROSTER_RULES)[number];

const NullableUuid = Type.Union([Uuid, Type.Null()]);
/** Minutes from midnight, 0–1440 (a shift may end after midnight: end < start). */
const Minute = Type.Integer({ minimum: 0, maximum: 1440 });
const Money = Real({ minimum: 0, maximum: 100_000 });

// ---------------------------------------------------------------- duties and shift templates

export const DutyInput = Type.Object(
  {
    unitId: Uuid,
    code: Line({ minLength: 1, maxLength: 40 }),
    nameEn: Line({ minLength: 1, maxLength: 120 }),
    nameZh: Line({ minLength: 1, maxLength: 120 }),
    /** Lowest skill level (1–3) a person needs on this duty. */
    minLevel: Type.Integer({ minimum: 1, maximum: 3 }),
    /** The performance standard of the duty (linked to the job role's standard). */
    standard: Text({ maxLength: 4000 }),
    /** The work outputs expected on a shift of this duty. */
    outputs: Text({ maxLength: 4000 }),
    /** Indicators the duty is measured by. */
    indicatorIds: Type.Array(Uuid, { maxItems: 10 }),
    /** Completing one of these courses (passed, or no pass mark) makes a person 2 · competent. */
    trainingCourseIds: Type.Optional(Type.Array(Uuid, { maxItems: 10 })),
    /**
     * The latest released assessment on one of these scorecards (any version), within the year
     * before, at or above `assessmentPassPercent`, makes a person 3 · expert.
     */
    assessmentScorecardIds: Type.Optional(Type.Array(Uuid, { maxItems: 10 })),
    assessmentPassPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type DutyInput = Static<typeof DutyInput>;

export const Duty = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.String(),
  minLevel: Type.Integer(),
  standard: Type.String(),
  outputs: Type.String(),
  indicatorIds: Type.Array(Uuid),
  indicatorCodes: Type.Array(Type.String()),
  trainingCourseIds: Type.Array(Uuid),
  assessmentScorecardIds: Type.Array(Uuid),
  assessmentPassPercent: Type.Integer(),
});
export type Duty = Static<typeof Duty>;

/** A skill level a person has from their records rather than set by hand. */
export const DerivedSkill = Type.Object({
  dutyId: Uuid,
  level: Type.Integer(),
  source: StringEnum(['training', 'assessment'] as const),
  /** The course's or scorecard's code. */
  evidence: Type.String(),
  /** When the course was completed or the assessment took place. */
  on: IsoDate,
  /** The assessment's score, in percent (null for training). */
  percent: Type.Union([Type.Number(), Type.Null()]),
});
export type DerivedSkill = Static<typeof DerivedSkill>;

export const ShiftTemplateInput = Type.Object(
  {
    unitId: Uuid,
    code: Line({ minLength: 1, maxLength: 40 }),
    nameEn: Line({ minLength: 1, maxLength: 120 }),
    nameZh: Line({ minLength: 1, maxLength: 120 }),
    startMinute: Minute,
    /** Before or equal to the start: the shift ends the next day. */
    endMinute: Minute,
    /** Unpaid break within the shift. */
    breakMinutes: Type.Integer({ minimum: 0, maximum: 240 }),
  },
  { additionalProperties: false },
);
export type ShiftTemplateInput = Static<typeof ShiftTemplateInput>;

export const ShiftTemplate = Type.Object({
  id: Uuid,
  unitId: Uuid,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.String(),
  startMinute: Type.Integer(),
  endMinute: Type.Integer(),
  breakMinutes: Type.Integer(),
  /** Paid minutes: length less the break. */
  paidMinutes: Type.Integer(),
});
export type ShiftTemplate = Static<typeof ShiftTemplate>;

export const UnitQuery = Type.Object({ unitId: Type.Optional(Uuid) }, { additionalProperties: false });
export type UnitQuery = Static<typeof UnitQuery>;

// ---------------------------------------------------------------- people: contract, skills, availability

export const RosterPreferenceInput = Type.Object(
  {
    /** 0 = Monday … 6 = Sunday. */
    weekday: Type.Integer({ minimum: 0, maximum: 6 }),
    /** A shift template, or null for the whole day. */
    shiftTemplateId: NullableUuid,
    kind: StringEnum(['want', 'avoid'] as const),
    weight: Type.Integer({ minimum: 1, maximum: 10 }),
  },
  { additionalProperties: false },
);
export type RosterPreferenceInput = Static<typeof RosterPreferenceInput>;

/** A preference as read back. */
export const RosterPreference = Type.Object({
  weekday: Type.Integer(),
  shiftTemplateId: NullableUuid,
  kind: StringEnum(['want', 'avoid'] as const),
  weight: Type.Integer(),
});

export const RosterProfileInput = Type.Object(
  {
    minWeekHours: Real({ minimum: 0, maximum: 80 }),
    maxWeekHours: Real({ minimum: 0, maximum: 80 }),
    /** At most 6: a rest day in every seven (Employment Ordinance, Cap. 57, s. 17). */
    maxConsecutiveDays: Type.Integer({ minimum: 1, maximum: 6 }),
    minRestHours: Real({ minimum: 0, maximum: 24 }),
    hourlyCost: Money,
    /** Multiplier for hours above the week's maximum contract hours, e.g. 1.5. */
    overtimePremium: Real({ minimum: 1, maximum: 3 }),
    skills: Type.Array(
      Type.Object(
        { dutyId: Uuid, level: Type.Integer({ minimum: 1, maximum: 3 }) },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    unavailableDates: Type.Array(IsoDate, { maxItems: 400 }),
    preferences: Type.Array(RosterPreferenceInput, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type RosterProfileInput = Static<typeof RosterProfileInput>;

export const RosterProfile = Type.Object({
  personId: Uuid,
  personName: Type.String(),
  /** False: the defaults below, never saved. */
  saved: Type.Boolean(),
  minWeekHours: Type.Number(),
  maxWeekHours: Type.Number(),
  maxConsecutiveDays: Type.Integer(),
  minRestHours: Type.Number(),
  hourlyCost: Type.Number(),
  overtimePremium: Type.Number(),
  skills: Type.Array(Type.Object({ dutyId: Uuid, level: Type.Integer() })),
  /** Levels from training completed and assessments passed; the plan uses the higher of these and `skills`. */
  derivedSkills: Type.Array(DerivedSkill),
  unavailableDates: Type.Array(IsoDate),
  preferences: Type.Array(RosterPreference),
});
export type RosterProfile = Static<typeof RosterProfile>;

export const PersonParams = Type.Object({ personId: Uuid }, { additionalProperties: false });
export type PersonParams = Static<typeof PersonParams>;

// ---------------------------------------------------------------- plans

export const CreateRosterPlanBody = Type.Object(
  {
    unitId: Uuid,
    name: Line({ minLength: 1, maxLength: 120 }),
    /** A Monday. */
    startsOn: IsoDate,
    weeks: Type.Integer({ minimum: 1, maximum: 6 }),
    /** Default: the creator's reports (direct and indirect) who have a saved roster profile. */
    personIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 400 })),
  },
  { additionalProperties: false },
);
export type CreateRosterPlanBody = Static<typeof CreateRosterPlanBody>;

export const DemandCell = Type.Object(
  {
    /** Day of the plan, 0 = its first Monday. */
    day: Type.Integer({ minimum: 0, maximum: 41 }),
    shiftTemplateId: Uuid,
    dutyId: Uuid,
    headcount: Type.Integer({ minimum: 0, maximum: 500 }),
  },
  { additionalProperties: false },
);
export type DemandCell = Static<typeof DemandCell>;

export const SetDemandBody = Type.Object(
  { version: Type.Integer({ minimum: 0 }), cells: Type.Array(DemandCell, { maxItems: 20_000 }) },
  { additionalProperties: false },
);
export type SetDemandBody = Static<typeof SetDemandBody>;

/** Copy another plan's first week of demand, weekday by weekday, over this plan's weeks. */
export const CopyDemandBody = Type.Object(
  { version: Type.Integer({ minimum: 0 }), fromPlanId: Uuid },
  { additionalProperties: false },
);
export type CopyDemandBody = Static<typeof CopyDemandBody>;

/**
 * Leave for a person: requested by the person (their leader approves or declines it) or recorded by
 * their leader (approved at once). Approved leave makes its days unavailable in roster plans.
 */
export const LeaveInput = Type.Object(
  {
    personId: Uuid,
    kind: StringEnum(LEAVE_KINDS),
    startsOn: IsoDate,
    endsOn: IsoDate,
    note: Text({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type LeaveInput = Static<typeof LeaveInput>;

export const LeaveDecisionBody = Type.Object(
  { decision: StringEnum(['approve', 'decline'] as const), reason: Text({ maxLength: 1000 }) },
  { additionalProperties: false },
);
export type LeaveDecisionBody = Static<typeof LeaveDecisionBody>;

export const LeaveQuery = Type.Object(
  {
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(LEAVE_STATUSES)),
    /** Only one's people's leave, not one's own (a leader's list). */
    team: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type LeaveQuery = Static<typeof LeaveQuery>;

export const Leave = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  kind: StringEnum(LEAVE_KINDS),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** Calendar days from the first to the last, both included. */
  days: Type.Integer(),
  note: Type.String(),
  status: StringEnum(LEAVE_STATUSES),
  reason: Type.String(),
  decidedByName: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
  /** Whether the reader may approve or decline it (a request by one of their people). */
  canDecide: Type.Boolean(),
  /** Whether the reader may cancel it (their own, or one of their people's, not yet over). */
  canCancel: Type.Boolean(),
});
export type Leave = Static<typeof Leave>;

/** People a duty needs in each slot from `fromMinute` to `toMinute` on each of `days` (plan days, 0 = its first Monday). */
export const SlotNeedRange = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 0, maximum: 41 }), { minItems: 1, maxItems: 42 }),
    fromMinute: Minute,
    toMinute: Minute,
    need: Type.Integer({ minimum: 0, maximum: 500 }),
  },
  { additionalProperties: false },
);
export type SlotNeedRange = Static<typeof SlotNeedRange>;

/**
 * Replace one duty's demand with its need per time slot: the ranges give each slot's need (a slot in
 * no range needs nobody), and the duty's demand per shift becomes the fewest people per shift that meet
 * every slot. Ranges may not overlap on a day, and their times fall on the slot length.
 */
export const SetSlotNeedsBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    dutyId: Uuid,
    slotMinutes: Type.Union([Type.Literal(15), Type.Literal(30), Type.Literal(60)]),
    ranges: Type.Array(SlotNeedRange, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type SetSlotNeedsBody = Static<typeof SetSlotNeedsBody>;

/**
 * Demand for a queue duty derived with Erlang C: the weekday volumes and the handle time are the
 * average of the last `weeksOfHistory` whole weeks of the indicator's imported figures for the plan's
 * people (the AHT indicator: handle seconds over contacts handled), up to the day before the plan or
 * to yesterday if the plan starts later, spread flat over the opening hours.
 */
export const DeriveDemandBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    dutyId: Uuid,
    method: StringEnum(['erlang_c', 'store_ratio'] as const),
    /** The indicator whose denominators are the volume (contacts, or transactions for a store). */
    indicatorId: Uuid,
    weeksOfHistory: Type.Integer({ minimum: 1, maximum: 12 }),
    openMinute: Minute,
    closeMinute: Minute,
    slotMinutes: Type.Union([Type.Literal(15), Type.Literal(30), Type.Literal(60)]),
    /** Erlang C: share answered within `answerWithinSeconds`, e.g. 0.8 and 20. */
    serviceLevel: Type.Optional(Real({ minimum: 0.01, maximum: 0.99 })),
    answerWithinSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600 })),
    maxOccupancy: Type.Optional(Real({ minimum: 0.3, maximum: 1 })),
    shrinkage: Type.Optional(Real({ minimum: 0, maximum: 0.6 })),
    /** Store ratio: transactions one person handles per hour. */
    transactionsPerStaffHour: Type.Optional(Real({ minimum: 0.1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type DeriveDemandBody = Static<typeof DeriveDemandBody>;

/** The calculation behind derived demand, to show. */
export const DemandDerivation = Type.Object({
  method: StringEnum(['erlang_c', 'store_ratio'] as const),
  dutyId: Uuid,
  indicatorCode: Type.String(),
  historyFrom: IsoDate,
  historyTo: IsoDate,
  /** Average volume per weekday (Monday first) over the history. */
  volumeByWeekday: Type.Array(Type.Number()),
  /** Erlang C: the average handle time over the history (ratio of sums). */
  ahtSeconds: Type.Union([Type.Number(), Type.Null()]),
  slotMinutes: Type.Integer(),
  serviceLevel: Type.Union([Type.Number(), Type.Null()]),
  answerWithinSeconds: Type.Union([Type.Integer(), Type.Null()]),
  /** One weekday's slots (Monday's, or the busiest weekday's), with the figures per slot. */
  sampleWeekday: Type.Integer(),
  slots: Type.Array(
    Type.Object({
      startMinute: Type.Integer(),
      volume: Type.Number(),
      trafficErlangs: Type.Union([Type.Number(), Type.Null()]),
      need: Type.Integer(),
      serviceLevel: Type.Union([Type.Number(), Type.Null()]),
      occupancy: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  /** Slots no shift template covers. */
  uncoveredSlots: Type.Integer(),
});
export type DemandDerivation = Static<typeof DemandDerivation>;

export const RosterAssignment = Type.Object({
  personId: Uuid,
  day: Type.Integer(),
  shiftTemplateId: Uuid,
  dutyId: Uuid,
});
export type RosterAssignment = Static<typeof RosterAssignment>;

export const SetAssignmentBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    personId: Uuid,
    day: Type.Integer({ minimum: 0, maximum: 41 }),
    /** Both null: the person is off that day. */
    shiftTemplateId: NullableUuid,
    dutyId: NullableUuid,
  },
  { additionalProperties: false },
);
export type SetAssignmentBody = Static<typeof SetAssignmentBody>;

export const TASK_UNASSIGNED_REASONS = ['no_one_skilled_on_shift', 'no_capacity'] as const;

/** A non-shift task (returns to process, call-backs…): a day, the duty whose level it needs, its minutes. */
export const RosterTaskInput = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    day: Type.Integer({ minimum: 0, maximum: 41 }),
    dutyId: Uuid,
    titleEn: Line({ minLength: 1, maxLength: 200 }),
    titleZh: Line({ minLength: 1, maxLength: 200 }),
    minutes: Type.Integer({ minimum: 5, maximum: 600 }),
  },
  { additionalProperties: false },
);
export type RosterTaskInput = Static<typeof RosterTaskInput>;

export const RosterTask = Type.Object({
  id: Uuid,
  day: Type.Integer(),
  dutyId: Uuid,
  titleEn: Type.String(),
  titleZh: Type.String(),
  minutes: Type.Integer(),
  /** Who does it (null: not assigned yet, or nobody could: see unassignedReason). */
  personId: Type.Union([Uuid, Type.Null()]),
  personName: Type.Union([Type.String(), Type.Null()]),
  unassignedReason: Type.Union([StringEnum(TASK_UNASSIGNED_REASONS), Type.Null()]),
});
export type RosterTask = Static<typeof RosterTask>;

export const VersionBody = Type.Object(
  { version: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type VersionBody = Static<typeof VersionBody>;

export const SolveBody = Type.Object(
  { version: Type.Integer({ minimum: 0 }), timeLimitSeconds: Type.Integer({ minimum: 1, maximum: 600 }) },
  { additionalProperties: false },
);
export type SolveBody = Static<typeof SolveBody>;

/** A hard rule the roster breaks: `rule` and `params` make the words (en, zh-Hant) in the web. */
export const RosterWarning = Type.Object({
  rule: StringEnum(ROSTER_RULES),
  personId: Type.Union([Uuid, Type.Null()]),
  personName: Type.Union([Type.String(), Type.Null()]),
  day: Type.Union([Type.Integer(), Type.Null()]),
  /** The figures the words need (e.g. limit, actual). */
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  message: Type.String(),
});
export type RosterWarning = Static<typeof RosterWarning>;

export const RosterSolve = Type.Object({
  state: StringEnum(ROSTER_SOLVE_STATES),
  outcome: Type.Union([StringEnum(ROSTER_SOLVE_OUTCOMES), Type.Null()]),
  phase: Type.Union([Type.String(), Type.Null()]),
  seconds: Type.Number(),
  timeLimitSeconds: Type.Integer(),
  objective: Type.Union([Type.Number(), Type.Null()]),
  bound: Type.Union([Type.Number(), Type.Null()]),
  /** Relative optimality gap, 0–1. */
  gap: Type.Union([Type.Number(), Type.Null()]),
  startedAt: Type.Union([IsoDateTime, Type.Null()]),
  finishedAt: Type.Union([IsoDateTime, Type.Null()]),
  /** When no roster keeps every rule: the rules that cannot all hold, in words. */
  conflicts: Type.Array(Type.Object({ rule: Type.String(), message: Type.String() })),
});
export type RosterSolve = Static<typeof RosterSolve>;

/** A plan's solve before the optimiser has ever run on it (the server's default, the web's fixtures). */
export const IDLE_ROSTER_SOLVE: RosterSolve = {
  state: 'idle',
  outcome: null,
  phase: null,
  seconds: 0,
  timeLimitSeconds: 0,
  objective: null,
  bound: null,
  gap: null,
  startedAt: null,
  finishedAt: null,
  conflicts: [],
};

/** Time kept off the floor during the plan for coaching or training (out of the rostered hours). */
export const RosterKeptTime = Type.Object({
  kind: Type.Union([
    Type.Literal('training'),
    Type.Literal('checkin'),
    Type.Literal('coaching'),
    Type.Literal('leave'),
  ]),
  date: IsoDate,
  /** Local start (HH:MM) of a check-in; null for a course due or a coaching follow-up. */
  time: Type.Union([Type.String(), Type.Null()]),
  minutes: Type.Integer(),
  titleEn: Type.Union([Type.String(), Type.Null()]),
  titleZh: Type.Union([Type.String(), Type.Null()]),
});
export type RosterKeptTime = Static<typeof RosterKeptTime>;

export const RosterPlanPerson = Type.Object({
  personId: Uuid,
  personName: Type.String(),
  minWeekHours: Type.Number(),
  maxWeekHours: Type.Number(),
  /** Paid hours rostered over the plan. */
  hours: Type.Number(),
  /** Labour cost of those hours, overtime premium included. */
  cost: Type.Number(),
  weekendsWorked: Type.Integer(),
  /** Shifts of the plan's unpopular templates worked (see RosterPlan.unpopularShiftTemplateIds). */
  unpopularShifts: Type.Integer(),
  unavailableDays: Type.Array(Type.Integer()),
  skills: Type.Array(Type.Object({ dutyId: Uuid, level: Type.Integer() })),
  /** Courses due, check-ins and coaching follow-ups in the plan; their time is not rostered. */
  keptTime: Type.Array(RosterKeptTime),
});
export type RosterPlanPerson = Static<typeof RosterPlanPerson>;

export const RosterCoverage = Type.Object({
  day: Type.Integer(),
  shiftTemplateId: Uuid,
  dutyId: Uuid,
  need: Type.Integer(),
  assigned: Type.Integer(),
});
export type RosterCoverage = Static<typeof RosterCoverage>;

/** A duty's need in one time slot against the people on that duty whose shift spans the whole slot. */
export const RosterSlotCoverage = Type.Object({
  dutyId: Uuid,
  day: Type.Integer(),
  startMinute: Type.Integer(),
  slotMinutes: Type.Integer(),
  need: Type.Integer(),
  onDuty: Type.Integer(),
});
export type RosterSlotCoverage = Static<typeof RosterSlotCoverage>;

export const RosterPlanSummary = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  unitNameZh: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  startsOn: IsoDate,
  days: Type.Integer(),
  status: StringEnum(ROSTER_PLAN_STATUSES),
  version: Type.Integer(),
  ownerName: Type.String(),
  publishedAt: Type.Union([IsoDateTime, Type.Null()]),
  updatedAt: IsoDateTime,
});
export type RosterPlanSummary = Static<typeof RosterPlanSummary>;

export const RosterPlan = Type.Object({
  ...RosterPlanSummary.properties,
  duties: Type.Array(Duty),
  shiftTemplates: Type.Array(ShiftTemplate),
  people: Type.Array(RosterPlanPerson),
  demand: Type.Array(DemandCell),
  assignments: Type.Array(RosterAssignment),
  tasks: Type.Array(RosterTask),
  coverage: Type.Array(RosterCoverage),
  /** Per time slot, for the duties whose demand is kept per slot (entered per slot or derived). */
  slotCoverage: Type.Array(RosterSlotCoverage),
  /** Hard rules the current roster breaks (after a manual edit, say). */
  warnings: Type.Array(RosterWarning),
  totals: Type.Object({
    hours: Type.Number(),
    cost: Type.Number(),
    /** Headcount short of demand, summed over days, shifts and duties. */
    shortfall: Type.Integer(),
    surplus: Type.Integer(),
    /** Spread of hours against contract: largest minus smallest share of each person's weekly maximum. */
    hoursSpread: Type.Number(),
    /** Most minus fewest weekends worked. */
    weekendSpread: Type.Integer(),
    /** Most minus fewest unpopular shifts worked. */
    unpopularSpread: Type.Integer(),
  }),
  /**
   * Templates counted as unpopular (unsocial hours, or avoided by a third of the people); the
   * optimiser keeps the spreads of hours, weekends and these shifts small.
   */
  unpopularShiftTemplateIds: Type.Array(Type.String()),
  lastDerivation: Type.Union([DemandDerivation, Type.Null()]),
  solve: RosterSolve,
});
export type RosterPlan = Static<typeof RosterPlan>;

export const CompareQuery = Type.Object({ with: Uuid }, { additionalProperties: false });
export type CompareQuery = Static<typeof CompareQuery>;

/** Two plans side by side (two drafts of the same weeks, say): totals, each person's hours and cost, shifts that differ. */
export const RosterComparison = Type.Object({
  plans: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      status: StringEnum(ROSTER_PLAN_STATUSES),
      totals: RosterPlan.properties.totals,
      warnings: Type.Integer(),
    }),
  ),
  people: Type.Array(
    Type.Object({
      personId: Uuid,
      personName: Type.String(),
      /** Hours and cost in each plan (null: not in that plan). */
      hours: Type.Array(Type.Union([Type.Number(), Type.Null()])),
      cost: Type.Array(Type.Union([Type.Number(), Type.Null()])),
    }),
  ),
  /** Person-days whose shift differs between the plans (by day of the plan). */
  differentShifts: Type.Integer(),
});
export type RosterComparison = Static<typeof RosterComparison>;

// ---------------------------------------------------------------- my roster

export const MyRosterQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
export type MyRosterQuery = Static<typeof MyRosterQuery>;

export const MyShift = Type.Object({
  date: IsoDate,
  /** Start and end as instants (the organisation's time zone applied). */
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  shiftNameEn: Type.String(),
  shiftNameZh: Type.String(),
  dutyNameEn: Type.String(),
  dutyNameZh: Type.String(),
  unitName: Type.String(),
  unitNameZh: Type.Union([Type.String(), Type.Null()]),
  planId: Uuid,
  /** Non-shift tasks given to me on that day. */
  tasks: Type.Array(Type.Object({ titleEn: Type.String(), titleZh: Type.String(), minutes: Type.Integer() })),
});
export type MyShift = Static<typeof MyShift>;

export const MyRoster = Type.Object({ from: IsoDate, to: IsoDate, shifts: Type.Array(MyShift) });

/** My own roster preferences: the days and shifts I want or would rather avoid, with weights. */
export const MyRosterPreferences = Type.Object({
  preferences: Type.Array(RosterPreference),
  /** The shift templates of my site, to choose from. */
  shiftTemplates: Type.Array(ShiftTemplate),
});
export type MyRosterPreferences = Static<typeof MyRosterPreferences>;

export const MyRosterPreferencesInput = Type.Object(
  { preferences: Type.Array(RosterPreferenceInput, { maxItems: 50 }) },
  { additionalProperties: false },
);
export type MyRosterPreferencesInput = Static<typeof MyRosterPreferencesInput>;
export type MyRoster = Static<typeof MyRoster>;

export const MyRosterIcsQuery = Type.Object(
  { lang: Type.Optional(StringEnum(['en', 'zh-Hant'] as const)) },
  { additionalProperties: false },
);
export type MyRosterIcsQuery = Static<typeof MyRosterIcsQuery>;

export const RosterIcs = FileResponse(
  'text/calendar',
  'My published shifts as an iCalendar file (RFC 5545)',
  Type.Unsafe<string>({ type: 'string' }),
);

/**
 * Work allocation. Duties, shift templates, profiles and plans are the leader side's
 * (rosters.manage); a plan is seen by its owner, the owner's reporting line and HR (others 404);
 * a person's profile by the person and their reporting line; My roster by everyone, for themself.
 */
export const rosteringEndpoints = {
  duties: endpoint({
    method: 'GET',
    path: '/api/v1/duties',
    access: 'rosters.manage',
    summary: 'List the duties of a site (or of all sites)',
    query: UnitQuery,
    response: Type.Array(Duty),
  }),
  createDuty: endpoint({
    method: 'POST',
    path: '/api/v1/duties',
    access: 'rosters.manage',
    summary: 'Add a duty to a site',
    body: DutyInput,
    response: Duty,
    status: 201,
  }),
  updateDuty: endpoint({
    method: 'PUT',
    path: '/api/v1/duties/:id',
    access: 'rosters.manage',
    summary: 'Change a duty',
    params: IdParams,
    body: DutyInput,
    response: Duty,
  }),
  shiftTemplates: endpoint({
    method: 'GET',
    path: '/api/v1/shift-templates',
    access: 'rosters.manage',
    summary: 'List the shift templates of a site (or of all sites)',
    query: UnitQuery,
    response: Type.Array(ShiftTemplate),
  }),
  createShiftTemplate: endpoint({
    method: 'POST',
    path: '/api/v1/shift-templates',
    access: 'rosters.manage',
    summary: 'Add a shift template to a site',
    body: ShiftTemplateInput,
    response: ShiftTemplate,
    status: 201,
  }),
  profile: endpoint({
    method: 'GET',
    path: '/api/v1/roster-profiles/:personId',
    access: 'authenticated',
    summary: "A person's contract, skills, unavailable days and preferences",
    params: PersonParams,
    response: RosterProfile,
  }),
  setProfile: endpoint({
    method: 'PUT',
    path: '/api/v1/roster-profiles/:personId',
    access: 'rosters.manage',
    summary: "Set a person's contract, skills, unavailable days and preferences",
    params: PersonParams,
    body: RosterProfileInput,
    response: RosterProfile,
  }),
  plans: endpoint({
    method: 'GET',
    path: '/api/v1/roster-plans',
    access: 'rosters.manage',
    summary: 'List roster plans',
    response: Type.Array(RosterPlanSummary),
  }),
  createPlan: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans',
    access: 'rosters.manage',
    summary: 'Start a draft roster plan',
    body: CreateRosterPlanBody,
    response: RosterPlan,
    status: 201,
  }),
  plan: endpoint({
    method: 'GET',
    path: '/api/v1/roster-plans/:id',
    access: 'rosters.manage',
    summary: 'A roster plan: demand, assignments, coverage, totals, warnings and the solve',
    params: IdParams,
    response: RosterPlan,
  }),
  setDemand: endpoint({
    method: 'PUT',
    path: '/api/v1/roster-plans/:id/demand',
    access: 'rosters.manage',
    summary: 'Replace the headcount each duty needs per day and shift',
    params: IdParams,
    body: SetDemandBody,
    response: RosterPlan,
  }),
  copyDemand: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/demand/copy',
    access: 'rosters.manage',
    summary:
      "Replace the demand with another plan's first week of the same site, weekday by weekday (a weekly pattern)",
    params: IdParams,
    body: CopyDemandBody,
    response: RosterPlan,
  }),
  setSlotNeeds: endpoint({
    method: 'PUT',
    path: '/api/v1/roster-plans/:id/slot-needs',
    access: 'rosters.manage',
    summary:
      "Replace one duty's need per 15-, 30- or 60-minute slot; its demand per shift is worked out from it",
    params: IdParams,
    body: SetSlotNeedsBody,
    response: RosterPlan,
  }),
  deriveDemand: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/demand/derive',
    access: 'rosters.manage',
    summary:
      "Derive a duty's demand from imported volumes (Erlang C or a staffing ratio), with the calculation",
    params: IdParams,
    body: DeriveDemandBody,
    response: RosterPlan,
  }),
  setAssignment: endpoint({
    method: 'PUT',
    path: '/api/v1/roster-plans/:id/assignments',
    access: 'rosters.manage',
    summary: "Set one person's shift on one day by hand (the answer's warnings say which rules it breaks)",
    params: IdParams,
    body: SetAssignmentBody,
    response: RosterPlan,
  }),
  solve: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/solve',
    access: 'rosters.manage',
    summary: 'Start the optimiser on the plan (runs in the background; read its progress on the plan)',
    params: IdParams,
    body: SolveBody,
    response: RosterPlan,
    status: 202,
  }),
  cancelSolve: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/solve/cancel',
    access: 'rosters.manage',
    summary: 'Stop the optimiser; the last saved roster stays as it was',
    params: IdParams,
    response: RosterPlan,
  }),
  addTask: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/tasks',
    access: 'rosters.manage',
    summary: 'Add a non-shift task to a day of the plan (returns to process, call-backs…)',
    params: IdParams,
    body: RosterTaskInput,
    response: RosterPlan,
    status: 201,
  }),
  assignTasks: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/tasks/assign',
    access: 'rosters.manage',
    summary: "Give each task to someone on shift that day with the duty's level and spare time",
    params: IdParams,
    body: VersionBody,
    response: RosterPlan,
  }),
  publish: endpoint({
    method: 'POST',
    path: '/api/v1/roster-plans/:id/publish',
    access: 'rosters.manage',
    summary: 'Publish the plan: each person is notified and sees their shifts',
    params: IdParams,
    body: VersionBody,
    response: RosterPlan,
  }),
  compare: endpoint({
    method: 'GET',
    path: '/api/v1/roster-plans/:id/compare',
    access: 'rosters.manage',
    summary: 'Compare the plan with another one: totals, hours and cost per person, shifts that differ',
    params: IdParams,
    query: CompareQuery,
    response: RosterComparison,
  }),
  leave: endpoint({
    method: 'GET',
    path: '/api/v1/leave',
    access: 'authenticated',
    summary: "Leave one may see: one's own and, for a leader, their people's (a person's with personId)",
    query: LeaveQuery,
    response: Type.Array(Leave),
  }),
  requestLeave: endpoint({
    method: 'POST',
    path: '/api/v1/leave',
    access: 'authenticated',
    summary: "Request one's own leave, or record a person's leave as their leader (approved at once)",
    body: LeaveInput,
    response: Leave,
    status: 201,
  }),
  decideLeave: endpoint({
    method: 'POST',
    path: '/api/v1/leave/:id/decision',
    access: 'rosters.manage',
    summary: "Approve or decline a leave request of one's people",
    params: IdParams,
    body: LeaveDecisionBody,
    response: Leave,
  }),
  cancelLeave: endpoint({
    method: 'POST',
    path: '/api/v1/leave/:id/cancel',
    access: 'authenticated',
    summary: "Cancel leave that has not ended: one's own, or one's people's",
    params: IdParams,
    response: Leave,
  }),
  myRoster: endpoint({
    method: 'GET',
    path: '/api/v1/my-roster',
    access: 'authenticated',
    summary: 'My published shifts (default: the next 28 days)',
    query: MyRosterQuery,
    response: MyRoster,
  }),
  myRosterIcs: endpoint({
    method: 'GET',
    path: '/api/v1/my-roster/ics',
    access: 'authenticated',
    summary: 'My published shifts as a calendar file (.ics)',
    query: MyRosterIcsQuery,
    response: RosterIcs,
  }),
  myPreferences: endpoint({
    method: 'GET',
    path: '/api/v1/my-roster/preferences',
    access: 'authenticated',
    summary: 'My roster preferences, and the shifts of my site to choose from',
    response: MyRosterPreferences,
  }),
  setMyPreferences: endpoint({
    method: 'PUT',
    path: '/api/v1/my-roster/preferences',
    access: 'authenticated',
    summary: 'Set my roster preferences (once my leader has set up my roster profile)',
    body: MyRosterPreferencesInput,
    response: MyRosterPreferences,
  }),
};
