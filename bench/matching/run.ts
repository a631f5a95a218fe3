// Matching benchmark: `npm run bench:matching [-- --sizes small|all] [-- --only NAME] [-- --no-scipy]`.
// `npm run bench:matching -- --through-db` times the product's path from PostgreSQL instead (through-db.ts).
//
// For each instance (size x generator, see `plan`), a child process (so peak memory is the
// instance's own) scores all pairs streamed from a generator, solves the certified optimum
// (solveCertified: top-k candidates, exact min-cost flow, pricing of every pair against the
// dual prices), then times our solver alone on the final candidate graph ("graph solve":
// solveOptimalAssignment on the certified result's problem, cold, best of 3, including building
// its flow network), runs the greedy baseline on the same scores and, for two-sided instances,
// stable (deferred-acceptance) mode on the candidate graph.
//
// When python3 with scipy is available, the parent hands that final candidate graph to
// bench/matching/scipy_compare.py three times: scipy's min_weight_full_bipartite_matching
// (LAPJVsp, demand-1 instances only), scipy's linprog (HiGHS) on the transportation LP, and
// the CBC command-line MIP solver (`cbc`, package coinor-cbc; skipped when absent) on the same
// problem written as an LP file with binary pair variables. Each gets BENCH_MATCHING_SCIPY_TIMEOUT
// seconds (default 120). External times are the solver call only (model building excluded; for
// CBC its own reported solve wallclock, not reading the file). The bench checks that every
// optimum agrees with ours within 1e-6 and prints, in a second table per size, each external
// time twice as a ratio: over our graph solve (same graph, solver against solver) and over our
// solve + pricing (the whole certified loop, scoring excluded). Ratios above 1x: ours is faster.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMatchingSession } from '../../src/domain/matching/matching-session.ts';
import { solveOptimalAssignment } from '../../src/domain/matching/optimal-assignment.ts';
import { solveStableAssignment } from '../../src/domain/matching/stable-assignment.ts';
import { selectTopCandidatesInParallel } from '../../src/services/matching/parallel-scoring.ts';
import { measureReruns } from './reruns.ts';
import { createSource, generatorNames, type GeneratorName, type InstanceSpec } from './generators.ts';
import { solveGreedyStreaming } from './greedy-streaming.ts';
import {
  cbcAvailable,
  describeScipy,
  round,
  runScipy,
  sameOptimum,
  SCIPY_TIMEOUT_S,
  scipyAvailable,
  writeGraph,
  type ScipyReport,
} from './external-solvers.ts';

type Size = { label: string; mentees: number; mentors: number; capacity: number | 'mixed'; small: boolean };

const sizes: Size[] = [
  { label: '500x200', mentees: 500, mentors: 200, capacity: 'mixed', small: true },
  { label: '2kx500', mentees: 2_000, mentors: 500, capacity: 'mixed', small: true },
  { label: '5kx2k', mentees: 5_000, mentors: 2_000, capacity: 3, small: true },
  { label: '10kx2k', mentees: 10_000, mentors: 2_000, capacity: 'mixed', small: false },
  { label: '20kx5k', mentees: 20_000, mentors: 5_000, capacity: 'mixed', small: false },
];

/**
 * Which generators run at which size, so the whole bench stays near ten minutes on 2 cores.
 * The adversarial low-rank instance stops at 2k x 500: at 5k x 2k pricing adds most of the
 * matrix to the candidates and the solve ran over 8 minutes (see the README).
 */
const plan: Record<string, readonly GeneratorName[]> = {
  '500x200': generatorNames,
  '2kx500': generatorNames,
  '5kx2k': ['uniform', 'profile', 'twosided', 'demand'],
  '10kx2k': ['uniform', 'profile', 'demand'],
  '20kx5k': ['profile', 'twosided'],
};

const K = Number(process.env.BENCH_MATCHING_K ?? 12);
const THREADS = Number(process.env.BENCH_MATCHING_THREADS ?? 2);

type ChildReport = {
  size: string;
  generator: GeneratorName;
  mentees: number;
  mentors: number;
  allPairs: number;
  feasiblePairs: number;
  candidatePairs: number;
  rounds: number;
  scoring: number;
  solving: number;
  pricing: number;
  wall: number;
  optimal: boolean;
  total: number;
  matchedSlots: number;
  demandSlots: number;
  greedyTotal: number;
  greedySlots: number;
  greedySeconds: number;
  /** Peak resident set of the whole child process (ru_maxrss), in MiB. */
  peakRssMb: number;
  /** Peak resident set when the certified solve ended (before re-runs and comparison solves), in MiB. */
  solvePeakRssMb: number;
  sampledRssMb: number;
  peakHeapMb: number;
  stable?: { seconds: number; total: number; blockingPairs: number; matchedSlots: number };
  rerun: { lock: number; forbid: number; optimal: boolean };
  /** Our solver alone on the final candidate graph (the one the external solvers get): cold, best of 3. */
  graphSolve: { seconds: number; total: number; optimal: boolean };
};

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Child: one instance, reported as one JSON line on stdout. */
async function runInstance(sizeLabel: string, generator: GeneratorName, graphFile: string | undefined): Promise<void> {
  const size = sizes.find((s) => s.label === sizeLabel);
  if (!size) throw new Error(`unknown size ${sizeLabel}`);
  const spec: InstanceSpec = { mentees: size.mentees, mentors: size.mentors, capacity: size.capacity, seed: 20_270_301 };
  const source = createSource(generator, spec);
  let sampledRss = 0;
  let peakHeap = 0;
  let calls = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    sampledRss = Math.max(sampledRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const started = performance.now();
  let lastStage = '';
  // Scoring on two worker threads, each building the same generator from its recipe.
  const recipe = { module: new URL('./generators.ts', import.meta.url).href, exportName: 'createSource', args: [generator, spec] };
  const candidates = await selectTopCandidatesInParallel(recipe, source, { k: K, minimum: 0, threads: THREADS });
  const scoringSeconds = (performance.now() - started) / 1000;
  sample();
  const session = openMatchingSession(source, {
    k: K,
    candidates,
    onProgress: (stage, done) => {
      if (stage !== lastStage || ++calls % 512 === 0) {
        lastStage = stage;
        sample();
        if (stage === 'pricing') process.stderr.write(`  ${sizeLabel} ${generator}: pricing round ${done}\n`);
      }
    },
  });
  const wall = (performance.now() - started) / 1000;
  const solvePeakRssMb = process.resourceUsage().maxRSS / 1024;
  const result = session.result;
  sample();

  // Our solver alone on the final candidate graph, cold (no warm start), before any re-run.
  let graphSolve: ChildReport['graphSolve'] = { seconds: Number.POSITIVE_INFINITY, total: Number.NaN, optimal: false };
  for (let rep = 0; rep < 3; rep++) {
    const t = performance.now();
    const solved = solveOptimalAssignment(result.problem);
    const seconds = (performance.now() - t) / 1000;
    if (seconds < graphSolve.seconds) graphSolve = { seconds, total: solved.total, optimal: solved.optimal };
  }
  sample();
  const rerun = measureReruns(session);

  const greedy = solveGreedyStreaming(source);
  const problem = result.problem;
  let matchedSlots = 0;
  for (const _ of result.matches) matchedSlots++;
  let demandSlots = 0;
  for (const d of source.demand) demandSlots += d;

  // Feasible pairs (score >= 0) in the full matrix, for context.
  let feasiblePairs = 0;
  const row = new Float64Array(size.mentors);
  for (let i = 0; i < size.mentees; i++) {
    source.scoreRow(i, row);
    for (let j = 0; j < size.mentors; j++) if ((row[j] as number) >= 0) feasiblePairs++;
  }

  let stable: ChildReport['stable'];
  if (source.menteePreference && source.mentorPreference) {
    const menteeRank = new Float64Array(problem.pairScore.length);
    const mentorRank = new Float64Array(problem.pairScore.length);
    for (let p = 0; p < problem.pairScore.length; p++) {
      menteeRank[p] = source.menteePreference(problem.pairMentee[p] as number, problem.pairMentor[p] as number);
      mentorRank[p] = source.mentorPreference(problem.pairMentee[p] as number, problem.pairMentor[p] as number);
    }
    let best = Number.POSITIVE_INFINITY;
    let outcome: ReturnType<typeof solveStableAssignment> | undefined;
    for (let rep = 0; rep < 3; rep++) {
      const t = performance.now();
      outcome = solveStableAssignment(problem, { menteeRank, mentorRank });
      best = Math.min(best, (performance.now() - t) / 1000);
    }
    if (outcome)
      stable = { seconds: best, total: outcome.total, blockingPairs: outcome.blockingPairs, matchedSlots: outcome.matches.length };
    sample();
  }

  if (graphFile) writeGraph(graphFile, problem);
  const report: ChildReport = {
    size: sizeLabel,
    generator,
    mentees: size.mentees,
    mentors: size.mentors,
    allPairs: size.mentees * size.mentors,
    feasiblePairs,
    candidatePairs: result.candidatePairs,
    rounds: result.rounds,
    scoring: scoringSeconds,
    solving: result.timings.solving,
    pricing: result.timings.pricing,
    wall,
    optimal: result.optimal,
    total: result.total,
    matchedSlots,
    demandSlots,
    greedyTotal: greedy.total,
    greedySlots: greedy.matchedSlots,
    greedySeconds: greedy.seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    solvePeakRssMb,
    sampledRssMb: sampledRss / 1e6,
    peakHeapMb: peakHeap / 1e6,
    rerun,
    graphSolve,
    ...(stable ? { stable } : {}),
  };
  // On a line of its own, even if something before it left a line unfinished on stdout.
  process.stdout.write(`\n${JSON.stringify(report)}\n`);
}

function main(): void {
  if (process.argv.includes('--through-db')) {
    import('./through-db.ts')
      .then(({ benchThroughDatabase }) => benchThroughDatabase())
      .catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      });
    return;
  }
  if (process.argv.includes('--child')) {
    void runInstance(arg('--child') as string, arg('--generator') as GeneratorName, arg('--graph'));
    return;
  }
  const which = arg('--sizes') ?? 'all';
  const only = arg('--only');
  const withScipy = !process.argv.includes('--no-scipy');
  const scipyVersion = withScipy ? scipyAvailable() : undefined;
  const cbcVersion = scipyVersion ? cbcAvailable() : undefined;
  if (withScipy && !scipyVersion) {
    console.log('note: python3 with scipy not found (apt-get install -y python3-scipy); scipy and CBC comparison skipped');
  } else if (scipyVersion && !cbcVersion) {
    console.log('note: cbc not found (apt-get install -y coinor-cbc); CBC comparison skipped');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'constellation-matching-bench-'));
  console.log(
    `Matching benchmark: k=${K}, scoring threads ${THREADS}, node ${process.version}, scipy ${scipyVersion ?? 'absent'}, cbc ${cbcVersion ?? 'absent'}, external solver timeout ${SCIPY_TIMEOUT_S} s`,
  );
  console.log('times in seconds; solve+price = engine time of the certified loop (scoring excluded)');
  if (scipyVersion) {
    console.log('external solvers (second table per size), all on the final candidate graph, solver call only:');
    console.log('  graph s = our solver alone on that graph (cold, best of 3, building its network included)');
    console.log(
      '  LAPJVsp = scipy min_weight_full_bipartite_matching, HiGHS = scipy linprog, CBC = cbc MIP (its solve wallclock, file read excluded)',
    );
    console.log('  X/graph = X time / our graph s (solver against solver); X/s+p = X time / our solve+price; > 1x: ours faster');
  }
  console.log('');
  const benchStarted = performance.now();
  try {
    for (const size of sizes) {
      if (which === 'small' && !size.small) continue;
      const rows: Array<Record<string, string | number | boolean>> = [];
      const externalRows: Array<Record<string, string | number>> = [];
      const stableRows: Array<Record<string, string | number>> = [];
      for (const generator of plan[size.label] ?? []) {
        if (only && only !== generator && only !== size.label) continue;
        const graphFile = scipyVersion ? path.join(dir, `${size.label}-${generator}.bin`) : undefined;
        process.stderr.write(`${size.label} ${generator}: solving…\n`);
        const child = spawnSync(
          process.execPath,
          [fileURLToPath(import.meta.url), '--child', size.label, '--generator', generator, ...(graphFile ? ['--graph', graphFile] : [])],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
        );
        if (child.status !== 0) {
          console.log(`${size.label} ${generator}: failed (${child.status ?? child.signal})`);
          continue;
        }
        const ours = JSON.parse(child.stdout.trim().split('\n').pop() as string) as ChildReport;
        let matching: ScipyReport | undefined;
        let lp: ScipyReport | undefined;
        let cbc: ScipyReport | undefined;
        if (graphFile) {
          process.stderr.write(`${size.label} ${generator}: scipy…\n`);
          matching = runScipy(graphFile, 'matching');
          lp = runScipy(graphFile, 'linprog');
          if (cbcVersion) {
            process.stderr.write(`${size.label} ${generator}: cbc…\n`);
            cbc = runScipy(graphFile, 'cbc');
          }
          rmSync(graphFile, { force: true });
        }
        rows.push({
          generator,
          'feasible %': round((100 * ours.feasiblePairs) / ours.allPairs, 1),
          candidates: ours.candidatePairs,
          rounds: ours.rounds,
          scoring: round(ours.scoring),
          solve: round(ours.solving),
          pricing: round(ours.pricing),
          'total s': round(ours.wall),
          'solve peak MiB': Math.round(ours.solvePeakRssMb),
          'peak RSS MiB': Math.round(ours.peakRssMb),
          'heap MB': Math.round(ours.peakHeapMb),
          'matched %': round((100 * ours.matchedSlots) / ours.demandSlots, 1),
          optimal: ours.optimal,
          total: round(ours.total, 1),
          greedy: round(ours.greedyTotal, 1),
          'vs greedy': `+${round((100 * (ours.total - ours.greedyTotal)) / ours.greedyTotal, 1)}%`,
          'greedy s': round(ours.greedySeconds),
          're-run lock s': round(ours.rerun.lock, 3),
          're-run forbid s': round(ours.rerun.forbid, 3),
          're-run optimal': ours.rerun.optimal,
        });
        if (graphFile) {
          const timing = { graphSeconds: ours.graphSolve.seconds, loopSeconds: ours.solving + ours.pricing, total: ours.total };
          const external = { LAPJVsp: describeScipy(matching, timing), HiGHS: describeScipy(lp, timing), CBC: describeScipy(cbc, timing) };
          // Our graph solve must find the certified total too; each external optimum must match it.
          const disagreements = Object.entries(external)
            .filter(([, e]) => e.agrees === false)
            .map(([name, e]) => `${name} ${e.optimum}`);
          if (!sameOptimum(ours.graphSolve.total, ours.total) || !ours.graphSolve.optimal)
            disagreements.unshift(`graph ${ours.graphSolve.total}`);
          const row: Record<string, string | number> = {
            generator,
            'graph s': round(ours.graphSolve.seconds, 3),
            'solve+price s': round(ours.solving + ours.pricing, 3),
          };
          for (const [name, e] of Object.entries(external)) {
            row[`${name} s`] = e.time;
            row[`${name}/graph`] = e.perGraph;
            row[`${name}/s+p`] = e.perLoop;
          }
          const compared = Object.values(external).some((e) => e.agrees !== undefined);
          row['same opt'] = disagreements.length > 0 ? `NO: ${disagreements.join(', ')} vs ${ours.total}` : compared ? 'yes' : '';
          externalRows.push(row);
        }
        if (ours.stable) {
          stableRows.push({
            generator,
            'stable s': round(ours.stable.seconds, 3),
            'blocking pairs': ours.stable.blockingPairs,
            'matched %': round((100 * ours.stable.matchedSlots) / ours.demandSlots, 1),
            'stable total': round(ours.stable.total, 1),
            'optimal total': round(ours.total, 1),
            'given up': `${round((100 * (ours.total - ours.stable.total)) / ours.total, 1)}%`,
          });
        }
      }
      if (rows.length === 0) continue;
      console.log(
        `${size.label}: ${size.mentees} mentees x ${size.mentors} mentors (${(size.mentees * size.mentors).toExponential(1)} pairs), capacity ${size.capacity === 'mixed' ? '1-5' : size.capacity}`,
      );
      console.table(rows);
      if (externalRows.length > 0) {
        console.log(`${size.label} external solvers on the final candidate graph (seconds; ratios: external time / ours):`);
        console.table(externalRows);
      }
      if (stableRows.length > 0) {
        console.log(`${size.label} stable mode (mentee-proposing deferred acceptance on the certified candidate graph, best of 3):`);
        console.table(stableRows);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bench wall time ${round((performance.now() - benchStarted) / 1000, 1)} s`);
}

main();
