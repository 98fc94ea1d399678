import { describe, expect, it } from 'vitest';
import { ACTORS, actorAs, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import {
  actionItemAbilities,
  checkinAbilities,
  decideActionItem,
  decideCheckin,
  mayLead,
} from './checkins.policy.js';

describe('check-ins policy by role and relation', () => {
  const expected: Record<string, 'ok' | number> = {
    'staff on self': 403,
    'staff on a colleague': 404,
    'supervisor on self': 403,
    'supervisor on a direct report': 'ok',
    'supervisor on another team': 404,
    'manager on a skip-level report': 'ok',
    'manager on another store': 404,
    'assessor on self': 403,
    'assessor on a colleague': 404,
    'hr_admin on self': 403,
    'hr_admin on anyone': 'ok',
    'admin on anyone': 'ok',
    'staff-only lead on a report': 403,
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    const leader = expected[name] === 'ok';
    expect(outcome(mayLead(a, rel))).toBe(expected[name]);
    expect(checkinAbilities(a, { status: 'planned' }, rel)).toEqual({
      edit: leader,
      refreshAgenda: leader,
      hold: leader,
      cancel: leader,
      seePrivate: leader,
    });
    expect(checkinAbilities(a, { status: 'held' }, rel)).toEqual({
      edit: leader,
      refreshAgenda: false,
      hold: false,
      cancel: false,
      seePrivate: leader,
    });
    expect(checkinAbilities(a, { status: 'cancelled' }, rel)).toEqual({
      edit: false,
      refreshAgenda: false,
      hold: false,
      cancel: false,
      seePrivate: leader,
    });
    // an item owned by someone else: the leader side edits and ticks it, nobody else
    expect(actionItemAbilities(a, { ownerPersonId: 'p-other' }, rel)).toEqual({
      edit: leader,
      toggle: leader,
    });
  });

  it('one’s own check-in is 403 before anything else; a planned one moves, a held one does not', () => {
    const sup = ACTORS.supervisor;
    expect(outcomeCode(decideCheckin(sup, { status: 'held' }, 'self', 'move'))).toBe('403 auth.forbidden');
    expect(outcomeCode(decideCheckin(sup, { status: 'held' }, 'hidden', 'move'))).toBe(
      '404 checkin.not_found',
    );
    expect(outcomeCode(decideCheckin(sup, { status: 'held' }, 'visible', 'move'))).toBe(
      '409 checkin.invalid_state',
    );
    expect(outcomeCode(decideCheckin(sup, { status: 'held' }, 'visible', 'edit'))).toBe('ok');
    expect(outcomeCode(decideCheckin(sup, { status: 'cancelled' }, 'visible', 'edit'))).toBe(
      '409 checkin.invalid_state',
    );
    expect(outcomeCode(decideCheckin(sup, { status: 'planned' }, 'visible', 'refreshAgenda'))).toBe('ok');
  });

  it('an action item’s owner ticks it (even about someone hidden from them) but does not edit it', () => {
    const owner = actorAs(['staff'], 'p-owner');
    const mine = { ownerPersonId: 'p-owner' };
    expect(actionItemAbilities(owner, mine, 'self')).toEqual({ edit: false, toggle: true });
    expect(actionItemAbilities(owner, mine, 'hidden')).toEqual({ edit: false, toggle: true });
    expect(outcomeCode(decideActionItem(owner, mine, 'hidden', 'edit'))).toBe('403 auth.forbidden');
    expect(outcomeCode(decideActionItem(owner, { ownerPersonId: 'p-x' }, 'hidden', 'toggle'))).toBe(
      '404 action_item.not_found',
    );
    expect(outcomeCode(decideActionItem(owner, { ownerPersonId: 'p-x' }, 'self', 'toggle'))).toBe(
      '403 auth.forbidden',
    );
  });
});
