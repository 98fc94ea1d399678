import { describe, expect, it } from 'vitest';
import { CreateScorecardBody, type Scorecard } from '@frontline/contract';
import { Value } from 'typebox/value';
import {
  createBodyOf,
  draftOf,
  duplicateIds,
  emptyDraft,
  moved,
  newItem,
  slugKey,
  uniqueKey,
  type ScorecardDraft,
} from './scorecardDraft';

describe('slugKey', () => {
  it('makes a key of lower-case letters and digits joined by _', () => {
    expect(slugKey('Greets and gives their name')).toBe('greets_and_gives_their_name');
    expect(slugKey('  Verifies the customer’s ID (2FA)! ')).toBe('verifies_the_customer_s_id_2fa');
    expect(slugKey('Café résumé')).toBe('cafe_resume');
  });

  it('keeps to 40 characters without a trailing _, and gives "" for text without latin letters', () => {
    const key = slugKey('Explains the answer clearly and checks it was understood');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).toMatch(/^[a-z0-9][a-z0-9_-]*[a-z0-9]$/);
    expect(slugKey('問候並報上姓名')).toBe('');
  });
});

describe('uniqueKey', () => {
  it('numbers a key already taken, within 40 characters', () => {
    expect(uniqueKey('greet', new Set(['verify']))).toBe('greet');
    expect(uniqueKey('greet', new Set(['greet', 'greet_2']))).toBe('greet_3');
    expect(uniqueKey('x'.repeat(40), new Set(['x'.repeat(40)]))).toBe(`${'x'.repeat(38)}_2`);
    expect(uniqueKey('', new Set(['']))).toBe('');
  });
});

describe('moved', () => {
  it('moves one element up or down, and ignores a move off either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

function filled(): ScorecardDraft {
  const d = emptyDraft();
  d.code = ' QA-CHAT ';
  d.titleEn = 'Chat review';
  d.titleZh = '聊天評審';
  const s = d.sections[0]!;
  Object.assign(s, { id: 'opening', titleEn: 'Opening', titleZh: '開場' });
  Object.assign(s.items[0]!, { id: 'greet', textEn: 'Greets', textZh: '問候', critical: 'evaluation' });
  const scale = newItem();
  Object.assign(scale, { id: 'need', textEn: 'Finds the need', textZh: '了解需要', type: 'scale_1_5' });
  scale.levels = scale.levels.map((_, n) => ({ en: `Level ${n + 1}`, zh: `第${n + 1}級` }));
  const points = newItem();
  Object.assign(points, {
    id: 'tidy',
    textEn: 'Tidy',
    textZh: '整潔',
    type: 'points',
    maxPoints: 5,
    weight: 2,
  });
  s.items.push(scale, points);
  return d;
}

describe('createBodyOf', () => {
  it('gives the contract body: trimmed, numbers, levels only on scale items, max points only on points', () => {
    const body = createBodyOf(filled());
    expect([...Value.Errors(CreateScorecardBody, body)].map((e) => e.instancePath + ' ' + e.message)).toEqual(
      [],
    );
    expect(body.code).toBe('QA-CHAT');
    expect(body.indicatorId).toBeUndefined();
    const [yes, scale, points] = body.sections[0]!.items;
    expect(yes).not.toHaveProperty('levels');
    expect(yes).not.toHaveProperty('maxPoints');
    expect(scale?.levels).toHaveLength(5);
    expect(points).toMatchObject({ maxPoints: 5, weight: 2 });
  });

  it('refuses a scale item without its level texts (on the level fields)', () => {
    const d = filled();
    d.sections[0]!.items[1]!.levels[2] = { en: '', zh: '' };
    expect(Value.Check(CreateScorecardBody, createBodyOf(d))).toBe(false);
  });

  it('round-trips a saved scorecard through the draft', () => {
    const body = createBodyOf(filled());
    const card: Scorecard = {
      ...body,
      id: '00000000-0000-4000-8000-000000000001',
      version: 1,
      indicatorId: null,
      indicatorCode: null,
      active: true,
      previousId: null,
      evaluations: 3,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    expect(createBodyOf(draftOf(card)).sections).toEqual(body.sections);
  });
});

describe('duplicateIds', () => {
  it('names the later of two sections or items with the same key, across sections for items', () => {
    const d = filled();
    d.sections.push({ ...d.sections[0]!, key: 'other', items: [{ ...d.sections[0]!.items[0]!, key: 'x' }] });
    expect(duplicateIds(d)).toEqual(['sections.1.id', 'sections.1.items.0.id']);
    expect(duplicateIds(filled())).toEqual([]);
  });
});
