// The explicit-score cohort of the start-up bench: 10,000 mentees (demand 1), 2,000 mentors
// (capacity 6) and 60 candidate mentors per mentee, 600,000 pairs (about 35 MB of JSON), from a
// fixed seed, so every run and every machine reads the same file.
import { writeFileSync } from 'node:fs';
import type { MatchingProblem } from '../../src/domain/matching/problem.ts';
import { seededRandom } from '../../src/domain/matching/scoring/sample-profiles.ts';

export type CohortSize = { mentees: number; mentors: number; pairsPerMentee: number };

export const fullSize: CohortSize = { mentees: 10_000, mentors: 2_000, pairsPerMentee: 60 };

/** The cohort as the solver sees it (ids and typed columns), also written for scipy. */
export function generateCohort(size: CohortSize, seed = 15): MatchingProblem {
  const random = seededRandom(seed);
  const pairs = size.mentees * size.pairsPerMentee;
  const problem: MatchingProblem = {
    menteeIds: Array.from({ length: size.mentees }, (_, i) => `e${i}`),
    mentorIds: Array.from({ length: size.mentors }, (_, j) => `m${j}`),
    demand: new Int32Array(size.mentees).fill(1),
    capacity: new Int32Array(size.mentors).fill(6),
    pairMentee: new Int32Array(pairs),
    pairMentor: new Int32Array(pairs),
    pairScore: new Float64Array(pairs),
  };
  let p = 0;
  for (let i = 0; i < size.mentees; i++) {
    const chosen = new Set<number>();
    while (chosen.size < size.pairsPerMentee) chosen.add(Math.floor(random() * size.mentors));
    for (const j of chosen) {
      problem.pairMentee[p] = i;
      problem.pairMentor[p] = j;
      problem.pairScore[p] = Math.round(random() * 1e6) / 1e6;
      p++;
    }
  }
  return problem;
}

/** Writes the cohort in the explicit-score file form `constellation match` reads. */
export function writeCohortFile(file: string, problem: MatchingProblem): void {
  const lines: string[] = [];
  lines.push(`{"mentees":[${problem.menteeIds.map((id, i) => JSON.stringify({ id, demand: problem.demand[i] })).join(',')}],`);
  lines.push(`"mentors":[${problem.mentorIds.map((id, j) => JSON.stringify({ id, capacity: problem.capacity[j] })).join(',')}],`);
  const pairs: string[] = [];
  for (let p = 0; p < problem.pairScore.length; p++) {
    const mentee = problem.menteeIds[problem.pairMentee[p] as number];
    const mentor = problem.mentorIds[problem.pairMentor[p] as number];
    pairs.push(`{"mentee":"${mentee}","mentor":"${mentor}","score":${problem.pairScore[p]}}`);
  }
  lines.push(`"pairs":[\n${pairs.join(',\n')}\n]}\n`);
  writeFileSync(file, lines.join('\n'));
}
