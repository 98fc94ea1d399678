import { permissionsOf } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';

/** The signed-in actor of a demo person's account: the demo acts through the services as its people. */
export async function demoActor(services: Services, personId: string): Promise<Actor> {
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles'])
    .where('personId', '=', personId)
    .executeTakeFirstOrThrow();
  return {
    kind: 'user',
    userId: u.id,
    personId,
    roles: u.roles,
    permissions: permissionsOf(u.roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}
