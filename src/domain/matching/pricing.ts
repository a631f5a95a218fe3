import type { ScoreSource } from './candidate-pipeline.ts';
import { pairCost } from './optimal-assignment.ts';
import type { MatchingResult, PricingBounds } from './problem.ts';
import type { CandidateSet } from './top-candidates.ts';

/** How many suspect mentors a mentee may have before its whole row is scored again. */
const SUSPECTS_PER_MENTEE = 32;

type Violation = { mentee: number; mentor: number; reduced: number; score: number };

/**
 * The pricing step of the certificate: checks every pair that is not a candidate against the
 * dual prices. A pair with a negative reduced cost could improve the total, so it becomes a
 * candidate (the few most negative per mentee each round). Returns how many were added; zero
 * means the solution is optimal over all mentee x mentor pairs.
 *
 * Almost nothing is scored again. Each mentee's reserve (its next best pairs, kept from the
 * scoring pass) is checked from memory. Any other pair (i, j) scores at most
 * min(menteeCeiling[i], mentorCeiling[j]), so a pair whose ceiling cannot beat the prices is
 * certified unscored. The pairs left (suspects) are scored exactly: by mentor column when many
 * mentees suspect the same mentor (a mentor with room left, typically) and the source can score
 * columns, otherwise by scoring the mentee's row.
 *
 * @example const added = priceLeftOutPairs(source, result, candidates, 0, 12);
 */
export function priceLeftOutPairs(source: ScoreSource, result: MatchingResult, candidates: CandidateSet, minimum: number, perMentee: number): number {
  const bounds = result.pricing as PricingBounds;
  const menteeCount = source.menteeIds.length;
  const mentorCount = source.mentorIds.length;
  const byPotential = Int32Array.from(bounds.mentorPotential.keys()).sort((a, b) => (bounds.mentorPotential[b] as number) - (bounds.mentorPotential[a] as number) || a - b);

  // Suspects: pairs beyond the reserve whose ceilings could beat the prices.
  const suspectStart = new Int32Array(menteeCount + 1);
  const suspects: number[] = [];
  const rowNeeded = new Uint8Array(menteeCount);
  const suspectedBy = new Int32Array(mentorCount);
  for (let i = 0; i < menteeCount; i++) {
    suspectStart[i] = suspects.length;
    const found = collectSuspects(i, bounds, candidates, byPotential, suspects);
    if (found > SUSPECTS_PER_MENTEE) {
      suspects.length = suspectStart[i] as number;
      rowNeeded[i] = 1;
    } else {
      for (let s = suspectStart[i] as number; s < suspects.length; s++) suspectedBy[suspects[s] as number] = (suspectedBy[suspects[s] as number] as number) + 1;
    }
  }
  suspectStart[menteeCount] = suspects.length;

  // A column costs menteeCount scores; it pays when it spares rows of mentorCount scores each.
  const byColumn = new Uint8Array(mentorCount);
  if (source.scoreColumn) for (let j = 0; j < mentorCount; j++) byColumn[j] = (suspectedBy[j] as number) * mentorCount > 2 * menteeCount ? 1 : 0;
  for (let i = 0; i < menteeCount; i++) {
    for (let s = suspectStart[i] as number; s < (suspectStart[i + 1] as number) && !rowNeeded[i]; s++) if (!byColumn[suspects[s] as number]) rowNeeded[i] = 1;
  }

  const violations: Violation[] = [];
  const check = (i: number, j: number, score: number): void => {
    // Candidates are already in the solved graph (a used one may rightly price below zero).
    if (score < minimum || score < 0 || candidates.has(i, j)) return;
    const underRule = !!source.needCount && (source.demand[i] as number) > 1 && (source.needCount[i] as number) > 0;
    const needs = underRule && source.needsOf ? source.needsOf(i, j) : 0;
    const reduced = (result.reducedCostOf as NonNullable<MatchingResult['reducedCostOf']>)(i, j, score, needs);
    if (reduced < 0) violations.push({ mentee: i, mentor: j, reduced, score });
  };

  const column = new Float64Array(menteeCount);
  for (let j = 0; j < mentorCount; j++) {
    if (!byColumn[j] || !source.scoreColumn) continue;
    source.scoreColumn(j, column);
    for (let i = 0; i < menteeCount; i++) if (!rowNeeded[i]) check(i, j, column[i] as number);
  }
  const row = new Float64Array(mentorCount);
  const { reserve } = candidates;
  for (let i = 0; i < menteeCount; i++) {
    if (rowNeeded[i]) {
      source.scoreRow(i, row);
      for (let j = 0; j < mentorCount; j++) check(i, j, row[j] as number);
    } else {
      const base = i * reserve.width;
      for (let r = 0; r < (reserve.count[i] as number); r++) check(i, reserve.mentor[base + r] as number, reserve.score[base + r] as number);
    }
  }
  return addMostNegative(violations, candidates, perMentee);
}

/**
 * Appends to `suspects` the mentors j for which a pair (i, j) beyond i's reserve could have a
 * negative reduced cost: mentorPotential[j] - menteeFloor[i] > pairCost(min of the ceilings).
 * Returns how many (stops counting past the limit).
 */
function collectSuspects(i: number, bounds: PricingBounds, candidates: CandidateSet, byPotential: Int32Array, suspects: number[]): number {
  const ceiling = candidates.menteeCeiling[i] as number;
  if (ceiling === Number.NEGATIVE_INFINITY) return 0;
  const floor = bounds.menteeFloor[i] as number;
  const threshold = pairCost(ceiling, bounds.bonus) + floor;
  let found = 0;
  for (const j of byPotential) {
    const potential = bounds.mentorPotential[j] as number;
    if (potential <= threshold) break;
    const mentorCeiling = candidates.mentorCeiling[j] as number;
    if (mentorCeiling === Number.NEGATIVE_INFINITY || pairCost(mentorCeiling, bounds.bonus) + floor - potential >= 0) continue;
    suspects.push(j);
    if (++found > SUSPECTS_PER_MENTEE) break;
  }
  return found;
}

/** Adds the `perMentee` most negative violations of each mentee (ties: lower mentor index). */
function addMostNegative(violations: Violation[], candidates: CandidateSet, perMentee: number): number {
  violations.sort((a, b) => a.mentee - b.mentee || a.reduced - b.reduced || a.mentor - b.mentor);
  let added = 0;
  let taken = 0;
  for (let v = 0; v < violations.length; v++) {
    const { mentee, mentor, score } = violations[v] as Violation;
    if (v > 0 && (violations[v - 1] as Violation).mentee !== mentee) taken = 0;
    if (taken >= perMentee) continue;
    // The same pair may come from a column and from the reserve: add() refuses the second.
    if (candidates.add(mentee, mentor, score)) {
      added++;
      taken++;
    }
  }
  return added;
}
