import { describe, expect, it } from 'vitest';
import type { FastifySchema } from 'fastify';
import { CreateGoalBody } from '@frontline/contract';
import { databaseRefusal, schemaRule } from './errors.js';
import { createValidatorCompiler } from './validation.js';

/** SQLSTATEs as PostgreSQL and PGlite report them (pg's DatabaseError: code, detail, message). */
const pgError = (code: string, message: string, detail?: string) =>
  Object.assign(new Error(message), { code, severity: 'ERROR', ...(detail ? { detail } : {}) });

describe('databaseRefusal', () => {
  it('answers a reference to a missing record with 422 and names the field, not the table or value', () => {
    const r = databaseRefusal(
      pgError(
        '23503',
        'insert or update on table "indicator" violates foreign key constraint "indicator_policy_id_fkey"',
        'Key (policy_id)=(8d3f2c1e-0000-4000-8000-000000000000) is not present in table "policy".',
      ),
    );
    expect(r).toMatchObject({ status: 422, code: 'request.unknown_reference' });
    expect(r!.issues).toEqual([{ path: '/policyId', message: 'does not exist' }]);
    expect(JSON.stringify(r)).not.toMatch(/8d3f2c1e|"policy"|indicator_policy/);
  });

  it('answers deleting a record others still refer to with 409', () => {
    const r = databaseRefusal(
      pgError(
        '23503',
        'update or delete on table "job_role" violates foreign key constraint "target_job_role_id_fkey" on table "target"',
        'Key (id)=(1) is still referenced from table "target".',
      ),
    );
    expect(r).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('answers data exceptions with 400 and a stable code', () => {
    const cases: [string, string, string][] = [
      ['22021', 'invalid byte sequence for encoding "UTF8": 0x00', 'request.invalid_text'],
      ['22P05', 'unsupported Unicode escape sequence', 'request.invalid_text'],
      ['22P02', 'invalid input syntax for type json', 'request.invalid_value'],
      ['22003', 'value out of range: overflow', 'request.invalid_value'],
      ['22003', 'value out of range: underflow', 'request.invalid_value'],
      ['22007', 'invalid input syntax for type date', 'request.invalid_value'],
      ['22008', 'date/time field value out of range: "0000-01-01"', 'request.invalid_value'],
      ['23514', 'new row violates check constraint', 'request.invalid_value'],
    ];
    for (const [code, message, expected] of cases) {
      expect(databaseRefusal(pgError(code, message)), code).toMatchObject({ status: 400, code: expected });
    }
  });

  it('leaves everything else to the 500 path', () => {
    for (const err of [
      pgError('42P01', 'relation "x" does not exist'),
      pgError('40001', 'could not serialize access'),
      pgError('53300', 'too many connections'),
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
      Object.assign(new Error('bad'), { code: 'FST_ERR_VALIDATION' }),
      new Error('plain'),
      null,
      'text',
    ]) {
      expect(databaseRefusal(err)).toBeNull();
    }
  });
});

describe('schemaRule: a schema rule with its own error code', () => {
  const validate = createValidatorCompiler()({
    schema: CreateGoalBody as FastifySchema,
    method: 'POST',
    url: '/api/v1/goals',
    httpPart: 'body',
  }) as ((data: unknown) => unknown) & { errors?: unknown[] | null };
  const goal = {
    personId: '00000000-0000-4000-8000-000000000001',
    kind: 'qualitative',
    title: 'Calmer calls',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  };
  const ruleOf = (body: unknown) => {
    expect(validate(body)).toBe(false);
    return schemaRule(validate.errors ?? [], CreateGoalBody);
  };

  it('answers goal.criteria_required for a qualitative goal without criteria, or with only spaces', () => {
    for (const body of [goal, { ...goal, successCriteria: '  ' }, { ...goal, successCriteria: null }]) {
      expect(ruleOf(body)).toEqual({
        code: 'goal.criteria_required',
        detail: 'A qualitative goal needs explicit success criteria.',
        issues: [{ path: '/successCriteria', message: 'required' }],
      });
    }
    expect(validate({ ...goal, successCriteria: 'Two calm calls a day' })).toBe(true);
    expect(validate({ ...goal, kind: 'indicator', target: 1 })).toBe(true);
  });

  it('leaves any other invalid request to plain validation', () => {
    expect(ruleOf({ ...goal, title: '' })).toBeNull();
    expect(ruleOf({ ...goal, title: '', successCriteria: ' ' })).toBeNull();
  });
});
