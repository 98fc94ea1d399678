import { assessmentsFeature } from './assessments/assessments.feature.js';
import { calibrationFeature } from './calibration/calibration.feature.js';
import { certificationFeature } from './certification/certification.feature.js';
import { samplingFeature } from './sampling/sampling.feature.js';
import { auditFeature } from './audit/audit.feature.js';
import { authFeature } from './auth/auth.feature.js';
import { checkinsFeature } from './checkins/checkins.feature.js';
import { coachingFeature } from './coaching/coaching.feature.js';
import { improvementPlansFeature } from './improvement-plans/improvement-plans.feature.js';
import { feedbackFeature } from './feedback/feedback.feature.js';
import { goalsFeature } from './goals/goals.feature.js';
import { importsFeature } from './imports/imports.feature.js';
import { indicatorsFeature } from './indicators/indicators.feature.js';
import { monitoringFeature } from './monitoring/monitoring.feature.js';
import { notificationsFeature } from './notifications/notifications.feature.js';
import { orgFeature } from './org/org.feature.js';
import { qaReportFeature } from './qa-report/qa-report.feature.js';
import { peopleFileFeature } from './people-file/people-file.feature.js';
import { peopleFeature } from './people/people.feature.js';
import { remindersFeature } from './reminders/reminders.feature.js';
import { reviewsFeature } from './reviews/reviews.feature.js';
import { rosteringFeature } from './rostering/rostering.feature.js';
import { rewardsFeature } from './rewards/rewards.feature.js';
import { trainingFeature } from './training/training.feature.js';
import { usersFeature } from './users/users.feature.js';

/** Every feature, in the order its routes are registered. Adding a feature: its folder and one line here. */
export const FEATURES = [
  authFeature,
  orgFeature,
  peopleFeature,
  usersFeature,
  auditFeature,
  indicatorsFeature,
  goalsFeature,
  notificationsFeature,
  importsFeature,
  monitoringFeature,
  checkinsFeature,
  feedbackFeature,
  rewardsFeature,
  coachingFeature,
  improvementPlansFeature,
  trainingFeature,
  assessmentsFeature,
  calibrationFeature,
  certificationFeature,
  samplingFeature,
  qaReportFeature,
  peopleFileFeature,
  reviewsFeature,
  remindersFeature,
  rosteringFeature,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** The services all features add, by name (services.imports, services.roster, …). */
export type FeatureServices = UnionToIntersection<ReturnType<(typeof FEATURES)[number]['create']>>;
