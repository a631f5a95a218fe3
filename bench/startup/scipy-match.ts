// The match case set against scipy on the same instance, through bench/matching's external
// solvers (the graph file and scipy_compare.py): linprog (HiGHS) and LAPJVsp.
import type { MatchingProblem } from '../../src/domain/matching/problem.ts';
import { runScipy, scipyAvailable, writeGraph, type ExternalMethod } from '../matching/external-solvers.ts';

/**
 * One line per scipy method: its whole process (start, numpy import, reading the binary graph,
 * building the model, solving) and the solver call alone, against our end-to-end `match`.
 */
export function scipyFigures(problem: MatchingProblem, graphFile: string, oursSeconds: number): string {
  const version = scipyAvailable();
  if (!version) return 'scipy: skipped (python3 with scipy and numpy is not installed)';
  writeGraph(graphFile, problem);
  const lines = [`Against scipy ${version} on the same instance (python reads a binary graph file, no JSON):`];
  for (const method of ['linprog', 'matching'] as ExternalMethod[]) {
    const started = performance.now();
    const report = runScipy(graphFile, method);
    const processSeconds = (performance.now() - started) / 1000;
    if (report.skipped !== undefined) {
      lines.push(`  ${method}: skipped (${report.skipped})`);
      continue;
    }
    const solve = report.seconds ?? 0;
    lines.push(
      `  ${method}: process ${processSeconds.toFixed(3)} s (solver ${solve.toFixed(3)} s, optimum ${report.optimum?.toFixed(4)}); ` +
        `constellation match end to end ${oursSeconds.toFixed(3)} s = ${(oursSeconds / processSeconds).toFixed(2)}x scipy's process`,
    );
  }
  return lines.join('\n');
}
