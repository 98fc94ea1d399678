import { describe, expect, it } from 'vitest';
import {
  CreateCheckinBody,
  CreateTargetBody,
  DashboardQuery,
  IdParams,
  PeopleQuery,
  UpdatePersonBody,
} from '@frontline/contract';
import { AppError } from '../lib/errors.js';
import { createValidatorCompiler, unstorableTextAt } from './validation.js';

const compile = createValidatorCompiler();
const body = (schema: object) =>
  compile({ schema, httpPart: 'body', method: 'POST', url: '/' }) as (d: unknown) => unknown;
const query = (schema: object) =>
  compile({ schema, httpPart: 'querystring', method: 'GET', url: '/' }) as (d: unknown) => unknown;

describe('unstorableTextAt', () => {
  it('finds NUL and lone surrogates in strings and keys, as a JSON pointer', () => {
    expect(unstorableTextAt({ a: ['ok', 'x\u0000'] })).toBe('/a/1');
    expect(unstorableTextAt({ notes: 'half \ud800 pair' })).toBe('/notes');
    expect(unstorableTextAt({ 'k\udc00': 1 })).toBe('/k\udc00');
    expect(unstorableTextAt('\u0000')).toBe('/');
    expect(unstorableTextAt({ emoji: '😀', zh: '中文', lines: 'a\nb\tc' })).toBeNull();
  });

  it('walks deep nesting without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextAt(deep)).toMatch(/^(\/0){200000}$/);
  });
});

describe('request validation', () => {
  it('refuses NUL and lone surrogates with request.invalid_text before the schema', () => {
    const r = body(UpdatePersonBody)({ nameZh: '\ud800' }) as { error?: AppError };
    expect(r.error).toBeInstanceOf(AppError);
    expect(r.error).toMatchObject({ code: 'request.invalid_text', status: 400 });
    expect(r.error!.issues).toEqual([
      { path: 'body/nameZh', message: 'contains NUL or an unpaired surrogate' },
    ]);
    expect((query(IdParams)({ id: '\u0000' }) as { error?: AppError }).error?.code).toBe(
      'request.invalid_text',
    );
  });

  it('refuses control characters in one-line text but keeps line breaks in multi-line text', () => {
    expect(body(UpdatePersonBody)({ givenNameEn: 'Amy\u0007' })).toBe(false);
    expect(body(UpdatePersonBody)({ givenNameEn: 'Amy\nChan' })).toBe(false);
    expect(body(UpdatePersonBody)({ givenNameEn: 'Amy 陳 😀' })).toBe(true);
  });

  it('takes finite numbers within range only, and no subnormal or out-of-range measures', () => {
    const target = (standard: unknown) =>
      body(CreateTargetBody)({
        indicatorId: '00000000-0000-4000-8000-000000000000',
        orgUnitId: '00000000-0000-4000-8000-000000000000',
        standard,
        effectiveFrom: '2026-01-01',
      });
    expect(target(90)).toBe(true);
    expect(target(-0)).toBe(true);
    for (const bad of [1e308, -1e308, 5e-324, 1e-320, Infinity, NaN, 1e13]) {
      expect(target(bad), String(bad)).toBe(false);
    }
  });

  it('refuses a query number that is coerced to Infinity (Ajv then skips minimum and maximum)', () => {
    for (const offset of ['1e400', 'Infinity', '-Infinity']) {
      const r = query(PeopleQuery)({ offset }) as { error?: AppError };
      expect(r.error, offset).toMatchObject({ code: 'validation', status: 400 });
      expect(r.error!.issues).toEqual([{ path: 'querystring/offset', message: 'must be a finite number' }]);
    }
    expect(query(PeopleQuery)({ offset: '1e300' })).toBe(false);
    expect(query(PeopleQuery)({ offset: '20' })).toBe(true);
  });

  it('takes real dates from 2000-01-01 to 2100-12-31 only', () => {
    const range = (from: string) => query(DashboardQuery)({ from, to: '2026-11-30' });
    for (const ok of ['2000-01-01', '2028-02-29', '2026-11-01']) expect(range(ok), ok).toBe(true);
    for (const bad of [
      '0000-01-01',
      '0001-01-01',
      '1999-12-31',
      '2101-01-01',
      '9999-12-31',
      '2027-02-29',
      '2026-13-01',
    ]) {
      expect(range(bad), bad).toBe(false);
    }
    expect(query(DashboardQuery)({ from: '2026-11-01', to: '2100-12-31' })).toBe(true);
    const at = (scheduledAt: string) =>
      body(CreateCheckinBody)({ personId: '00000000-0000-4000-8000-000000000000', scheduledAt });
    for (const ok of ['2026-12-04T02:00:00Z', '2100-12-31T23:30:00-05:00']) expect(at(ok), ok).toBe(true);
    for (const bad of [
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2026-02-30T10:00:00Z',
      '2026-12-04',
    ]) {
      expect(at(bad), bad).toBe(false);
    }
  });
});
