import { permissionsOf, type Answer, type Role, type ScorecardItem } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';

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

/** A value for the item from a level 0–4 (yes/no: 0–1 no, else yes). */
function value(item: ScorecardItem, level: number): Answer['value'] {
  const l = Math.max(0, Math.min(4, level));
  if (item.type === 'yes_no_na') return l >= 2 ? 'yes' : 'no';
  if (item.type === 'scale_1_5') return l + 1;
  return Math.round(((item.maxPoints ?? 1) * l) / 4);
}

/**
 * A revealed calibration session on the contact review: Patrick Chu leads, Queenie Lai (quality
 * assessor), Kelvin Chan and Irene Kwok (supervisors) score six interactions; Irene scores a level
 * more generously on every other item. Through the services, at the app clock's time.
 */
export async function seedCalibrationDemo(services: Services, people: Map<string, string>): Promise<void> {
  const person = (n: string) => people.get(n)!;
  const svc = services.calibration;
  const lead = await actorFor(services, person('E1037'));
  const scorers = await Promise.all(['E1038', 'E1006', 'E1012'].map((n) => actorFor(services, person(n))));
  const card = (await services.assessments.listScorecards(lead, { kind: 'qa_interaction' })).find(
    (c) => c.code === 'QA-CONTACT',
  );
  if (!card) return;
  const items = card.sections.flatMap((s) => s.items);
  const session = await svc.createSession(lead, {
    scorecardId: card.id,
    title: 'Contact review calibration',
    interactions: ['ZD-48102', 'ZD-48117', 'CALL-2291', 'CHAT-7730', 'ZD-48160', 'CALL-2305'],
    assessorUserIds: scorers.map((s) => s.userId),
  });
  for (const [i, inter] of session.interactions.entries()) {
    const level = (j: number) => (i * 2 + j) % 5;
    await svc.setBenchmark(lead, session.id, inter.id, {
      answers: items.map((it, j) => ({ itemId: it.id, value: value(it, level(j)) })),
    });
    for (const [k, s] of scorers.entries()) {
      const answers = items.map((it, j) => ({
        itemId: it.id,
        value: value(
          it,
          level(j) + (k === 2 && j % 2 === 0 ? 1 : 0) - (k === 1 && i === 3 && j === 0 ? 2 : 0),
        ),
      }));
      await svc.score(s, session.id, inter.id, { answers });
    }
  }
  for (const s of scorers) await svc.finish(s, session.id);
  await svc.reveal(lead, session.id);
}
