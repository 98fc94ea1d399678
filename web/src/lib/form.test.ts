import { act, renderHook } from '@testing-library/react';
import type { FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CreateOrgUnitBody,
  CreateUserBody,
  LoginBody,
  type CreateUserBody as UserBody,
} from '@frontline/contract';
import { ApiError } from './api-client';
import { Type } from 'typebox';
import { applyServerErrors, contractErrors, numberValue, schemaProblems, useContractForm } from './form';
import { i18n } from './i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const USER = { email: '', displayName: '', password: '', personId: '', roles: [] as string[] };
const userBody = (v: typeof USER) =>
  ({
    email: v.email.trim(),
    displayName: v.displayName.trim(),
    password: v.password,
    personId: v.personId || null,
    roles: v.roles,
  }) as UserBody;
const userFields = Object.keys(USER);

describe('schemaProblems', () => {
  it('reports one problem per field from the contract schema, empty values as missing', () => {
    expect(schemaProblems(CreateUserBody, userBody({ ...USER, email: 'not-an-email' }), userFields)).toEqual({
      email: { key: 'validation.email' },
      displayName: { key: 'validation.required' },
      password: { key: 'validation.required' },
      roles: { key: 'validation.required' },
    });
  });

  it('passes a body the schema accepts', () => {
    const good = { email: 'a@b.hk', displayName: 'Ann', password: 'x', personId: '', roles: ['staff'] };
    expect(schemaProblems(CreateUserBody, userBody(good), userFields)).toEqual({});
  });

  it('names the broken rule: code pattern, length, control characters, a bad uuid', () => {
    const body = {
      parentId: 'nope',
      kind: 'team',
      code: '-bad',
      nameEn: 'x'.repeat(201),
      nameZh: 'a\u0001b',
    };
    expect(schemaProblems(CreateOrgUnitBody, body, Object.keys(body))).toEqual({
      parentId: { key: 'validation.invalid' },
      code: { key: 'validation.code' },
      nameEn: { key: 'validation.maxLength', params: { count: 200 } },
      nameZh: { key: 'validation.text' },
    });
  });

  it('puts a missing property on its field, and leaves errors of unknown fields to the server', () => {
    expect(schemaProblems(LoginBody, {}, ['email'])).toEqual({ email: { key: 'validation.required' } });
    expect(
      schemaProblems(LoginBody, { email: 'a@b.hk', password: 'p', extra: 1 }, ['email', 'password']),
    ).toEqual({});
  });

  it('maps a body property to a differently named field', () => {
    expect(schemaProblems(LoginBody, { email: '', password: 'p' }, ['login'], { email: 'login' })).toEqual({
      login: { key: 'validation.required' },
    });
  });

  it('with deep, puts each problem on the nested field it names', () => {
    const schema = Type.Object({
      title: Type.String({ minLength: 1 }),
      rows: Type.Array(Type.Object({ id: Type.String({ minLength: 1 }), n: Type.Integer({ maximum: 5 }) })),
    });
    const body = {
      title: 'x',
      rows: [
        { id: 'a', n: 1 },
        { id: '', n: 9 },
      ],
    };
    expect(schemaProblems(schema, body, ['title', 'rows'], {}, true)).toEqual({
      'rows.1.id': { key: 'validation.required' },
      'rows.1.n': { key: 'validation.maximum', params: { limit: 5 } },
    });
    expect(schemaProblems(schema, body, ['title', 'rows'])).toEqual({
      rows: { key: 'validation.required' },
    });
  });
});

describe('numbers from a NumberInput', () => {
  const schema = Type.Object({ n: Type.Number({ exclusiveMinimum: 0, maximum: 10 }) });
  const check = (v: number | string) => schemaProblems(schema, { n: numberValue(v) }, ['n']);

  it('reads an empty input as missing, text as not a number, and names the bound broken', () => {
    expect(check('')).toEqual({ n: { key: 'validation.required' } });
    expect(check('-')).toEqual({ n: { key: 'validation.number' } });
    expect(check(0)).toEqual({ n: { key: 'validation.greaterThan', params: { limit: 0 } } });
    expect(check(11)).toEqual({ n: { key: 'validation.maximum', params: { limit: 10 } } });
    expect(check(5)).toEqual({});
  });
});

describe('contractErrors', () => {
  it('translates the schema problems and adds the extra checks after them', async () => {
    await i18n.changeLanguage('zh-Hant');
    const errors = contractErrors(i18n.t, LoginBody, { email: 'x', password: '' }, (v) => v, {
      extra: () => ({
        email: 'validation.samePassword',
        password: { key: 'validation.minLength', params: { count: 3 } },
      }),
    });
    // The schema's problem wins over an extra check of the same field.
    expect(errors).toEqual({ email: '請輸入電郵地址，例如 name@example.com。', password: '請填寫此欄。' });
    await i18n.changeLanguage('en');
    expect(
      contractErrors(i18n.t, LoginBody, { email: 'a@b.hk', password: 'abc' }, (v) => v, {
        extra: () => ({ password: { key: 'validation.minLength', params: { count: 10 } } }),
      }),
    ).toEqual({ password: 'Use at least 10 characters.' });
  });
});

describe('applyServerErrors', () => {
  const problem = (issues: { path: string; message: string; row?: number }[]) =>
    new ApiError(400, 'validation', {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      code: 'validation',
      issues,
    });

  it("puts the server's field issues on the fields it names, translated", () => {
    const setFieldError = vi.fn();
    const form = { getValues: () => ({ personId: '', displayName: '' }), setFieldError };
    const n = applyServerErrors(
      form,
      problem([
        { path: '/personId', message: 'not found' },
        { path: 'body/displayName', message: 'must NOT have fewer than 1 characters' },
        { path: '/unknown', message: 'required' },
        { path: '/rows/2/displayName', message: 'required', row: 2 },
      ]),
      i18n.t,
    );
    expect(n).toBe(2);
    expect(setFieldError.mock.calls).toEqual([
      ['personId', 'This no longer exists. Choose another.'],
      ['displayName', 'This is not valid.'],
    ]);
  });

  it('with deep, puts an issue on the nested field its path names', () => {
    const setFieldError = vi.fn();
    const form = { getValues: () => ({ sections: [] }), setFieldError };
    const n = applyServerErrors(
      form,
      problem([{ path: '/sections/1/items/0/id', message: 'duplicate item id' }]),
      i18n.t,
      {},
      true,
    );
    expect(n).toBe(1);
    expect(setFieldError.mock.calls).toEqual([['sections.1.items.0.id', 'This is not valid.']]);
  });

  it('does nothing for an error without issues', () => {
    const setFieldError = vi.fn();
    expect(applyServerErrors({ getValues: () => ({ a: '' }), setFieldError }, new Error('x'), i18n.t)).toBe(
      0,
    );
    expect(setFieldError).not.toHaveBeenCalled();
  });
});

describe('useContractForm', () => {
  const submitEvent = () => ({ preventDefault: () => undefined }) as unknown as FormEvent<HTMLFormElement>;

  it('blocks the submit with errors on the fields, then hands over the body once valid', () => {
    const handle = vi.fn();
    const { result } = renderHook(() =>
      useContractForm({
        schema: LoginBody,
        initialValues: { email: ' ', password: '' },
        toBody: (v) => ({ email: v.email.trim(), password: v.password }),
      }),
    );
    act(() => result.current.onSubmit(handle)(submitEvent()));
    expect(handle).not.toHaveBeenCalled();
    expect(result.current.errors).toEqual({ email: 'Fill this in.', password: 'Fill this in.' });
    act(() => {
      result.current.setFieldValue('email', ' ann@example.com ');
      result.current.setFieldValue('password', 'secret');
    });
    // A change clears that field's error.
    expect(result.current.errors).toEqual({});
    act(() => result.current.onSubmit(handle)(submitEvent()));
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[0]).toEqual({ email: 'ann@example.com', password: 'secret' });
  });

  it('marks the fields named by a failed request', () => {
    const { result } = renderHook(() =>
      useContractForm({
        schema: LoginBody,
        initialValues: { login: '', password: '' },
        toBody: (v) => ({ email: v.login, password: v.password }),
        fields: { email: 'login' },
      }),
    );
    const err = new ApiError(400, 'validation', {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      code: 'validation',
      issues: [{ path: 'body/email', message: 'required' }],
    });
    act(() => {
      result.current.applyServerErrors(err);
    });
    expect(result.current.errors).toEqual({ login: 'Fill this in.' });
  });
});
