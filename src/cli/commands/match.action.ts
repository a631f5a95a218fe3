import { writeFileSync, readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { type Cohort, CohortInputError, describeIssues, parseExplicitCohort, parseJson } from '../../services/matching/cohort-input.ts';
import type { CohortJob } from '../../services/matching/cohort-job.ts';
import { runCohortMatching, runProfileCohortMatching, type CohortMatchingOutput } from '../../services/matching/cohort-matching.ts';
import { isProfileCohort, parseProfileCohort } from '../../services/matching/profile-cohort-input.ts';

type CohortFile = { job: CohortJob } | { cohort: Cohort };

/**
 * Reads and checks the cohort file (explicit scores or profiles). Only what the solver needs
 * leaves this function: the file's text and JSON tree (600,000 pair objects in a large cohort)
 * are garbage before the solve starts, so the collector does not keep walking them.
 */
function readCohortFile(file: string, options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'>): CohortFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CohortInputError(`cannot read ${file}`);
  }
  const json = parseJson(text);
  if (!isProfileCohort(json)) return { cohort: parseExplicitCohort(json) };
  const parsed = parseProfileCohort(json, options);
  if ('issues' in parsed) throw new CohortInputError(describeIssues(parsed.issues));
  return { job: parsed.job };
}

export type MatchOptions = { input: string; output: string; policy: string; mode: string; minScore?: string };

/**
 * Runs `constellation match`: reads the cohort file, solves it and writes the result. Malformed
 * input is refused with a message naming the entry, exit code 2, and no output file.
 */
export async function matchCohortFile(options: MatchOptions): Promise<void> {
  try {
    if (options.policy !== 'score' && options.policy !== 'participation')
      throw new CohortInputError('--policy must be score or participation');
    if (options.mode !== 'optimal' && options.mode !== 'stable') throw new CohortInputError('--mode must be optimal or stable');
    const minimumScore = options.minScore === undefined ? undefined : Number(options.minScore);
    if (minimumScore !== undefined && !Number.isFinite(minimumScore)) throw new CohortInputError('--min-score must be a number');
    const input = readCohortFile(options.input, { policy: options.policy, mode: options.mode, minimumScore: minimumScore ?? null });
    const bar = new SingleBar(
      { format: '{stage} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    const stages: Record<string, string> = { scoring: 'Scoring mentees', solving: 'Solving (phases)', pricing: 'Certifying (rounds)' };
    const progress = (stage: string, done: number, total: number): void => {
      if (total <= 0) return;
      bar.setTotal(total);
      bar.update(done, { stage: stages[stage] ?? stage });
    };
    let result: CohortMatchingOutput;
    if ('job' in input) {
      const showProgress = input.job.mentees.length >= 2_000;
      if (showProgress) bar.start(input.job.mentees.length, 0, { stage: stages.scoring });
      result = await runProfileCohortMatching(input.job, showProgress ? progress : undefined);
      if (showProgress) bar.stop();
    } else {
      const { cohort } = input;
      const showProgress = cohort.problem.menteeIds.length >= 2_000;
      if (showProgress) bar.start(1, 0, { stage: stages.solving });
      result = runCohortMatching(cohort, {
        policy: options.policy,
        mode: options.mode,
        ...(minimumScore === undefined ? {} : { minimumScore }),
        onProgress: showProgress ? (done, total) => progress('solving', done, total) : undefined,
      });
      if (showProgress) bar.stop();
    }
    writeFileSync(options.output, `${JSON.stringify(result, null, 2)}\n`);
    process.stderr.write(
      `Matched ${result.matches.length} pairs, total ${result.total.toFixed(4)}, optimal: ${result.optimal} (${result.stats.seconds.toFixed(3)} s)\n`,
    );
  } catch (error) {
    if (!(error instanceof CohortInputError)) throw error;
    process.stderr.write(`constellation match: ${error.message}\n`);
    process.exitCode = 2;
  }
}
