import type { ReactNode } from 'react';
import { isNotFound } from '../lib/api-client';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { NotFound } from './NotFound';

/**
 * A query's data, or what stands in for it: "not found" for a 404 (or an address whose id cannot
 * be a record's, `valid` false), the error when there is no data to show, else the loading state.
 * Data already shown stays when a later refetch fails.
 */
export function QueryState<T>({
  query,
  valid = true,
  children,
}: {
  query: { data: T | undefined; error: unknown };
  valid?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (!valid || isNotFound(query.error)) return <NotFound />;
  if (query.data === undefined) return query.error ? <ErrorAlert error={query.error} /> : <Loading />;
  return <>{children(query.data)}</>;
}
