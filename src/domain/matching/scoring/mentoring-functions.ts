import { mentoringFunctionLabels, mentoringFunctions } from '../../../../shared/enums.ts';
import { countBits } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import { listWords, lowerFirst } from './wording.ts';

/**
 * Share of the mentoring functions the mentee seeks that the mentor offers (9-bit masks).
 * NaN when the mentee seeks none.
 *
 * @example functionsFit(ana, bo) // 1 when Bo offers everything Ana seeks
 */
export function functionsFit(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  const sought = mentee.functionsSought;
  return sought === 0 ? Number.NaN : countBits(sought & mentor.functionsOffered) / countBits(sought);
}

/** "offers coaching and sponsorship, which Ana seeks". */
export function describeFunctionsFit(mentee: PreparedParticipant, mentor: PreparedParticipant): string | null {
  const covered = mentee.functionsSought & mentor.functionsOffered;
  const labels = mentoringFunctions.filter((_, bit) => (covered >> bit) & 1).map((f) => lowerFirst(mentoringFunctionLabels[f]));
  return labels.length > 0 ? `offers ${listWords(labels)}, which ${mentee.profile.name} seeks` : null;
}
