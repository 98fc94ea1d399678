import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { problemIssues } from './problem';

/**
 * Forms: one mechanism. `useContractForm` is Mantine's `useForm` whose values are turned into the
 * API body (`toBody`) and checked against the contract's TypeBox schema for that body, the same
 * schema the server validates with. The server's field issues are put back onto the fields.
 */

/** The translation keys of the messages a field can show (all exist in both locales). */
export const VALIDATION_KEYS = [
  'validation.required',
  'validation.email',
  'validation.code',
  'validation.date',
  'validation.password',
  'validation.number',
  'validation.samePassword',
  'validation.text',
  'validation.minLength',
  'validation.maxLength',
  'validation.minimum',
  'validation.maximum',
  'validation.greaterThan',
  'validation.lessThan',
  'validation.notFound',
  'validation.invalid',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** A field's problem: a translation key and what it interpolates. */
export interface FieldProblem {
  key: ValidationKey;
  params?: Record<string, number | string>;
}

/** A problem found by a check beyond the schema: any translation key (a ValidationKey or a feature's own). */
export interface ExtraProblem {
  key: string;
  params?: Record<string, number | string>;
}
/** Checks beyond the schema (e.g. the password's length, a repeated password): a problem per field. */
export type ExtraCheck<Values> = (
  values: Values,
) => Partial<Record<keyof Values & string, ExtraProblem | string>>;

/**
 * A NumberInput's value (a number, or a string while empty or incomplete) for the body: '' stays ''
 * so the schema reports the field as missing; other text becomes NaN, which is not a number.
 */
export const numberValue = (v: number | string): number =>
  typeof v === 'number' ? v : v.trim() === '' ? (v as unknown as number) : Number.NaN;

/** The server's minimum password length (checked by the server's password policy, not by the schema). */
export const MIN_PASSWORD_LENGTH = 10;
/** A password long enough for the server: '' is left to the schema (required or optional). */
export const passwordTooShort = (v: string): boolean => v !== '' && [...v].length < MIN_PASSWORD_LENGTH;

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

function valueAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}

/** Text patterns that only refuse control characters (the contract's Line and Text). */
const isTextPattern = (pattern: unknown) => typeof pattern === 'string' && pattern.startsWith('^[^');

/** What a schema error means to the user. An empty value the schema refuses is a missing one. */
export function problemOf(error: SchemaError, value: unknown): FieldProblem {
  const limit = error.params.limit;
  const count = typeof limit === 'number' ? limit : Number(limit);
  if (value === '' || value === undefined || error.keyword === 'required') {
    return { key: 'validation.required' };
  }
  switch (error.keyword) {
    case 'minItems':
      return { key: 'validation.required' };
    case 'type':
      return error.params.type === 'number' || error.params.type === 'integer'
        ? { key: 'validation.number' }
        : { key: 'validation.invalid' };
    case 'format':
      if (error.params.format === 'email') return { key: 'validation.email' };
      if (error.params.format === 'date' || error.params.format === 'date-time') {
        return { key: 'validation.date' };
      }
      return { key: 'validation.invalid' };
    case 'pattern':
      return isTextPattern(error.params.pattern) ? { key: 'validation.text' } : { key: 'validation.code' };
    case 'minLength':
      return count <= 1 ? { key: 'validation.required' } : { key: 'validation.minLength', params: { count } };
    case 'maxLength':
      return { key: 'validation.maxLength', params: { count } };
    case 'minimum':
      return { key: 'validation.minimum', params: { limit: count } };
    case 'exclusiveMinimum':
      return { key: 'validation.greaterThan', params: { limit: count } };
    case 'maximum':
      return { key: 'validation.maximum', params: { limit: count } };
    case 'exclusiveMaximum':
      return { key: 'validation.lessThan', params: { limit: count } };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * The form field an error path names: its first segment (after `body`), renamed by `fields`. With
 * `deep`, the whole path as Mantine names a nested field (`/sections/0/id` → `sections.0.id`).
 */
function fieldOf(path: string, fields: Record<string, string>, deep = false): string {
  const parts = path.split('/').filter(Boolean);
  const rest = parts[0] === 'body' ? parts.slice(1) : parts;
  const first = rest[0];
  if (first === undefined) return '';
  const field = fields[first] ?? first;
  return deep ? [field, ...rest.slice(1)].join('.') : field;
}

/** The top-level field of a (possibly nested) field path. */
const topOf = (field: string) => field.split('.')[0] ?? '';

/**
 * The first problem of each field when `body` is checked against `schema`. Alternatives of a union
 * (`anyOf`, `must be null`) are skipped when a more telling error names the same field. Errors on
 * a path that names none of `known` fields are left to the server. With `deep`, each problem lands
 * on the nested field it names (`sections.0.items.1.textEn`).
 */
export function schemaProblems(
  schema: TSchema,
  body: unknown,
  known: readonly string[],
  fields: Record<string, string> = {},
  deep = false,
): Record<string, FieldProblem> {
  const byField = new Map<string, SchemaError[]>();
  for (const e of Value.Errors(schema, body) as SchemaError[]) {
    // Missing properties are reported on their parent; their names are in the params.
    const missing = e.params.requiredProperties;
    const paths =
      e.keyword === 'required' && Array.isArray(missing)
        ? missing.map((name) => `${e.instancePath}/${String(name)}`)
        : [e.instancePath];
    for (const path of paths) {
      const field = fieldOf(path, fields, deep);
      if (!known.includes(topOf(field))) continue;
      byField.set(field, [...(byField.get(field) ?? []), { ...e, instancePath: path }]);
    }
  }
  const out: Record<string, FieldProblem> = {};
  for (const [field, errors] of byField) {
    const telling =
      errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ??
      errors[0];
    if (telling) out[field] = problemOf(telling, valueAt(body, telling.instancePath));
  }
  return out;
}

const asProblem = (p: ExtraProblem | string): ExtraProblem => (typeof p === 'string' ? { key: p } : p);

/** Translated errors for Mantine's form: the schema's problems, then the extra checks. */
export function contractErrors<Values extends Record<string, unknown>, Body>(
  t: TFunction,
  schema: TSchema,
  values: Values,
  toBody: (values: Values) => Body,
  options: {
    extra?: ExtraCheck<Values>;
    fields?: Record<string, keyof Values & string>;
    deep?: boolean;
  } = {},
): FormErrors {
  const known = Object.keys(values);
  const problems: Record<string, ExtraProblem> = schemaProblems(
    schema,
    toBody(values),
    known,
    options.fields,
    options.deep,
  );
  for (const [field, p] of Object.entries(options.extra?.(values) ?? {})) {
    if (p && !problems[field]) problems[field] = asProblem(p as ExtraProblem | string);
  }
  const errors: FormErrors = {};
  for (const [field, p] of Object.entries(problems)) errors[field] = t(p.key, p.params ?? {});
  return errors;
}

/** What the server said about one field, in the user's language. */
function serverMessage(t: TFunction, message: string): string {
  const m = message.trim().toLowerCase();
  if (m === 'required') return t('validation.required');
  if (m === 'not found' || m === 'does not exist') return t('validation.notFound');
  return t('validation.invalid');
}

/** The part of a Mantine form `applyServerErrors` needs. */
export interface ErrorTarget {
  getValues: () => Record<string, unknown>;
  setFieldError: (path: string, error: ReactNode) => void;
}

/**
 * Puts the field issues of a failed request (problem+json `issues`) onto the form's fields, in the
 * user's language. Issues naming no field of the form are left to the error alert. Returns how
 * many fields were marked.
 */
export function applyServerErrors(
  form: ErrorTarget,
  error: unknown,
  t: TFunction,
  fields: Record<string, string> = {},
  deep = false,
): number {
  const known = Object.keys(form.getValues());
  const marked = new Set<string>();
  for (const issue of problemIssues(error)) {
    if (issue.row !== undefined) continue;
    const field = fieldOf(issue.column ?? issue.path, fields, deep);
    if (!known.includes(topOf(field)) || marked.has(field)) continue;
    form.setFieldError(field, serverMessage(t, issue.message));
    marked.add(field);
  }
  return marked.size;
}

/** Moves the focus to the first field in error of the submitted form (after React has drawn them). */
export function focusFirstError(event?: SyntheticEvent<HTMLFormElement>): void {
  const root: ParentNode = event?.currentTarget ?? document;
  setTimeout(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

export type ContractForm<Values extends Record<string, unknown>, Body> = UseFormReturnType<Values, Body> & {
  /** Marks the fields a failed request's issues name; the number marked. */
  applyServerErrors: (error: unknown) => number;
};

/**
 * Mantine's form, validated by a contract schema. `toBody` builds the request body from the values
 * (trimming, '' → null, text → numbers); the schema checks that body, and each error lands on the
 * field of the same name (or the one `fields` names). `onSubmit` hands the handler the body, and
 * on failure moves the focus to the first field in error.
 */
export function useContractForm<Values extends Record<string, unknown>, S extends TSchema>(options: {
  schema: S;
  initialValues: Values;
  toBody: (values: Values) => Static<S>;
  extra?: ExtraCheck<Values>;
  fields?: Record<string, keyof Values & string>;
  /** Put problems on nested fields (`sections.0.items.1.textEn`), for forms with lists. */
  deep?: boolean;
}): ContractForm<Values, Static<S>> {
  const { t } = useTranslation();
  const { schema, toBody, extra, fields, deep } = options;
  const form = useForm<Values, Static<S>>({
    mode: 'controlled',
    initialValues: options.initialValues,
    transformValues: toBody,
    validate: (values: Values) => contractErrors(t, schema, values, toBody, { extra, fields, deep }),
  });
  return {
    ...form,
    onSubmit: (handle, onFailure) =>
      form.onSubmit(handle, (errors, values, event) => {
        onFailure?.(errors, values, event);
        focusFirstError(event);
      }),
    applyServerErrors: (error: unknown) => applyServerErrors(form, error, t, fields, deep),
  };
}
