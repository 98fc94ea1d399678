export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface FieldChange {
  field: string;
  kind: ChangeKind;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field comparison of an audit entry's before and after. Objects are compared one level
 * deep (nested values are compared whole); anything else is one field named "value".
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null || before === undefined) {
      return after === null || after === undefined ? [] : [{ field: 'value', kind: 'added', before, after }];
    }
    return [{ field: 'value', kind: same(before, after) ? 'same' : 'changed', before, after }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const inB = field in b && isRecord(before);
    const inA = field in a && isRecord(after);
    const kind: ChangeKind = !inB
      ? 'added'
      : !inA
        ? 'removed'
        : same(b[field], a[field])
          ? 'same'
          : 'changed';
    return { field, kind, before: b[field], after: a[field] };
  });
}

/** A value as short readable text. */
export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '∅';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
