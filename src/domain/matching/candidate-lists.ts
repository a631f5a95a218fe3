import type { MatchingProblem } from './problem.ts';

/**
 * Each mentee's (or mentor's) candidate pairs, best score first (ties: lower index first), as
 * one flat array with offsets: `pairs[offsets[i]] … pairs[offsets[i + 1] - 1]`.
 */
export type CandidateLists = { offsets: Int32Array; pairs: Int32Array };

/** @example const byMentee = listCandidates(problem, 'mentee'); */
export function listCandidates(problem: MatchingProblem, side: 'mentee' | 'mentor', rank?: Float64Array): CandidateLists {
  const owner = side === 'mentee' ? problem.pairMentee : problem.pairMentor;
  const count = side === 'mentee' ? problem.menteeIds.length : problem.mentorIds.length;
  const offsets = new Int32Array(count + 1);
  for (let p = 0; p < owner.length; p++) offsets[(owner[p] as number) + 1] = (offsets[(owner[p] as number) + 1] as number) + 1;
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, count);
  const pairs = new Int32Array(owner.length);
  for (let p = 0; p < owner.length; p++) {
    const i = owner[p] as number;
    const slot = fill[i] as number;
    pairs[slot] = p;
    fill[i] = slot + 1;
  }
  const key = rank ?? problem.pairScore;
  const other = side === 'mentee' ? problem.pairMentor : problem.pairMentee;
  for (let i = 0; i < count; i++) {
    const slice = pairs.subarray(offsets[i] as number, offsets[i + 1] as number);
    slice.sort((a, b) => (key[b] as number) - (key[a] as number) || (other[a] as number) - (other[b] as number));
  }
  return { offsets, pairs };
}
