// The external solvers of the matching benchmark: the final candidate graph written for
// scipy_compare.py, which solves it with scipy (LAPJVsp, HiGHS) or CBC, and their times set
// against ours.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MatchingProblem } from '../../src/domain/matching/problem.ts';

export const SCIPY_TIMEOUT_S = Number(process.env.BENCH_MATCHING_SCIPY_TIMEOUT ?? 120);
const here = path.dirname(fileURLToPath(import.meta.url));

export type ExternalMethod = 'matching' | 'linprog' | 'cbc';
export type ScipyReport = { method: string; seconds?: number; build_seconds?: number; optimum?: number; skipped?: string };

/** The candidate graph in the little-endian layout scipy_compare.py reads. */
export function writeGraph(file: string, problem: MatchingProblem): void {
  const n = problem.menteeIds.length;
  const m = problem.mentorIds.length;
  const p = problem.pairScore.length;
  const header = Int32Array.of(n, m, p);
  const parts = [header, problem.demand, problem.capacity, problem.pairMentee, problem.pairMentor, problem.pairScore];
  writeFileSync(file, Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
}

export function scipyAvailable(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import scipy, numpy; print(scipy.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

export function cbcAvailable(): string | undefined {
  const probe = spawnSync('cbc', ['-quit'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) return undefined;
  return /Version:\s*(\S+)/.exec(probe.stdout)?.[1] ?? 'present';
}

export function runScipy(graphFile: string, method: ExternalMethod): ScipyReport {
  const child = spawnSync('python3', [path.join(here, 'scipy_compare.py'), graphFile, method], {
    encoding: 'utf8',
    timeout: SCIPY_TIMEOUT_S * 1000,
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) {
    const timedOut = child.signal === 'SIGTERM' || (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    return {
      method,
      skipped: timedOut ? `> ${SCIPY_TIMEOUT_S} s` : `failed: ${(child.stderr || String(child.error)).trim().split('\n').pop()}`,
    };
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as ScipyReport;
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export const sameOptimum = (a: number, b: number): boolean => Math.abs(a - b) / Math.max(1, Math.abs(a)) <= 1e-6;

/**
 * An external solver's time and its two ratios: over our graph solve (same graph, solver against
 * solver) and over our solve + pricing (the certified loop; scoring excluded on both sides).
 * `agrees` is undefined when the solver did not run.
 */
export function describeScipy(
  report: ScipyReport | undefined,
  ours: { graphSeconds: number; loopSeconds: number; total: number },
): { time: string | number; perGraph: string; perLoop: string; agrees?: boolean; optimum?: number } {
  if (!report) return { time: 'n/a', perGraph: '', perLoop: '' };
  const loop = ours.loopSeconds;
  if (report.skipped !== undefined) {
    const timedOut = report.skipped.startsWith('>');
    return {
      time: report.skipped,
      perGraph: timedOut ? `> ${round(SCIPY_TIMEOUT_S / ours.graphSeconds, 1)}x` : '',
      perLoop: timedOut ? `> ${round(SCIPY_TIMEOUT_S / loop, 1)}x` : '',
    };
  }
  const seconds = report.seconds as number;
  const optimum = report.optimum as number;
  return {
    time: round(seconds, 3),
    perGraph: `${round(seconds / ours.graphSeconds, 2)}x`,
    perLoop: `${round(seconds / loop, 2)}x`,
    agrees: sameOptimum(optimum, ours.total),
    optimum,
  };
}
