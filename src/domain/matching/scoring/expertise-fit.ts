import { countInBitset } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import { listWords, sharedWords } from './wording.ts';

/**
 * Share of what the mentee wants that the mentor offers; in exchange programs (reverse, learning
 * alliance) the mean of both directions. NaN when nobody wants anything.
 *
 * @example expertiseFit(ana, bo, false) // 0.5 when Bo offers one of the two things Ana wants
 */
export function expertiseFit(mentee: PreparedParticipant, mentor: PreparedParticipant, exchange: boolean): number {
  const wanted = mentee.expertiseWanted.length;
  const forward = wanted > 0 ? countInBitset(mentee.expertiseWanted, mentor.expertiseOfferedBits) / wanted : Number.NaN;
  if (!exchange) return forward;
  const wantedBack = mentor.expertiseWanted.length;
  if (wantedBack === 0) return forward;
  const backward = countInBitset(mentor.expertiseWanted, mentee.expertiseOfferedBits) / wantedBack;
  return Number.isNaN(forward) ? backward : (forward + backward) / 2;
}

/** "offers budgeting, which Ana wants" (and, in exchange programs, what the mentee offers back), in the mentee's words. */
export function describeExpertiseFit(mentee: PreparedParticipant, mentor: PreparedParticipant, exchange: boolean): string | null {
  const offered = sharedWords(mentee.profile.expertiseWanted, mentor.profile.expertiseOffered);
  const parts: string[] = [];
  if (offered.length > 0) parts.push(`offers ${listWords(offered)}, which ${mentee.profile.name} wants`);
  if (exchange) {
    const back = sharedWords(mentee.profile.expertiseOffered, mentor.profile.expertiseWanted);
    if (back.length > 0) parts.push(`${offered.length > 0 ? 'and ' : ''}learns ${listWords(back)} from ${mentee.profile.name} in return`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
