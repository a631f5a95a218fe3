// The greedy baseline on a streamed ScoreSource: what most platforms do. Each mentee in turn
// takes their best mentors (by score) who still have room, up to their demand; pairs that break
// a hard rule (negative score) or fall below the minimum are never taken. One scoreRow per
// mentee, no stored matrix.
import type { ScoreSource } from '../../src/domain/matching/candidate-pipeline.ts';

export type GreedyResult = { total: number; matchedSlots: number; demandSlots: number; matchedMentees: number; seconds: number };

export function solveGreedyStreaming(source: ScoreSource, minimumScore = 0): GreedyResult {
  const started = performance.now();
  const mentorCount = source.mentorIds.length;
  const row = new Float64Array(mentorCount);
  const room = source.capacity.slice();
  const floor = Math.max(0, minimumScore);
  let total = 0;
  let matchedSlots = 0;
  let demandSlots = 0;
  let matchedMentees = 0;
  for (let i = 0; i < source.menteeIds.length; i++) {
    const demand = source.demand[i] as number;
    demandSlots += demand;
    if (demand <= 0) continue;
    source.scoreRow(i, row);
    let taken = 0;
    for (; taken < demand; taken++) {
      // The best mentor with room not taken yet (taken pairs are marked -Infinity in the row).
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < mentorCount; j++) {
        const score = row[j] as number;
        if (score > bestScore && score >= floor && (room[j] as number) > 0) {
          best = j;
          bestScore = score;
        }
      }
      if (best < 0) break;
      room[best] = (room[best] as number) - 1;
      row[best] = Number.NEGATIVE_INFINITY;
      total += bestScore;
    }
    matchedSlots += taken;
    if (taken > 0) matchedMentees++;
  }
  return { total, matchedSlots, demandSlots, matchedMentees, seconds: (performance.now() - started) / 1000 };
}
