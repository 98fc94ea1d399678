import type { FeedbackAbilities } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  abilitiesOf,
  ALLOW,
  denyConflict,
  denyForbidden,
  denyNotFound,
  firstOf,
  type Decision,
  type Relation,
} from '../../access/policy.js';

/**
 * Who may do what with feedback — stated once; the service guards with these decisions and fills
 * `abilities` from them. Pure: the service finds the relation.
 *
 * Feedback is given (feedback.give) to someone the giver sees — never to oneself (403). The person
 * it is about acknowledges it once and replies once; to anyone else a change answers 404, as if it
 * did not exist (those who see the person read it, but it is not theirs to answer).
 */

/** Give the person feedback: 403 on oneself, 404 when hidden, 403 without feedback.give. */
export function mayGiveFeedback(actor: Actor, rel: Relation): Decision {
  if (rel === 'self') return denyForbidden('Feedback is given to someone else.');
  if (rel === 'hidden') return denyNotFound('person.not_found');
  return actor.permissions.has('feedback.give') ? ALLOW : denyForbidden();
}

export type FeedbackAction = keyof FeedbackAbilities;

/** The facts about a piece of feedback the rules read. */
export interface FeedbackFacts {
  acknowledgedAt: Date | string | null;
  reply: string | null;
}

/** May the actor acknowledge or reply to this feedback? Only its person (else 404), once (409). */
export function decideFeedback(f: FeedbackFacts, rel: Relation, action: FeedbackAction): Decision {
  return firstOf(
    () => (rel === 'self' ? ALLOW : denyNotFound('feedback.not_found')),
    () => {
      if (action === 'acknowledge') {
        return f.acknowledgedAt
          ? denyConflict('feedback.already_acknowledged', 'This feedback is already acknowledged.')
          : ALLOW;
      }
      return f.reply !== null ? denyConflict('conflict', 'This feedback already has a reply.') : ALLOW;
    },
  );
}

const ACTIONS: readonly FeedbackAction[] = ['acknowledge', 'reply'];

/** The abilities sent with feedback. */
export function feedbackAbilities(f: FeedbackFacts, rel: Relation): FeedbackAbilities {
  return abilitiesOf(ACTIONS, (a) => decideFeedback(f, rel, a));
}
