import { listHolds, positionIn } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import { ordinal } from './wording.ts';

/**
 * Stated preferences: the mentee's ranked picks (first pick 1, later picks less, unpicked 0) and
 * the mentor's "prefer" marks (1 or 0), averaged over the sides that stated any. NaN when neither
 * did. A mentor's "avoid" is a conflict, not a preference (see conflicts.ts).
 *
 * @example preferenceFit(ana, bo) // 1 when Bo is Ana's first pick and Ana stated nothing else
 */
export function preferenceFit(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  const picks = mentee.rankedPicks.length;
  const marks = mentor.prefer.length;
  let sum = 0;
  let sides = 0;
  if (picks > 0) {
    const rank = positionIn(mentee.rankedPicks, mentor.person);
    sum += rank < 0 ? 0 : 1 - rank / picks;
    sides++;
  }
  if (marks > 0) {
    sum += listHolds(mentor.prefer, mentee.person) ? 1 : 0;
    sides++;
  }
  return sides === 0 ? Number.NaN : sum / sides;
}

/** "is Ana's first choice and would like to mentor Ana". */
export function describePreferences(mentee: PreparedParticipant, mentor: PreparedParticipant): string | null {
  const parts: string[] = [];
  const rank = positionIn(mentee.rankedPicks, mentor.person);
  if (rank >= 0) parts.push(`is ${mentee.profile.name}'s ${ordinal(rank + 1)} choice`);
  if (listHolds(mentor.prefer, mentee.person)) parts.push(`would like to mentor ${mentee.profile.name}`);
  return parts.length > 0 ? parts.join(' and ') : null;
}
