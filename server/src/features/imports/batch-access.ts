import { seesEveryone } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';

/**
 * Who may see an import batch: the one who made it, and hr and admin (who see everyone).
 * Anyone else is told the batch does not exist. The one rule for every feature that reads batches.
 */
export function canSeeImportBatch(actor: Actor, batch: { createdBy: string | null }): boolean {
  return seesEveryone(actor.roles) || batch.createdBy === actor.userId;
}
