import { mentoringApproaches, type MentoringApproach } from '../../../../shared/enums.ts';
import type { PreparedParticipant } from './prepare-participant.ts';

/** How each approach reads inside a sentence. */
const approachPhrases: Record<MentoringApproach, string> = {
  sage_on_the_stage: 'expert advice and open doors',
  guide_on_the_side: 'guidance through a chosen change',
  learning_alliance: 'a learning alliance',
};

/**
 * The approach matrix value for the pair (row: mentee's approach, column: mentor's). NaN when
 * either approach is unknown.
 *
 * @example approachFit(ana, bo, setup.approachMatrix) // 0.1 for a learning-alliance mentee and a sage mentor
 */
export function approachFit(mentee: PreparedParticipant, mentor: PreparedParticipant, matrix: Float64Array): number {
  if (mentee.approach < 0 || mentor.approach < 0) return Number.NaN;
  return matrix[mentee.approach * 3 + mentor.approach] as number;
}

function phraseOf(participant: PreparedParticipant): string {
  return approachPhrases[mentoringApproaches[participant.approach] as MentoringApproach];
}

/** "both see mentoring as a learning alliance", or "compatible approaches to mentoring". */
export function describeApproachFit(mentee: PreparedParticipant, mentor: PreparedParticipant, value: number): string | null {
  if (mentee.approach === mentor.approach) return `both see mentoring as ${phraseOf(mentee)}`;
  return value >= 0.5 ? 'compatible approaches to mentoring' : null;
}

/** A warning for a poor fit (below 0.5): the main cause of failed relationships. */
export function warnApproachFit(mentee: PreparedParticipant, mentor: PreparedParticipant, value: number): string | null {
  if (!(value < 0.5)) return null;
  return `approach mismatch: ${mentee.profile.name} expects ${phraseOf(mentee)}, ${mentor.profile.name} offers ${phraseOf(mentor)}`;
}
