import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.js';
import type { Database } from './database.js';

/**
 * schema.ts (the types every query is checked against) must say what the migrated database
 * holds: the same tables and columns, the same nullability, a type of the same kind, and no
 * column typed as generated that the database would refuse to leave out. Fails on drift in
 * either direction (issue 11 item 8).
 */
const SCHEMA = fileURLToPath(new URL('./schema.ts', import.meta.url));
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

interface TsColumn {
  /** The type a select returns, as written (Generated<X> → X, ColumnType<S, …> → S). */
  select: string;
  nullable: boolean;
  /** May be left out of an insert (Generated, or ColumnType with undefined in its insert type). */
  optionalOnInsert: boolean;
  /** The declared type as written. */
  raw: string;
}

/** The DB interface of schema.ts: table → column → its declared types. */
export function readSchema(text: string): Map<string, Map<string, TsColumn>> {
  const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeNode>();
  file.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
    if (ts.isTypeAliasDeclaration(n)) aliases.set(n.name.text, n.type);
  });
  const resolve = (t: ts.TypeNode): ts.TypeNode => {
    if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && !t.typeArguments) {
      const a = aliases.get(t.typeName.text);
      if (a && ts.isTypeReferenceNode(a) && ['ColumnType', 'Generated'].includes(a.typeName.getText())) {
        return a;
      }
    }
    return t;
  };
  const column = (node: ts.TypeNode): TsColumn => {
    const t = resolve(node);
    let select = t;
    let optionalOnInsert = false;
    if (ts.isTypeReferenceNode(t) && t.typeArguments) {
      const name = t.typeName.getText();
      if (name === 'Generated') {
        select = t.typeArguments[0]!;
        optionalOnInsert = true;
      } else if (name === 'ColumnType') {
        select = t.typeArguments[0]!;
        const insert = t.typeArguments[1];
        optionalOnInsert = !!insert && /\bundefined\b/.test(insert.getText());
      }
    }
    const text = select.getText();
    if (
      ts.isTypeReferenceNode(t) &&
      t.typeArguments &&
      /^Json(Default|Nullable)?$/.test(t.typeName.getText())
    ) {
      // Json<T> reads T; JsonDefault<T> may be left out; JsonNullable<T> reads T | null.
      const name = t.typeName.getText();
      const inner = t.typeArguments[0]!.getText();
      return {
        select: name === 'JsonNullable' ? `${inner} | null` : inner,
        nullable: name === 'JsonNullable',
        optionalOnInsert: name !== 'Json',
        raw: node.getText(),
      };
    }
    return {
      select: text,
      nullable: /\|\s*null\b|^null\s*\|/.test(text),
      optionalOnInsert,
      raw: node.getText(),
    };
  };
  const db = interfaces.get('DB');
  if (!db) throw new Error('schema.ts has no DB interface');
  const out = new Map<string, Map<string, TsColumn>>();
  for (const m of db.members) {
    if (!ts.isPropertySignature(m) || !m.type || !ts.isTypeReferenceNode(m.type)) continue;
    const table = interfaces.get(m.type.typeName.getText());
    if (!table) throw new Error(`schema.ts: no interface ${m.type.typeName.getText()}`);
    const cols = new Map<string, TsColumn>();
    for (const c of table.members) {
      if (ts.isPropertySignature(c) && c.type) cols.set(c.name.getText(), column(c.type));
    }
    out.set(m.name.getText(), cols);
  }
  return out;
}

/** What kind of value a column type holds, as the app sees it (dates stay strings; see database.ts). */
function kindOf(dataType: string): 'number' | 'boolean' | 'Date' | 'string' | 'json' | 'array' {
  if (['integer', 'bigint', 'smallint', 'double precision', 'real', 'numeric'].includes(dataType)) {
    return 'number';
  }
  if (dataType === 'boolean') return 'boolean';
  if (dataType.startsWith('timestamp')) return 'Date';
  if (dataType === 'jsonb' || dataType === 'json') return 'json';
  if (dataType === 'ARRAY') return 'array';
  return 'string';
}

function agrees(kind: ReturnType<typeof kindOf>, select: string): boolean {
  const t = select.replace(/\|\s*null\b/g, '').trim();
  switch (kind) {
    case 'number':
      return t === 'number';
    case 'boolean':
      return t === 'boolean';
    case 'Date':
      return t === 'Date';
    case 'array':
      return /\[\]$/.test(t) || /^(readonly )?\w+\[\]$/.test(t);
    case 'json':
      return !['number', 'boolean', 'Date', 'string'].includes(t);
    case 'string':
      return !['number', 'boolean', 'Date'].includes(t) && !/\[\]$/.test(t);
  }
}

describe('schema.ts and the migrated database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it('have the same tables, columns, nullability and kinds of value', async () => {
    const declared = readSchema(readFileSync(SCHEMA, 'utf8'));
    const rows = await sql<{
      table: string;
      column: string;
      nullable: 'YES' | 'NO';
      dataType: string;
      hasDefault: boolean;
    }>`
      select c.table_name as "table", c.column_name as "column", c.is_nullable as nullable,
             c.data_type as "dataType",
             (c.column_default is not null or c.is_identity = 'YES' or c.is_generated = 'ALWAYS') as "hasDefault"
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
       order by 1, c.ordinal_position`.execute(database.db);
    const problems: string[] = [];
    const actual = new Map<string, typeof rows.rows>();
    for (const r of rows.rows) {
      if (BOOKKEEPING.has(r.table)) continue;
      const list = actual.get(camel(r.table)) ?? [];
      list.push(r);
      actual.set(camel(r.table), list);
    }
    for (const table of declared.keys()) {
      if (!actual.has(table)) problems.push(`${table}: in schema.ts, not in the database`);
    }
    for (const [table, cols] of actual) {
      const d = declared.get(table);
      if (!d) {
        problems.push(`${table}: in the database, not in schema.ts`);
        continue;
      }
      const seen = new Set<string>();
      for (const c of cols) {
        const name = camel(c.column);
        seen.add(name);
        const t = d.get(name);
        if (!t) {
          problems.push(`${table}.${name}: in the database, not in schema.ts`);
          continue;
        }
        if ((c.nullable === 'YES') !== t.nullable) {
          problems.push(
            `${table}.${name}: the database says ${c.nullable === 'YES' ? 'null' : 'not null'}, schema.ts ${t.select}`,
          );
        }
        if (!agrees(kindOf(c.dataType), t.select)) {
          problems.push(`${table}.${name}: ${c.dataType} in the database, ${t.select} in schema.ts`);
        }
        if (kindOf(c.dataType) === 'json' && !/^Json(Default|Nullable)?</.test(t.raw)) {
          problems.push(
            `${table}.${name}: jsonb is declared as ${t.raw}; use Json<T> (db/json.ts), written with json()`,
          );
        }
        if (t.optionalOnInsert && !c.hasDefault && c.nullable === 'NO') {
          problems.push(
            `${table}.${name}: schema.ts lets an insert leave it out, the database has no default`,
          );
        }
      }
      for (const name of d.keys()) {
        if (!seen.has(name)) problems.push(`${table}.${name}: in schema.ts, not in the database`);
      }
    }
    expect(problems).toEqual([]);
    expect(actual.size).toBeGreaterThan(30);
  });

  it('can fail: a column left out, a nullability and a kind changed are each found', () => {
    const text = readFileSync(SCHEMA, 'utf8');
    const broken = text
      .replace(/(interface PersonTable \{[^}]*?)\n\s*nameZh: string \| null;/, '$1')
      .replace(/(interface PersonTable \{[^}]*?)employeeNumber: string;/, '$1employeeNumber: string | null;');
    const person = readSchema(broken).get('person')!;
    expect(person.has('nameZh')).toBe(false);
    expect(person.get('employeeNumber')!.nullable).toBe(true);
    expect(agrees(kindOf('integer'), 'string')).toBe(false);
    expect(agrees(kindOf('timestamp with time zone'), 'Date | null')).toBe(true);
  });
});
