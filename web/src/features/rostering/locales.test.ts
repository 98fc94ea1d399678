import { describe, expect, it } from 'vitest';
import { ROSTER_PLAN_STATUSES, ROSTER_RULES, ROSTER_SOLVE_OUTCOMES } from '@frontline/contract';
import en from '../../locales/en.json';
import zh from '../../locales/zh-Hant.json';

type Tree = { [k: string]: string | Tree };
// Keys are split on dots only: rule codes such as max-shifts keep their hyphens.
const at = (t: Tree, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Tree)[k] : undefined), t);

describe('work allocation texts', () => {
  it('has text in both languages for every value shown through a dynamic key', () => {
    const need = [
      ...ROSTER_RULES.map((r) => `rostering.rules.${r}`),
      'rostering.rules.max-shifts-skill',
      ...ROSTER_PLAN_STATUSES.map((s) => `rostering.status.${s}`),
      ...ROSTER_SOLVE_OUTCOMES.map((s) => `rostering.solve.outcome.${s}`),
      ...['heuristic', 'mip', 'lns', 'conflicts'].map((p) => `rostering.solve.phase.${p}`),
      ...['1', '2', '3'].map((l) => `rostering.level.${l}`),
      'notifications.roster.published',
      'notifications.roster.changed',
      'nav.myRoster',
      'nav.rosters',
    ];
    for (const tree of [en as Tree, zh as Tree]) {
      expect(need.filter((k) => typeof at(tree, k) !== 'string')).toEqual([]);
    }
  });
});
