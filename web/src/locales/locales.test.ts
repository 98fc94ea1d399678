import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  GOAL_STATUSES,
  INDICATOR_CATEGORIES,
  ORG_UNIT_KINDS,
  PERSON_STATUSES,
  EMPLOYMENT_TYPES,
  ROLES,
  SMART_CHECKS,
  INDICATOR_UNITS,
  AGGREGATIONS,
  INDICATOR_SOURCES,
  POLICY_KINDS,
  CHECKIN_STATUSES,
  CADENCE_STATUSES,
  FEEDBACK_KINDS,
  RECOGNITION_BADGES,
  SCHEME_KINDS,
  COMPARATORS,
  SCHEME_PERIODS,
  COACHING_ORIGINS,
  COACHING_STATUSES,
  COACHING_RATINGS,
  EFFECT_VERDICTS,
  COURSE_CATEGORIES,
  ASSIGNMENT_STATUSES,
} from '@frontline/contract';
import { EFFECT_REASONS } from '../features/coaching/utils/effect';
import { VALIDATION_KEYS } from '../lib/form';
import en from './en.json';
import zh from './zh-Hant.json';

type Tree = { [k: string]: string | Tree };
function flatten(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const EN = flatten(en as Tree);
const ZH = flatten(zh as Tree);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('translations', () => {
  it('English and Traditional Chinese have the same keys and no empty text', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [k, v] of [...EN, ...ZH]) expect(v.trim(), k).not.toBe('');
  });

  it('the Chinese text is Chinese (not English left in place)', () => {
    const untranslated = [...ZH].filter(
      ([k, v]) => v === EN.get(k) && /[a-z]{3}/i.test(v) && !/^[A-Z]{2,}|API/.test(v),
    );
    expect(untranslated).toEqual([]);
  });

  it('every literal key used with t() in the source exists (the extraction check)', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(root)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        seen++;
        if (!EN.has(m[1]!)) missing.push(`${path.relative(root, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(seen).toBeGreaterThan(200);
  });

  it('every API error code has text in both languages (the error-code coverage check)', () => {
    const need = [...ERROR_CODES.map((c) => `errors.${c}`), 'errors.network'];
    expect(need.filter((k) => !EN.has(k))).toEqual([]);
    expect(need.filter((k) => !ZH.has(k))).toEqual([]);
  });

  it('every client-side validation message has text', () => {
    expect(VALIDATION_KEYS.filter((k) => !EN.has(k) || !ZH.has(k))).toEqual([]);
  });

  it('every value of the enums shown through a dynamic key has text', () => {
    const need = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      'errors.network',
      ...ROLES.map((r) => `roles.${r}`),
      ...PERSON_STATUSES.map((s) => `status.${s}`),
      ...EMPLOYMENT_TYPES.map((s) => `employment.${s}`),
      ...ORG_UNIT_KINDS.map((s) => `unitKind.${s}`),
      ...GOAL_STATUSES.map((s) => `goalStatus.${s}`),
      ...INDICATOR_CATEGORIES.map((s) => `indicators.cat.${s}`),
      ...SMART_CHECKS.map((s) => `smart.${s}.name`),
      ...INDICATOR_UNITS.map((s) => `indicators.units.${s}`),
      ...AGGREGATIONS.map((s) => `indicators.agg.${s}`),
      ...INDICATOR_SOURCES.map((s) => `indicators.sources.${s}`),
      ...POLICY_KINDS.map((s) => `policies.kind.${s}`),
      ...['pass', 'warn', 'fail'].map((s) => `smart.status.${s}`),
      ...['admin', 'hr', 'manager', 'supervisor', 'staff', 'lead', 'agent'].map((d) => `login.demoRole.${d}`),
      ...['added', 'removed', 'changed', 'same'].map((k) => `audit.kind.${k}`),
      ...['collapse', 'expand'].map((k) => `tree.${k}`),
      ...['first', 'previous', 'next', 'last'].map((k) => `common.page_${k}`),
      ...['yes', 'no'].map((k) => `common.${k}`),
      ...CHECKIN_STATUSES.map((s) => `checkins.status.${s}`),
      ...CADENCE_STATUSES.map((s) => `checkins.cadence.${s}`),
      ...FEEDBACK_KINDS.map((s) => `feedback.kind.${s}`),
      ...['indicator_period', 'observation', 'shop_floor', 'assessment'].map((s) => `feedback.evType.${s}`),
      ...RECOGNITION_BADGES.map((s) => `badges.${s}`),
      ...SCHEME_KINDS.map((s) => `rewards.kind.${s}`),
      ...COMPARATORS.map((s) => `rewards.comparator.${s}`),
      ...SCHEME_PERIODS.map((s) => `rewards.period.${s}`),
      ...COACHING_ORIGINS.map((s) => `coaching.origin.${s}`),
      ...COACHING_STATUSES.map((s) => `coaching.status.${s}`),
      ...COACHING_RATINGS.map((s) => `coaching.rating.${s}`),
      ...EFFECT_VERDICTS.flatMap((s) => [`coaching.verdict.${s}`, `coaching.verdictTitle.${s}`]),
      ...[...EFFECT_REASONS, 'unknown'].map((s) => `coaching.reason.${s}`),
      ...['job_role', 'org_unit'].map((s) => `coaching.comparison.${s}`),
      ...COURSE_CATEGORIES.map((s) => `training.cat.${s}`),
      ...ASSIGNMENT_STATUSES.map((s) => `training.status.${s}`),
      ...['overdue_one', 'overdue_other', 'today', 'inDays_one', 'inDays_other', 'none', 'done'].map(
        (s) => `due.${s}`,
      ),
    ];
    expect(need.filter((k) => !EN.has(k))).toEqual([]);
  });

  it('has text for every SMART reason the server gives', () => {
    const server = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../server/src/features/goals/goal-math.ts'),
      'utf8',
    );
    const reasons = [...server.matchAll(/check\('([a-z_]+)',\s*'(?:pass|warn|fail)',\s*'([a-z_]+)'/g)].map(
      (m) => `smart.${m[1]}.${m[2]}`,
    );
    // the one check whose reason is chosen by a ternary
    const ternary = ['smart.achievable.needs_target', 'smart.achievable.agreed_by_both'];
    expect(reasons.length).toBeGreaterThan(10);
    expect([...reasons, ...ternary].filter((k) => !EN.has(k))).toEqual([]);
  });
});
