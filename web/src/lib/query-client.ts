import { QueryClient } from '@tanstack/react-query';
import { ApiError, setUnauthenticatedHandler } from './api-client';

/** Retries only what may pass on a second try (network and server errors), never 4xx answers. */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (count, err) =>
          count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  // A 401 anywhere means the session ended: fetch the session again, and the router signs the user out.
  setUnauthenticatedHandler(() => void client.invalidateQueries({ queryKey: ['session'] }));
  return client;
}
