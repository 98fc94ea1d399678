import SerializerSelector from '@fastify/fast-json-stringify-compiler';

/**
 * Schema compilation deferred from boot to first use (issue #19 item 6: a later start ≤ 2 s). Fastify
 * compiles a validator for every request part and a serializer for every response schema of every
 * route before it listens: about a second of a warm start. Here each compiled function is made on its
 * first call, and `warm()` compiles the rest soon after listening, one per turn of the event loop, so
 * requests are served in between and a schema that cannot compile still shows up within seconds.
 */
export function createLazyCompiles() {
  const pending = new Set<() => void>();

  /** `make` on first call (or when warmed); the same function afterwards. */
  function lazy<F extends (...args: never[]) => unknown>(make: () => F): F & { force: () => F } {
    let fn: F | undefined;
    const force = () => {
      if (!fn) {
        fn = make();
        pending.delete(force);
      }
      return fn;
    };
    pending.add(force);
    const call = ((...args: Parameters<F>) => force()(...args)) as F & { force: () => F };
    call.force = force;
    return call;
  }

  /** Fastify's own serializer factory (fast-json-stringify), compiling each route's on first use. */
  const buildSerializer = (): ReturnType<typeof SerializerSelector> => (externalSchemas, serializerOpts) => {
    const compile = SerializerSelector()(externalSchemas, serializerOpts);
    return (route) => lazy(() => compile(route) as (data: unknown) => string);
  };

  /** Compiles what is still pending, one function per event-loop turn; resolves when none is left. */
  async function warm(): Promise<number> {
    let n = 0;
    for (const force of [...pending]) {
      await new Promise((r) => setImmediate(r));
      force();
      n++;
    }
    return n;
  }

  return { lazy, buildSerializer, warm, pending: () => pending.size };
}
export type LazyCompiles = ReturnType<typeof createLazyCompiles>;
