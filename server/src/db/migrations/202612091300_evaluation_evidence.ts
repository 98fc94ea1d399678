import type { Kysely } from 'kysely';

/** Reserved for #12 work in progress (filled in by its own commit). */
export async function up(_db: Kysely<unknown>): Promise<void> {}
