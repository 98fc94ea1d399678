/**
 * Minimal typings for the parts of jStat (CommonJS, `module.exports = jStat` with `jStat.jStat = jStat`)
 * that the server uses. Import as `import jstatPkg from 'jstat'; const { jStat } = jstatPkg;`.
 */
declare module 'jstat' {
  interface JStatStatic {
    studentt: {
      /** Quantile of Student's t distribution: the x with P(T ≤ x) = p for `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    normal: {
      /** Quantile of the normal distribution N(mean, sd²): the x with P(X ≤ x) = p. */
      inv(p: number, mean: number, sd: number): number;
    };
  }
  const jstat: JStatStatic & { jStat: JStatStatic };
  export default jstat;
}
