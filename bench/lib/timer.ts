// A Kysely plugin that times every statement (from compile to result, so a wait for a pool
// connection is included) and sums the times per statement shape. Used to see where an import's
// time goes without touching server/src.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { PostgresQueryCompiler } from 'kysely';

export interface Stat {
  label: string;
  calls: number;
  ms: number;
  maxMs: number;
}

export function statementTimer() {
  const started = new Map<unknown, { t: number; label: string }>();
  const stats = new Map<string, Stat>();
  const spans: [number, number][] = [];
  const compiler = new PostgresQueryCompiler();
  const labelOf = (node: RootOperationNode): string => {
    let text: string;
    try {
      text = compiler.compileQuery(node as never, { queryId: 'x' } as never).sql;
    } catch {
      text = node.kind;
    }
    return text.replace(/\s+/g, ' ').trim().slice(0, 90);
  };
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      started.set(args.queryId, { t: performance.now(), label: labelOf(args.node) });
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const s = started.get(args.queryId);
      if (s) {
        started.delete(args.queryId);
        const end = performance.now();
        const ms = end - s.t;
        spans.push([s.t, end]);
        const st = stats.get(s.label) ?? { label: s.label, calls: 0, ms: 0, maxMs: 0 };
        st.calls++;
        st.ms += ms;
        st.maxMs = Math.max(st.maxMs, ms);
        stats.set(s.label, st);
      }
      return args.result;
    },
  };
  return {
    plugin,
    reset: () => {
      stats.clear();
      spans.length = 0;
    },
    /** Wall-clock time during which at least one statement was running (overlaps counted once). */
    wallMs: () => {
      const sorted = [...spans].sort((a, b) => a[0] - b[0]);
      let total = 0;
      let curS = -Infinity;
      let curE = -Infinity;
      for (const [s, e] of sorted) {
        if (s > curE) {
          if (curE > curS) total += curE - curS;
          curS = s;
          curE = e;
        } else curE = Math.max(curE, e);
      }
      if (curE > curS) total += curE - curS;
      return total;
    },
    /** Statements by total time, largest first. */
    top: (n = 12) => [...stats.values()].sort((a, b) => b.ms - a.ms).slice(0, n),
    totalMs: () => [...stats.values()].reduce((a, s) => a + s.ms, 0),
  };
}
