import type { ColumnType } from 'kysely';

declare const jsonOf: unique symbol;

/** The JSON text of a T, made by `json()`: what a jsonb column of T takes on insert and update. */
export type JsonText<T> = string & { readonly [jsonOf]: T };

/** A jsonb column holding T: reads give T, writes take `json(value)` of a T (checked). */
export type Json<T> = ColumnType<T, JsonText<T>, JsonText<T>>;
/** A jsonb column with a default: an insert may leave it out. */
export type JsonDefault<T> = ColumnType<T, JsonText<T> | undefined, JsonText<T>>;
/** A nullable jsonb column (with no default). */
export type JsonNullable<T> = ColumnType<T | null, JsonText<T> | null | undefined, JsonText<T> | null>;

/** A free JSON object (audit snapshots, notification data). */
export type JsonObject = { [key: string]: unknown };

/**
 * A value as jsonb input. Both drivers take JSON text (node-postgres would send a JS array as a
 * PostgreSQL array); `replacer` may clean strings on the way (imports: text jsonb cannot hold).
 */
export function json<T>(value: T, replacer?: (key: string, value: unknown) => unknown): JsonText<T> {
  return JSON.stringify(value, replacer) as JsonText<T>;
}
