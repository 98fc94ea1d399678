import { useCallback, useState } from 'react';

/** A check of one field: the translation key of what is wrong, or null when it is fine. */
export type Rule = (value: string) => ValidationKey | null;

export const VALIDATION_KEYS = [
  'validation.required',
  'validation.email',
  'validation.code',
  'validation.date',
  'validation.password',
  'validation.number',
  'validation.samePassword',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The rules the API applies too, checked before sending so the user hears at once. */
export const rules = {
  required: (v: string) => (v.trim() === '' ? 'validation.required' : null),
  email: (v: string) => (v.trim() !== '' && !EMAIL.test(v.trim()) ? 'validation.email' : null),
  code: (v: string) => (v.trim() !== '' && !CODE.test(v.trim()) ? 'validation.code' : null),
  date: (v: string) => (v !== '' && !realDate(v) ? 'validation.date' : null),
  /** The server's minimum: at least 10 characters. */
  password: (v: string) => (v !== '' && [...v].length < 10 ? 'validation.password' : null),
  number: (v: string) => (v.trim() !== '' && !Number.isFinite(Number(v)) ? 'validation.number' : null),
} satisfies Record<string, Rule>;

export type Values = Record<string, string>;
export type Errors<T extends Values> = Partial<Record<keyof T, ValidationKey>>;
export type Rules<T extends Values> = Partial<Record<keyof T, Rule[]>>;

/** The first failing rule of each field. */
export function validate<T extends Values>(values: T, fieldRules: Rules<T>): Errors<T> {
  const errors: Errors<T> = {};
  for (const key of Object.keys(fieldRules) as (keyof T)[]) {
    for (const rule of fieldRules[key] ?? []) {
      const problem = rule(values[key] ?? '');
      if (problem) {
        errors[key] = problem;
        break;
      }
    }
  }
  return errors;
}

/** Form values, their errors (translation keys) and a check before submit. */
export function useForm<T extends Values>(initial: T, fieldRules: Rules<T>) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors<T>>({});
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => (prev[key] ? { ...prev, [key]: undefined } : prev));
  }, []);
  /** Validates; on failure moves the focus to the first field in error. */
  const check = (extra?: (v: T) => Errors<T>): boolean => {
    const found = { ...validate(values, fieldRules), ...(extra?.(values) ?? {}) };
    setErrors(found);
    const ok = Object.values(found).every((e) => !e);
    if (!ok) {
      setTimeout(() => {
        const el = document.querySelector<HTMLElement>('[aria-invalid="true"]');
        el?.focus();
      }, 0);
    }
    return ok;
  };
  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
  }, []);
  return { values, errors, set, check, reset };
}
