import { seesEveryone } from '@frontline/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { NotFound } from '../lib/errors.js';
import type { ErrorCode } from '@frontline/contract';
import { accessRepository } from './access.repository.js';
import type { Actor } from './actor.js';
import type { Relation } from './policy.js';
import { EVERYONE, scopeFor, type Scope } from './scope.js';

/**
 * Record-level scope: a person sees their own records; a supervisor or manager sees the people
 * who report to them directly or indirectly; hr_admin and admin see everyone. Anything outside
 * the scope is reported as not found, so ids cannot be probed.
 */
export function createAccessService(db: Kysely<DB>) {
  return { ...accessFor(db), bind: (executor: Kysely<DB>) => accessFor(executor) };
}

/** The same checks on a given executor: inside a transaction, pass the transaction. */
function accessFor(db: Kysely<DB>) {
  const repo = accessRepository(db);
  return {
    seesEveryone(actor: Actor): boolean {
      return seesEveryone(actor.roles);
    },

    /** The subset of `personIds` the actor may see. */
    async visiblePeople(actor: Actor, personIds: readonly string[]): Promise<Set<string>> {
      if (seesEveryone(actor.roles)) return new Set(personIds);
      const out = new Set<string>();
      const others: string[] = [];
      for (const id of personIds) {
        if (id === actor.personId) out.add(id);
        else others.push(id);
      }
      if (actor.personId && others.length > 0) {
        for (const id of await repo.reportsAmong(actor.personId, others)) out.add(id);
      }
      return out;
    },

    async canSeePerson(actor: Actor, personId: string): Promise<boolean> {
      return (await this.visiblePeople(actor, [personId])).has(personId);
    },

    /** How the person stands to the actor (self, visible, hidden): what a policy module decides with. */
    async relationTo(actor: Actor, personId: string): Promise<Relation> {
      if (actor.personId === personId) return 'self';
      return (await this.canSeePerson(actor, personId)) ? 'visible' : 'hidden';
    },

    /** `relationTo` for many people at once (one query). */
    async relationsTo(actor: Actor, personIds: readonly string[]): Promise<Map<string, Relation>> {
      const visible = await this.visiblePeople(actor, personIds);
      const out = new Map<string, Relation>();
      for (const id of personIds) {
        out.set(id, id === actor.personId ? 'self' : visible.has(id) ? 'visible' : 'hidden');
      }
      return out;
    },

    /** Throws `code` (404) unless the actor may see the person. */
    async requirePerson(actor: Actor, personId: string, code: ErrorCode = 'person.not_found'): Promise<void> {
      if (!(await this.canSeePerson(actor, personId))) throw NotFound(code);
    },

    /**
     * The people whose records the actor may list: everyone, or themself and their direct and
     * indirect reports. Turn it into SQL with `inScope` (scope.ts).
     */
    scope(actor: Actor): Scope {
      return scopeFor(actor.roles, actor.personId);
    },

    /** A team view: everyone for those who see everyone, else only the actor's reports (not themself). */
    teamScope(actor: Actor): Scope {
      if (seesEveryone(actor.roles)) return EVERYONE;
      return { kind: 'people', self: null, reportsOf: actor.personId };
    },

    /** The actor's own reports by the reporting line, whatever their role. */
    reportsScope(actor: Actor): Scope {
      return { kind: 'people', self: null, reportsOf: actor.personId };
    },
  };
}
export type AccessService = ReturnType<typeof createAccessService>;
