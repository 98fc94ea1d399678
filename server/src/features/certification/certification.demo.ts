import { permissionsOf, type Role } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addMonths } from './certification.policy.js';

const DAY = 86_400_000;

async function actorFor(services: Services, personId: string): Promise<Actor> {
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles'])
    .where('personId', '=', personId)
    .executeTakeFirstOrThrow();
  const roles: Role[] = [...u.roles];
  return {
    kind: 'user',
    userId: u.id,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

/**
 * Assessor certification, before the demo's evaluations are written (so each records whether its
 * assessor was certified then), dated from the app's clock: Patrick (E1037) names the assessor
 * course AS-501 (alpha ≥ 0.8 against the benchmark, 12 months, reminders 30 days ahead, uncertified
 * evaluations count and are marked); Queenie (E1038) was certified for the contact review four months
 * ago (course and the previous calibration round) — but not for the mystery-shop visit, so her
 * mystery-shop evaluation is marked; Kelvin (E1006) was certified for the shop-floor observation
 * eleven months and ten days ago, so his certification is expiring soon. A past record is written
 * as it stands (dated grants are not a service action).
 */
export async function seedCertificationDemo(services: Services, people: Map<string, string>): Promise<void> {
  const person = (n: string) => people.get(n)!;
  const patrick = await actorFor(services, person('E1037'));
  const course = await services.db
    .selectFrom('course')
    .select('id')
    .where('code', '=', 'AS-501')
    .executeTakeFirst();
  if (!course) return;
  await services.certification.updateSettings(patrick, {
    assessorCourseId: course.id,
    minAlpha: 0.8,
    maxBiasPoints: null,
    validityMonths: 12,
    reminderDays: 30,
    uncertifiedPolicy: 'count_marked',
  });
  const now = services.clock.now();
  const grants: [string, string, Date][] = [
    ['E1038', 'QA-CONTACT', new Date(now.getTime() - 120 * DAY)],
    ['E1006', 'FLOOR-OBS', new Date(addMonths(now, -12).getTime() + 20 * DAY)],
  ];
  for (const [who, code, grantedAt] of grants) {
    const a = await actorFor(services, person(who));
    const completedAt = new Date(grantedAt.getTime() - 7 * DAY);
    await services.db
      .insertInto('trainingAssignment')
      .values({
        courseId: course.id,
        personId: person(who),
        assignedBy: patrick.userId,
        dueOn: null,
        reason: 'Assessor certification',
        coachingPlanId: null,
        status: 'completed',
        completedAt,
        score: null,
        evidence: 'Completed the assessor course',
        passed: null,
      })
      .execute();
    await services.db
      .insertInto('assessorCertification')
      .values({
        userId: a.userId,
        scorecardCode: code,
        source: 'manual',
        grantedAt,
        expiresAt: addMonths(grantedAt, 12),
        courseCompletedAt: completedAt,
        calibrationSessionId: null,
        alpha: 0.86,
        biasPoints: 3,
        reason: 'Assessor course and the previous calibration round (alpha 0.86, bias +3 points)',
        grantedBy: patrick.userId,
        createdAt: grantedAt,
      })
      .execute();
  }
}
