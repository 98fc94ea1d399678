import type { GoalAbilities, GoalStatus, GoalVerdict } from '@frontline/contract';
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
 * Who may do what with a goal — stated once. The service guards every action with `decideGoal`
 * (and `mayCreateGoal`, `mayWorkOnGoals`), and the `abilities` sent to the web are the same
 * decisions as booleans (`goalAbilities`). Pure: the service finds the relation and the facts.
 *
 * A goal is agreed between two sides: the person themself (the staff side) and anyone who sees
 * the person and holds goals.manage (the supervisor side: their manager, a skip-level manager,
 * hr_admin, admin). Someone else's goal answers 404; a goal one sees but may not act on answers
 * 403; an action the goal's state does not allow answers 409.
 */

export type GoalSide = 'staff' | 'supervisor';
export type GoalAction = keyof GoalAbilities;
export const GOAL_ACTIONS: readonly GoalAction[] = [
  'edit',
  'propose',
  'accept',
  'decline',
  'activate',
  'close',
  'closeAchieved',
  'cancel',
];

/** Achieved, missed and cancelled goals are closed for good. */
export const FINAL_GOAL_STATUSES: readonly GoalStatus[] = ['achieved', 'missed', 'cancelled'];

/** The facts about a goal the rules read. */
export interface GoalFacts {
  status: GoalStatus;
  staffAcceptedAt: Date | string | null;
  supervisorAcceptedAt: Date | string | null;
  /** The period has ended (in the person's own time zone). */
  ended?: boolean;
  /** What the figures over the period so far settle (GoalEvidence.verdict). */
  verdict?: GoalVerdict | null;
}

/** The actions of the agreement itself; they need goals.write. */
const AGREEMENT: readonly GoalAction[] = ['edit', 'propose', 'accept', 'decline'];
/** Only the supervisor side starts, closes or cancels a goal. */
const SUPERVISOR_ONLY: Partial<Record<GoalAction, string>> = {
  activate: 'The supervisor side starts a goal.',
  close: 'The supervisor side closes a goal.',
  closeAchieved: 'The supervisor side closes a goal.',
  cancel: 'The supervisor side cancels a goal.',
};

/** The side the actor takes on the person's goals, or null when they take none. */
export function goalSide(actor: Actor, rel: Relation): GoalSide | null {
  if (rel === 'self') return 'staff';
  if (rel === 'visible' && actor.permissions.has('goals.manage')) return 'supervisor';
  return null;
}

/** Whether the actor takes a side on the person's goals at all: 404 when hidden, 403 without goals.manage. */
export function mayWorkOnGoals(
  actor: Actor,
  rel: Relation,
  notFound: 'goal.not_found' | 'person.not_found' = 'goal.not_found',
): Decision {
  if (rel === 'hidden') return denyNotFound(notFound);
  if (goalSide(actor, rel) === null) {
    return denyForbidden('Only the supervisor side can act on this goal.');
  }
  return ALLOW;
}

/** A new goal for the person: one's own, or a report's from the supervisor side. */
export function mayCreateGoal(actor: Actor, rel: Relation): Decision {
  return firstOf(
    () => mayWorkOnGoals(actor, rel, 'person.not_found'),
    () => (actor.permissions.has('goals.write') ? ALLOW : denyForbidden()),
  );
}

const invalidTransition = (from: GoalStatus, action: string) =>
  denyConflict('goal.invalid_transition', `A ${from} goal cannot be ${action}.`);

/** Whether the state of the goal allows the action for this side. */
function stateAllows(g: GoalFacts, side: GoalSide, action: GoalAction): Decision {
  const ownAcceptance = side === 'staff' ? g.staffAcceptedAt : g.supervisorAcceptedAt;
  const open = !FINAL_GOAL_STATUSES.includes(g.status);
  const closable = g.status === 'active' || g.status === 'agreed' || g.status === 'awaiting_outcome';
  switch (action) {
    case 'edit':
      return open ? ALLOW : invalidTransition(g.status, 'changed');
    case 'propose':
      return g.status === 'draft' ? ALLOW : invalidTransition(g.status, 'proposed');
    case 'accept':
      if (g.status !== 'proposed') return invalidTransition(g.status, 'accepted');
      return ownAcceptance
        ? denyConflict('goal.not_your_turn', 'Your side has accepted already; the other side must accept.')
        : ALLOW;
    case 'decline':
      if (g.status !== 'proposed') return invalidTransition(g.status, 'declined');
      return ownAcceptance
        ? denyConflict('goal.not_your_turn', 'You proposed this goal; change it instead.')
        : ALLOW;
    case 'activate':
      return g.status === 'agreed' ? ALLOW : invalidTransition(g.status, 'started');
    case 'close':
      return closable ? ALLOW : invalidTransition(g.status, 'closed');
    case 'closeAchieved':
      if (!closable) return invalidTransition(g.status, 'closed');
      return g.status === 'awaiting_outcome' || g.ended || g.verdict === 'achieved'
        ? ALLOW
        : denyConflict(
            'goal.outcome_too_early',
            'The period has not ended and the figures do not settle it: it cannot be called achieved yet.',
          );
    case 'cancel':
      return open ? ALLOW : invalidTransition(g.status, 'cancelled');
  }
}

/** May the actor do `action` to this goal now? The first refusal, in the order 404, 403, 409. */
export function decideGoal(actor: Actor, g: GoalFacts, rel: Relation, action: GoalAction): Decision {
  const side = goalSide(actor, rel);
  return firstOf(
    () => mayWorkOnGoals(actor, rel),
    () => (AGREEMENT.includes(action) && !actor.permissions.has('goals.write') ? denyForbidden() : ALLOW),
    () => {
      const onlySupervisor = SUPERVISOR_ONLY[action];
      return onlySupervisor && side !== 'supervisor' ? denyForbidden(onlySupervisor) : ALLOW;
    },
    () => stateAllows(g, side!, action),
  );
}

/** The abilities sent with a goal: each action's decision. */
export function goalAbilities(actor: Actor, g: GoalFacts, rel: Relation): GoalAbilities {
  return abilitiesOf(GOAL_ACTIONS, (a) => decideGoal(actor, g, rel, a));
}
