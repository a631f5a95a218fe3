import { countBits } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';

/** Share of a peer fit that comes from expertise wanted in common; the rest from functions sought. */
const expertiseShare = 0.75;

/**
 * How well two mentees of a circle fit each other, 0..1: the topics they both want to learn
 * (Jaccard overlap of expertise wanted) and, less, the mentoring functions they both seek.
 * Peers who want the same things can choose their topics together and learn from each other.
 *
 * @example peerFit(ana, bo) // 0.75 when both want exactly budgeting and seek nothing in common
 */
export function peerFit(a: PreparedParticipant, b: PreparedParticipant): number {
  return (
    expertiseShare * overlap(a.expertiseWanted, b.expertiseWanted) + (1 - expertiseShare) * bitOverlap(a.functionsSought, b.functionsSought)
  );
}

/** Jaccard overlap of two sorted id lists (0 when both are empty). */
function overlap(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  const union = x.length + y.length - shared;
  return union === 0 ? 0 : shared / union;
}

function bitOverlap(x: number, y: number): number {
  const union = countBits(x | y);
  return union === 0 ? 0 : countBits(x & y) / union;
}
