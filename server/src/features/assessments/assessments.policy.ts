import type { EvaluationAbilities, EvaluationPurpose, EvaluationStatus } from '@frontline/contract';
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
 * Who may do what with evaluations and disputes — stated once; the service guards with these
 * decisions and fills `abilities` from them. Pure: the service finds the facts.
 *
 * The relation is the evaluated person's to the actor, widened for assessors: `visible` also when
 * the person works in a unit the assessor is assigned to. `author`: the actor wrote the evaluation.
 *
 * - Seeing: the author while the person is still theirs to score; the person their own released official evaluations (never drafts,
 *   never calibration); others who see the person its submitted and released official ones.
 * - Scoring someone: assessments.score and the person visible, never oneself (403).
 * - Changing and submitting a draft: its author, while the person is still theirs to score.
 * - Releasing a submitted one: its author or another scorer who sees the person.
 * - Acknowledging and disputing: the person only, once released; a dispute within the window, and
 *   never of an imported mystery-shop visit (the provider corrects it; 409).
 * - Deciding a dispute: assessments.arbitrate, the person visible, never the evaluation's author
 *   nor the person; each dispute is decided once (409).
 * Order of refusals: 404, then 403, then 409.
 */

export interface EvaluationFacts {
  status: EvaluationStatus;
  purpose: EvaluationPurpose;
  author: boolean;
  acknowledged: boolean;
  /** Released and the dispute window still open (app clock). */
  windowOpen: boolean;
  /** A mystery-shop visit imported from the provider's file: corrected by importing it again. */
  imported: boolean;
}

export type EvaluationAction = keyof EvaluationAbilities;

/** May the actor see the evaluation at all? (404 otherwise) */
export function mayViewEvaluation(ev: EvaluationFacts, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('evaluation.not_found');
  if (ev.author) return ALLOW;
  if (ev.purpose !== 'official') return denyNotFound('evaluation.not_found');
  if (rel === 'self') return ev.status === 'released' ? ALLOW : denyNotFound('evaluation.not_found');
  return ev.status === 'draft' ? denyNotFound('evaluation.not_found') : ALLOW;
}

/** Score the person (start an evaluation): 404 when hidden, 403 for oneself or without assessments.score. */
export function mayScore(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  if (rel === 'self') return denyForbidden('Nobody scores themselves.');
  return actor.permissions.has('assessments.score') ? ALLOW : denyForbidden();
}

const STATE_NEEDED: Record<EvaluationAction, EvaluationStatus> = {
  edit: 'draft',
  submit: 'draft',
  release: 'submitted',
  acknowledge: 'released',
  dispute: 'released',
};

function side(actor: Actor, ev: EvaluationFacts, rel: Relation, action: EvaluationAction): Decision {
  if (action === 'acknowledge' || action === 'dispute') {
    const seen = mayViewEvaluation(ev, rel);
    if (!seen.ok) return seen;
    return rel === 'self' ? ALLOW : denyForbidden('Only the person evaluated may do this.');
  }
  // Writing: the person must still be the scorer's to score, whoever wrote it.
  if (rel === 'hidden') return denyNotFound('evaluation.not_found');
  if (rel === 'self') return denyForbidden('Nobody scores themselves.');
  const seen = mayViewEvaluation(ev, rel);
  if (!seen.ok) return seen;
  if (!actor.permissions.has('assessments.score')) return denyForbidden();
  if (action !== 'release' && !ev.author) {
    return denyForbidden('Only the assessor who wrote it may change it.');
  }
  return ALLOW;
}

function state(ev: EvaluationFacts, action: EvaluationAction): Decision {
  const needed = STATE_NEEDED[action];
  if (ev.status !== needed) {
    return denyConflict('evaluation.invalid_state', `This needs a ${needed} evaluation; it is ${ev.status}.`);
  }
  if (action === 'acknowledge' && ev.acknowledged) {
    return denyConflict('evaluation.invalid_state', 'Already acknowledged.');
  }
  if (action === 'dispute' && ev.imported) {
    return denyConflict(
      'evaluation.imported_visit',
      "A mystery shopper's visit is corrected by the provider: import their corrected file.",
    );
  }
  if (action === 'dispute' && !ev.windowOpen) {
    return denyConflict(
      'evaluation.dispute_window_closed',
      'The time to dispute this evaluation has passed.',
    );
  }
  return ALLOW;
}

/** May the actor do `action` to this evaluation now? 404, then 403, then 409. */
export function decideEvaluation(
  actor: Actor,
  ev: EvaluationFacts,
  rel: Relation,
  action: EvaluationAction,
): Decision {
  return firstOf(
    () => side(actor, ev, rel, action),
    () => state(ev, action),
  );
}

const ACTIONS: readonly EvaluationAction[] = ['edit', 'submit', 'release', 'acknowledge', 'dispute'];

export function evaluationAbilities(actor: Actor, ev: EvaluationFacts, rel: Relation): EvaluationAbilities {
  return abilitiesOf(ACTIONS, (a) => decideEvaluation(actor, ev, rel, a));
}

/**
 * Decide a dispute: 404 when the person is hidden from the arbitrator, 403 for the evaluation's author,
 * the person, or without assessments.arbitrate, 409 once decided.
 */
export function decideArbitration(
  actor: Actor,
  d: { open: boolean; author: boolean },
  rel: Relation,
): Decision {
  return firstOf(
    () => (rel === 'hidden' ? denyNotFound('dispute.not_found') : ALLOW),
    () =>
      rel === 'self'
        ? denyForbidden('Nobody arbitrates their own dispute.')
        : d.author
          ? denyForbidden('The assessor who wrote the evaluation does not arbitrate it.')
          : actor.permissions.has('assessments.arbitrate')
            ? ALLOW
            : denyForbidden(),
    () => (d.open ? ALLOW : denyConflict('dispute.already_decided', 'This dispute has been decided.')),
  );
}
