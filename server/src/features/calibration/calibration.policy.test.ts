import { describe, expect, it } from 'vitest';
import { ACTORS, outcome, outcomeCode } from '../../../test/policy-cases.js';
import {
  calibrationAbilities,
  decideCalibration,
  mayLead,
  visibleScores,
  type CalibrationFacts,
} from './calibration.policy.js';

const facts = (f: Partial<CalibrationFacts>): CalibrationFacts => ({
  status: 'open',
  lead: false,
  assessor: false,
  finished: false,
  ...f,
});
const NONE = { score: false, finish: false, benchmark: false, reveal: false, close: false };

describe('calibration policy', () => {
  it('someone not in the session sees nothing of it, whatever their role (404)', () => {
    for (const who of Object.keys(ACTORS) as (keyof typeof ACTORS)[]) {
      for (const action of ['score', 'finish', 'benchmark', 'reveal', 'close'] as const) {
        expect(outcomeCode(decideCalibration(ACTORS[who], facts({}), action))).toBe(
          '404 calibration.not_found',
        );
      }
      expect(calibrationAbilities(ACTORS[who], facts({ status: 'revealed' }))).toEqual(NONE);
    }
  });

  it('an open session is blind: an assessor sees their own scores, the lead the benchmark only', () => {
    expect(visibleScores(facts({ assessor: true }))).toBe('own');
    expect(visibleScores(facts({ lead: true }))).toBe('benchmark');
    expect(visibleScores(facts({}))).toBe('none');
    for (const status of ['revealed', 'closed'] as const) {
      expect(visibleScores(facts({ status, assessor: true }))).toBe('all');
      expect(visibleScores(facts({ status, lead: true }))).toBe('all');
      expect(visibleScores(facts({ status }))).toBe('none');
    }
  });

  it('assessors score and finish while open; the lead does not score', () => {
    expect(calibrationAbilities(ACTORS.assessor, facts({ assessor: true }))).toEqual({
      ...NONE,
      score: true,
      finish: true,
    });
    expect(calibrationAbilities(ACTORS.assessor, facts({ assessor: true, finished: true }))).toEqual({
      ...NONE,
      score: true,
    });
    expect(outcome(decideCalibration(ACTORS.manager, facts({ lead: true }), 'score'))).toBe(403);
    // An assessor who lost assessments.score (staff only) may not score.
    expect(outcome(decideCalibration(ACTORS.staff, facts({ assessor: true }), 'score'))).toBe(403);
  });

  it('the lead sets the benchmark and reveals while open, closes once revealed', () => {
    expect(calibrationAbilities(ACTORS.manager, facts({ lead: true }))).toEqual({
      ...NONE,
      benchmark: true,
      reveal: true,
    });
    expect(calibrationAbilities(ACTORS.manager, facts({ lead: true, status: 'revealed' }))).toEqual({
      ...NONE,
      close: true,
    });
    expect(calibrationAbilities(ACTORS.manager, facts({ lead: true, status: 'closed' }))).toEqual(NONE);
    // A lead without assessments.manage (roles changed since) may not.
    expect(outcome(decideCalibration(ACTORS.supervisor, facts({ lead: true }), 'reveal'))).toBe(403);
    // An assessor may not reveal.
    expect(outcome(decideCalibration(ACTORS.manager, facts({ assessor: true }), 'reveal'))).toBe(403);
  });

  it('after the reveal nobody scores (409)', () => {
    for (const status of ['revealed', 'closed'] as const) {
      expect(
        outcomeCode(decideCalibration(ACTORS.assessor, facts({ status, assessor: true }), 'score')),
      ).toBe('409 calibration.invalid_state');
      expect(outcomeCode(decideCalibration(ACTORS.manager, facts({ status, lead: true }), 'benchmark'))).toBe(
        '409 calibration.invalid_state',
      );
    }
    expect(outcome(decideCalibration(ACTORS.manager, facts({ status: 'closed', lead: true }), 'close'))).toBe(
      409,
    );
  });

  it('leading a session needs assessments.manage', () => {
    expect(outcome(mayLead(ACTORS.manager))).toBe('ok');
    expect(outcome(mayLead(ACTORS.hr_admin))).toBe('ok');
    expect(outcome(mayLead(ACTORS.admin))).toBe('ok');
    expect(outcome(mayLead(ACTORS.supervisor))).toBe(403);
    expect(outcome(mayLead(ACTORS.assessor))).toBe(403);
  });
});
