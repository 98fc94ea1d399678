import { describe, expect, it } from 'vitest';
import { rules, validate } from './form';

describe('form rules', () => {
  it('reports the first failing rule of each field', () => {
    const errors = validate(
      { code: '', email: 'not-an-email', date: '2026-02-30', name: 'Ok', password: 'short' },
      {
        code: [rules.required, rules.code],
        email: [rules.required, rules.email],
        date: [rules.date],
        name: [rules.required],
        password: [rules.password],
      },
    );
    expect(errors).toEqual({
      code: 'validation.required',
      email: 'validation.email',
      date: 'validation.date',
      password: 'validation.password',
    });
  });

  it('accepts good values and leaves optional empty fields alone', () => {
    expect(rules.code('ST-MK_1.a')).toBeNull();
    expect(rules.code('-bad')).toBe('validation.code');
    expect(rules.email('')).toBeNull();
    expect(rules.email('a@b.hk')).toBeNull();
    expect(rules.date('2024-02-29')).toBeNull();
    expect(rules.date('2023-02-29')).toBe('validation.date');
    expect(rules.required('   ')).toBe('validation.required');
    expect(rules.password('長長長長長長長長長長')).toBeNull();
    expect(rules.number('1.5')).toBeNull();
    expect(rules.number('abc')).toBe('validation.number');
  });
});
