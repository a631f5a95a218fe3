import { solveCertified, type ScoreSource } from '../../domain/matching/candidate-pipeline.ts';
import { solveStableAssignment } from '../../domain/matching/stable-assignment.ts';
import type { MatchingResult } from '../../domain/matching/problem.ts';
import { createScoringSetup, explainPair, prepareParticipant, scoreCriteria } from '../../domain/matching/scoring/score-pair.ts';
import type { CandidateSet } from '../../domain/matching/top-candidates.ts';
import { solveCircleJob } from './circle-job.ts';
import type { CohortJob, CohortJobResult, JobProgress, ProposedCircle, ProposedPair } from './cohort-job-types.ts';
import { selectTopCandidatesInParallel } from './parallel-scoring.ts';
import { totalRun } from './run-summary.ts';

export type { CohortJob, CohortJobResult, JobProgress, ProposedCircle, ProposedPair };

type Prepared = ReturnType<typeof prepareParticipant>;
/** A need: a mentoring function sought (by bit) or an expertise area wanted (by interned id). */
type Need = { kind: 'function'; bit: number } | { kind: 'expertise'; id: number };

/** Each mentee's needs, for the rule that several mentors must each bring something different. */
function menteeNeeds(mentees: Prepared[]): Need[][] {
  return mentees.map((mentee) => {
    const list: Need[] = [];
    for (let bit = 0; bit < 9; bit++) if (mentee.functionsSought & (1 << bit)) list.push({ kind: 'function', bit });
    for (const id of mentee.expertiseWanted) list.push({ kind: 'expertise', id });
    return list.slice(0, 30);
  });
}

/** Bitmask of the needs (by position) that a mentor covers. */
function coveredNeeds(needs: Need[], mentor: Prepared | undefined): number {
  if (!mentor) return 0;
  let mask = 0;
  needs.forEach((need, k) => {
    const covered =
      need.kind === 'function'
        ? (mentor.functionsOffered & (1 << need.bit)) !== 0
        : (((mentor.expertiseOfferedBits[need.id >> 5] ?? 0) >>> (need.id & 31)) & 1) === 1;
    if (covered) mask |= 1 << k;
  });
  return mask;
}

/**
 * The people of `others` one may never be paired with (`hasConflict`, which is symmetric: the
 * same person, or either side's blocked list holding the other), found from maps built once: the
 * others by person, and the others by each person on their blocked lists. Costs one's few blocked
 * ids, not a pass over the others. Used both ways: a mentee's conflicting mentors, a mentor's mentees.
 */
function conflictIndex(others: Prepared[]): (one: Prepared) => number[] {
  const byPerson = new Map<number, number[]>();
  const blocking = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  others.forEach((other, k) => {
    add(byPerson, other.person, k);
    for (const person of other.blocked) add(blocking, person, k);
  });
  return (one) => {
    const found = [...(byPerson.get(one.person) ?? []), ...(blocking.get(one.person) ?? [])];
    for (const person of one.blocked) found.push(...(byPerson.get(person) ?? []));
    return found;
  };
}

/** Mentors per tile of scoreRows: a tile's prepared data stays in the core's cache across a block's rows. */
const MENTORS_PER_TILE = 256;

type PreparedCohort = {
  setup: ReturnType<typeof createScoringSetup>;
  mentees: Array<ReturnType<typeof prepareParticipant>>;
  mentors: Array<ReturnType<typeof prepareParticipant>>;
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  /** Locked pairs that fit (they use up a slot on each side). */
  locked: Array<[number, number]>;
  source: ScoreSource;
};

/** Prepares the people and the score source: locks use up slots, locked and forbidden pairs are never scored. */
function prepareCohort(job: CohortJob): PreparedCohort {
  const setup = createScoringSetup(job.rules, { referenceDate: new Date(job.referenceDate), customQuestions: job.customQuestions });
  const mentees = job.mentees.map((p) => prepareParticipant(p, setup));
  const mentors = job.mentors.map((p) => prepareParticipant(p, setup));
  const menteeIndex = new Map(job.mentees.map((p, i) => [p.id, i]));
  const mentorIndex = new Map(job.mentors.map((p, j) => [p.id, j]));
  const demand = Int32Array.from(job.demand);
  const capacity = Int32Array.from(job.capacity);
  // Locked and forbidden pairs are never scored: a short list per mentee, applied after the row.
  const blockedOf = new Map<number, number[]>();
  const block = (i: number, j: number) => {
    const list = blockedOf.get(i);
    if (list) list.push(j);
    else blockedOf.set(i, [j]);
  };
  const locked: Array<[number, number]> = [];
  for (const lock of job.locks) {
    const i = menteeIndex.get(lock.menteeId);
    const j = mentorIndex.get(lock.mentorId);
    if (i === undefined || j === undefined || (demand[i] as number) <= 0 || (capacity[j] as number) <= 0) continue;
    demand[i] = (demand[i] as number) - 1;
    capacity[j] = (capacity[j] as number) - 1;
    block(i, j);
    locked.push([i, j]);
  }
  for (const forbid of job.forbids) {
    const i = menteeIndex.get(forbid.menteeId);
    const j = mentorIndex.get(forbid.mentorId);
    if (i !== undefined && j !== undefined) block(i, j);
  }
  const blockedOfMentor = new Map<number, number[]>();
  for (const [i, list] of blockedOf)
    for (const j of list) {
      const column = blockedOfMentor.get(j);
      if (column) column.push(i);
      else blockedOfMentor.set(j, [i]);
    }
  const conflictingMentors = conflictIndex(mentors);
  const conflictingMentees = conflictIndex(mentees);
  const needs = menteeNeeds(mentees);
  const mentorCount = mentors.length;
  const menteeCount = mentees.length;
  // Marks a row's pairs that may never be proposed, by a stamp per call (no clearing, no hashing per pair).
  const marked = new Int32Array(mentorCount);
  let stamp = 0;
  const source: ScoreSource = {
    menteeIds: job.mentees.map((p) => p.id),
    mentorIds: job.mentors.map((p) => p.id),
    demand,
    capacity,
    needCount: Int32Array.from(needs, (n) => n.length),
    needsOf: (i, j) => coveredNeeds(needs[i] ?? [], mentors[j]),
    // The hot loops score every pair on its criteria only; the few pairs that may never be
    // proposed (conflicts, locks, forbids) come from maps built once and are set to -1.
    scoreRow(i, out) {
      const mentee = mentees[i];
      if (!mentee) return void out.fill(-1, 0, mentorCount);
      for (let j = 0; j < mentorCount; j++) out[j] = scoreCriteria(mentee, mentors[j] as Prepared, setup);
      for (const j of blockedOf.get(i) ?? []) out[j] = -1;
      for (const j of conflictingMentors(mentee)) out[j] = -1;
    },
    // Several rows at once, the mentors walked in tiles: each tile's data is read from memory
    // once for the block's rows (two threads scoring row by row ran at half speed each).
    scoreRows(from, to, out) {
      for (let j0 = 0; j0 < mentorCount; j0 += MENTORS_PER_TILE) {
        const j1 = Math.min(mentorCount, j0 + MENTORS_PER_TILE);
        for (let i = from; i < to; i++) {
          const mentee = mentees[i];
          const base = (i - from) * mentorCount;
          if (!mentee) out.fill(-1, base + j0, base + j1);
          else for (let j = j0; j < j1; j++) out[base + j] = scoreCriteria(mentee, mentors[j] as Prepared, setup);
        }
      }
      for (let i = from; i < to; i++) {
        const mentee = mentees[i];
        const base = (i - from) * mentorCount;
        for (const j of blockedOf.get(i) ?? []) out[base + j] = -1;
        if (mentee) for (const j of conflictingMentors(mentee)) out[base + j] = -1;
      }
    },
    scoreColumn(j, out) {
      const mentor = mentors[j];
      if (!mentor) return void out.fill(-1, 0, menteeCount);
      for (let i = 0; i < menteeCount; i++) out[i] = scoreCriteria(mentees[i] as Prepared, mentor, setup);
      for (const i of blockedOfMentor.get(j) ?? []) out[i] = -1;
      for (const i of conflictingMentees(mentor)) out[i] = -1;
    },
    scorePairs(i, chosen, count, out) {
      const mentee = mentees[i];
      if (!mentee) return void out.fill(-1, 0, count);
      stamp++;
      for (const j of blockedOf.get(i) ?? []) marked[j] = stamp;
      for (const j of conflictingMentors(mentee)) marked[j] = stamp;
      for (let s = 0; s < count; s++) {
        const j = chosen[s] as number;
        out[s] = marked[j] === stamp ? -1 : scoreCriteria(mentee, mentors[j] as Prepared, setup);
      }
    },
  };
  return { setup, mentees, mentors, menteeIndex, mentorIndex, locked, source };
}

/**
 * The cohort's score source alone, for scoring worker threads: each rebuilds it from the job
 * (plain data) and so scores exactly as the calling thread would.
 */
export function createCohortScoreSource(job: CohortJob): ScoreSource {
  return prepareCohort(job).source;
}

/**
 * createCohortScoreSource from the job as JSON text: a string crosses to a thread as one copy, where
 * the structured clone of 25,000 profiles held the sending thread 350-750 ms (stringify ~170 ms).
 */
export function createCohortScoreSourceFromJson(json: string): ScoreSource {
  return createCohortScoreSource(JSON.parse(json) as CohortJob);
}

/** Above this many pairs, solveCohortJobInParallel scores on two worker threads. */
const PARALLEL_SCORING_PAIRS = 2_000_000;

/**
 * Like solveCohortJob, with the scoring (the longest part for large cohorts) on two worker
 * threads when the cohort has more than two million pairs. Same result either way.
 *
 * @example const result = await solveCohortJobInParallel(job, (stage, done, total) => bar.update(done));
 */
export async function solveCohortJobInParallel(job: CohortJob, onProgress: JobProgress = () => undefined): Promise<CohortJobResult> {
  if (job.shape === 'circles' || job.mentees.length * job.mentors.length < PARALLEL_SCORING_PAIRS) return solveCohortJob(job, onProgress);
  const prepared = prepareCohort(job);
  const candidates = await selectTopCandidatesInParallel(
    { module: import.meta.url, exportName: 'createCohortScoreSourceFromJson', args: [JSON.stringify(job)] },
    prepared.source,
    {
      k: CANDIDATES_PER_PERSON,
      minimum: Math.max(0, job.minimumScore ?? 0),
      onRows: (done, total) => onProgress('scoring', done, total),
    },
  );
  return solvePreparedCohort(job, prepared, onProgress, candidates);
}

const CANDIDATES_PER_PERSON = 12;

/**
 * Scores and matches a cohort: locked pairs first (they use up slots), forbidden pairs never,
 * then the certified optimal (or stable) assignment, then an explanation for every proposed pair.
 * Pure computation, so it runs the same inline and in a worker thread.
 */
export function solveCohortJob(job: CohortJob, onProgress: JobProgress = () => undefined): CohortJobResult {
  if (job.shape === 'circles') return solveCircleJob(job, onProgress);
  return solvePreparedCohort(job, prepareCohort(job), onProgress);
}

/** solveCohortJob on a cohort already prepared (and, when given, its candidates already selected). */
function solvePreparedCohort(
  job: CohortJob,
  prepared: PreparedCohort,
  onProgress: JobProgress,
  candidates?: CandidateSet,
): CohortJobResult {
  const started = performance.now();
  const { setup, mentees, mentors, menteeIndex, mentorIndex, locked, source } = prepared;
  const proposals: ProposedPair[] = locked.map(([i, j]) => explain(i, j, true));
  const options = {
    policy: job.policy,
    k: CANDIDATES_PER_PERSON,
    ...(job.minimumScore === null ? {} : { minimumScore: job.minimumScore }),
    ...(candidates ? { candidates } : {}),
    onProgress,
  };
  const certified = solveCertified(source, options);
  let result: MatchingResult = certified;
  let blockingPairs: number | null = null;
  let scoreGivenUp: number | null = null;
  if (job.mode === 'stable') {
    const stable = solveStableAssignment(certified.problem);
    blockingPairs = stable.blockingPairs;
    scoreGivenUp = certified.total - stable.total;
    result = stable;
  }
  for (const match of result.matches) proposals.push(explain(match.mentee, match.mentor, false));
  const scores = proposals.map((p) => p.score);
  const menteeSlots = job.demand.reduce((a, b) => a + b, 0);
  return {
    proposals,
    unmatched: result.unmatched.map((u) => ({ menteeId: job.mentees[u.mentee]?.id ?? '', missing: u.missing, reason: u.reason })),
    summary: {
      menteeSlots,
      matchedSlots: proposals.length,
      matchedPercent: menteeSlots === 0 ? 100 : Math.round((1000 * proposals.length) / menteeSlots) / 10,
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      lowestScore: scores.length ? Math.min(...scores) : null,
      approachMismatches: proposals.filter((p) => approachDiffers(menteeIndex.get(p.menteeId), mentorIndex.get(p.mentorId))).length,
      optimal: job.mode === 'optimal' && certified.optimal,
      seconds: (performance.now() - started) / 1000,
      blockingPairs,
      scoreGivenUp,
      ...totalRun(proposals, result.unmatched.length),
    },
  };

  function explain(i: number, j: number, locked: boolean): ProposedPair {
    const pair = explainPair(mentees[i] as (typeof mentees)[number], mentors[j] as (typeof mentors)[number], setup);
    const warnings =
      locked && !pair.feasible ? [`Locked by a coordinator although it breaks “${pair.failedRule}”`, ...pair.warnings] : pair.warnings;
    return {
      menteeId: job.mentees[i]?.id ?? '',
      mentorId: job.mentors[j]?.id ?? '',
      score: pair.score,
      reasons: pair.reasons,
      contributions: pair.contributions,
      warnings,
      locked,
    };
  }

  function approachDiffers(i: number | undefined, j: number | undefined): boolean {
    const a = i === undefined ? null : job.mentees[i]?.approach;
    const b = j === undefined ? null : job.mentors[j]?.approach;
    return !!a && !!b && a !== b;
  }
}
