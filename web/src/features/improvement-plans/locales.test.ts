import { describe, expect, it } from 'vitest';
import {
  IMPROVEMENT_PLAN_OUTCOMES,
  IMPROVEMENT_PLAN_SOURCES,
  IMPROVEMENT_PLAN_STATUSES,
  OBJECTIVE_VERDICTS,
  SUPPORT_KINDS,
} from '@frontline/contract';
import en from '../../locales/en.json';
import zh from '../../locales/zh-Hant.json';

type Tree = { [k: string]: string | Tree };
const at = (t: Tree, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Tree)[k] : undefined), t);

describe('improvement-plan texts', () => {
  it('has text in both languages for every value shown through a dynamic key', () => {
    const need = [
      ...IMPROVEMENT_PLAN_SOURCES.map((s) => `improvementPlans.source.${s}`),
      ...IMPROVEMENT_PLAN_STATUSES.map((s) => `improvementPlans.status.${s}`),
      ...IMPROVEMENT_PLAN_OUTCOMES.map((s) => `improvementPlans.outcome.${s}`),
      ...OBJECTIVE_VERDICTS.map((s) => `improvementPlans.verdict.${s}`),
      ...SUPPORT_KINDS.map((s) => `improvementPlans.supportKind.${s}`),
      ...['acknowledge_requested', 'started', 'reviewed', 'extended', 'sign_off_requested', 'closed'].map(
        (k) => `notifications.improvement_plan.${k}`,
      ),
    ];
    for (const tree of [en as Tree, zh as Tree]) {
      expect(need.filter((k) => typeof at(tree, k) !== 'string')).toEqual([]);
    }
  });

  it('keeps improvementPlans right after coaching in both files (easy merges)', () => {
    for (const tree of [en, zh]) {
      const keys = Object.keys(tree);
      expect(keys[keys.indexOf('coaching') + 1]).toBe('improvementPlans');
    }
  });
});
