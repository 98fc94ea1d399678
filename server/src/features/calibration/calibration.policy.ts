import type { CalibrationAbilities, CalibrationStatus } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  abilitiesOf,
  ALLOW,
  denyConflict,
  denyForbidden,
  denyNotFound,
  firstOf,
  type Decision,
} from '../../access/policy.js';

/**
 * Who may do what in a calibration session — stated once; the service guards with these decisions and
 * fills `abilities` from them. Pure: the service finds the facts.
 *
 * - Seeing a session: its lead and its assessors; anyone else 404 (whatever their role).
 * - Blind: while open an assessor sees only their own scores, the lead only the benchmark and who has
 *   finished (`visibleScores`); once revealed everyone in the session sees every score.
 * - Scoring and finishing: an assessor of the session with assessments.score, while open; finishing once.
 * - The benchmark, revealing and closing: the lead with assessments.manage; the benchmark and revealing
 *   while open, closing once revealed.
 * Order of refusals: 404, then 403, then 409.
 */

export interface CalibrationFacts {
  status: CalibrationStatus;
  lead: boolean;
  assessor: boolean;
  /** The actor, an assessor, has said they finished. */
  finished: boolean;
}

export type CalibrationAction = keyof CalibrationAbilities;

export function mayViewCalibration(s: CalibrationFacts): Decision {
  return s.lead || s.assessor ? ALLOW : denyNotFound('calibration.not_found');
}

/** Whose scores the actor sees: everyone's once revealed; while open their own (an assessor) or the benchmark (the lead). */
export function visibleScores(s: CalibrationFacts): 'all' | 'own' | 'benchmark' | 'none' {
  if (!mayViewCalibration(s).ok) return 'none';
  if (s.status !== 'open') return 'all';
  return s.assessor ? 'own' : 'benchmark';
}

const LEAD_ACTIONS = new Set<CalibrationAction>(['benchmark', 'reveal', 'close']);

function side(actor: Actor, s: CalibrationFacts, action: CalibrationAction): Decision {
  if (LEAD_ACTIONS.has(action)) {
    if (!s.lead) return denyForbidden('Only the session lead may do this.');
    return actor.permissions.has('assessments.manage') ? ALLOW : denyForbidden();
  }
  if (!s.assessor) return denyForbidden('Only the session’s assessors score it.');
  return actor.permissions.has('assessments.score') ? ALLOW : denyForbidden();
}

function state(s: CalibrationFacts, action: CalibrationAction): Decision {
  const needed: CalibrationStatus = action === 'close' ? 'revealed' : 'open';
  if (s.status !== needed) {
    return denyConflict('calibration.invalid_state', `This needs an ${needed} session; it is ${s.status}.`);
  }
  if (action === 'finish' && s.finished) {
    return denyConflict('calibration.invalid_state', 'You have already finished this session.');
  }
  return ALLOW;
}

/** May the actor do `action` in this session now? 404, then 403, then 409. */
export function decideCalibration(actor: Actor, s: CalibrationFacts, action: CalibrationAction): Decision {
  return firstOf(
    () => mayViewCalibration(s),
    () => side(actor, s, action),
    () => state(s, action),
  );
}

const ACTIONS: readonly CalibrationAction[] = ['score', 'finish', 'benchmark', 'reveal', 'close'];

export function calibrationAbilities(actor: Actor, s: CalibrationFacts): CalibrationAbilities {
  return abilitiesOf(ACTIONS, (a) => decideCalibration(actor, s, a));
}

/** Start a session: assessments.manage (the route checks it too). */
export function mayLead(actor: Actor): Decision {
  return actor.permissions.has('assessments.manage') ? ALLOW : denyForbidden();
}
