import type { Migration } from 'kysely';
import * as m202611240600 from './202611240600_foundation.js';
import * as m202611240700 from './202611240700_indicators_goals.js';
import * as m202611300600 from './202611300600_imports_monitoring.js';
import * as m202611300700 from './202611300700_people_development.js';
import * as m202612050800 from './202612050800_goal_calendar.js';
import * as m202612060900 from './202612060900_staff_alias_scope.js';
import * as m202612070900 from './202612070900_import_retraction.js';
import * as m202612080900 from './202612080900_assessments.js';
import * as m202612081000 from './202612081000_calibration.js';
import * as m202612090900 from './202612090900_assessment_sampling.js';
import * as m202612091000 from './202612091000_assessor_certification.js';
import * as m202612091100 from './202612091100_assessment_reports.js';
import * as m202612091200 from './202612091200_mystery_shop.js';
import * as m202612091300 from './202612091300_evaluation_evidence.js';
import * as m202612091400 from './202612091400_observation_weekly.js';
import * as m202612100900 from './202612100900_observation_write_path.js';
import * as m202612110900 from './202612110900_improvement_plans.js';
import * as m202612111000 from './202612111000_reviews.js';
import * as m202612111100 from './202612111100_review_versions_inputs.js';
import * as m202612121000 from './202612121000_rostering.js';
import * as m202612121100 from './202612121100_roster_tasks.js';
import * as m202612121200 from './202612121200_duty_qualifications.js';
import * as m202612130900 from './202612130900_roster_slot_needs.js';
import * as m202612130910 from './202612130910_leave.js';

/**
 * Forward-only migrations, in order. Never edit one that has been merged; add a new file.
 * Listed here (not read from the folder) so the same list runs from tsx, tests and a bundle.
 */
export const migrations: Record<string, Migration> = {
  '202611240600_foundation': m202611240600,
  '202611240700_indicators_goals': m202611240700,
  '202611300600_imports_monitoring': m202611300600,
  '202611300700_people_development': m202611300700,
  '202612050800_goal_calendar': m202612050800,
  '202612060900_staff_alias_scope': m202612060900,
  '202612070900_import_retraction': m202612070900,
  '202612080900_assessments': m202612080900,
  '202612081000_calibration': m202612081000,
  '202612090900_assessment_sampling': m202612090900,
  '202612091000_assessor_certification': m202612091000,
  '202612091100_assessment_reports': m202612091100,
  '202612091200_mystery_shop': m202612091200,
  '202612091300_evaluation_evidence': m202612091300,
  '202612091400_observation_weekly': m202612091400,
  '202612100900_observation_write_path': m202612100900,
  '202612110900_improvement_plans': m202612110900,
  '202612111000_reviews': m202612111000,
  '202612111100_review_versions_inputs': m202612111100,
  '202612121000_rostering': m202612121000,
  '202612121100_roster_tasks': m202612121100,
  '202612121200_duty_qualifications': m202612121200,
  '202612130900_roster_slot_needs': m202612130900,
  '202612130910_leave': m202612130910,
};
