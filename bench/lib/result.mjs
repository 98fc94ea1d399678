// One figure of a benchmark, with its reference measured in the same run, printed as a line
// `npm run bench` (bench/all.mjs) collects into its closing table. Benchmarks print their own
// detail as before; this line is the summary.
//   emit({ bench, figure, value, unit, reference, referenceValue, goal })
// `value / referenceValue` is the ratio the table shows; `goal` is the target in words.
export const RESULT_PREFIX = 'BENCH_RESULT ';

export function emit(r) {
  console.log(RESULT_PREFIX + JSON.stringify(r));
}
