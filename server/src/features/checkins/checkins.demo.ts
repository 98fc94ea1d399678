import { permissionsOf } from '@frontline/contract';
import type { Services } from '../../app.js';
import { systemActor, type Actor } from '../../access/actor.js';
import { DEMO_PEOPLE } from '../../db/seed/demo-data.js';
import { addDays, zonedInstant } from '../../lib/calendar.js';

const DAY = 86_400_000;

const SHARED = [
  'Went through last month’s customer comments. Agreed to greet every customer within 10 seconds, even at the till.',
  'Reviewed the returns queue. Good progress on first-contact resolution; keep confirming the need before offering a solution.',
];
const PRIVATE = [
  'Ready for more responsibility: consider as buddy for the new joiners.',
  'Seemed tired; check the roster and weekend shifts next time.',
];

/**
 * Demo check-ins for the demo organisation: for the first two supervisors, three of their reports
 * each get a 14-day cadence and one of: a check-in held 10 days ago (ok) with action items, one held
 * 20 days ago with an overdue item (overdue), or none held and one planned in two days (due).
 */
export async function seedCheckinsDemo(services: Services, people: Map<string, string>): Promise<void> {
  const db = services.db;
  const sys = systemActor('demo seed');
  const now = services.calendar.now();
  const today = services.calendar.today();
  const supervisors = DEMO_PEOPLE.filter((p) => p.roles.includes('supervisor') && p.status !== 'left').slice(
    0,
    2,
  );
  for (const sup of supervisors) {
    const supId = people.get(sup.employeeNumber);
    if (!supId) continue;
    const supUser = await db
      .selectFrom('appUser')
      .select(['id', 'roles'])
      .where('personId', '=', supId)
      .executeTakeFirst();
    const reports = DEMO_PEOPLE.filter(
      (p) => p.managerEmployeeNumber === sup.employeeNumber && p.status === 'active',
    ).slice(0, 3);
    for (const [i, r] of reports.entries()) {
      const personId = people.get(r.employeeNumber);
      if (!personId) continue;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('checkinCadence')
          .values({ personId, everyDays: 14, updatedBy: supUser?.id ?? null, updatedAt: now })
          .onConflict((oc) => oc.column('personId').doNothing())
          .execute();
        await services.audit.record(trx, sys, {
          action: 'checkin_cadence.set',
          entityType: 'person',
          entityId: personId,
          subjectPersonId: personId,
          after: { everyDays: 14 },
        });
        if (i > 1) return;
        const heldAt = new Date(now.getTime() - (i === 0 ? 10 : 20) * DAY);
        const { id } = await trx
          .insertInto('checkin')
          .values({
            personId,
            leaderPersonId: supId,
            scheduledAt: heldAt,
            durationMinutes: 30,
            location: 'Back office',
            status: 'held',
            sharedNotes: SHARED[i] ?? '',
            privateNotes: PRIVATE[i] ?? '',
            heldAt,
            createdBy: supUser?.id ?? null,
            createdAt: heldAt,
            updatedAt: heldAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await services.audit.record(trx, sys, {
          action: 'checkin.created',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: personId,
          after: { status: 'held', heldAt: heldAt.toISOString() },
        });
        const items =
          i === 0
            ? [
                {
                  title: 'Practise the 10-second greeting at the till',
                  owner: personId,
                  dueOn: addDays(today, 5),
                  done: false,
                },
                {
                  title: 'Share the new returns leaflet with the team',
                  owner: supId,
                  dueOn: addDays(today, -3),
                  done: true,
                },
              ]
            : [
                {
                  title: 'Finish the returns policy e-learning',
                  owner: personId,
                  dueOn: addDays(today, -6),
                  done: false,
                },
              ];
        for (const it of items) {
          const row = await trx
            .insertInto('actionItem')
            .values({
              personId,
              checkinId: id,
              coachingPlanId: null,
              ownerPersonId: it.owner,
              title: it.title,
              dueOn: it.dueOn,
              doneAt: it.done ? now : null,
              createdBy: supUser?.id ?? null,
              createdAt: heldAt,
              updatedAt: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await services.audit.record(trx, sys, {
            action: 'action_item.created',
            entityType: 'action_item',
            entityId: row.id,
            subjectPersonId: personId,
            after: { checkinId: id, ownerPersonId: it.owner, dueOn: it.dueOn },
          });
        }
      });
      if (i === 2 && supUser) {
        // A planned one through the service, so its agenda is pre-filled like a real one.
        const actor: Actor = {
          kind: 'user',
          userId: supUser.id,
          personId: supId,
          roles: supUser.roles,
          permissions: permissionsOf(supUser.roles),
          sessionId: null,
          requestId: null,
          ip: null,
        };
        const at = zonedInstant(addDays(today, 2), '10:00', services.calendar.zone);
        await services.checkins.create(actor, {
          personId,
          scheduledAt: at.toISOString(),
          durationMinutes: 30,
          location: 'Back office',
          sharedNotes: 'First check-in: goals for the quarter and the customer comments.',
        });
      }
    }
  }
}
