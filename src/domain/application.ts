import type { MentoringApproach, ProgramType } from '../../shared/enums.ts';
import { mentoringApproachLabels } from '../../shared/enums.ts';

export type { ApplicantAction, CoordinatorDecision } from '../../shared/application-moves.ts';
/** The application status machine lives in shared/ so the web app offers the same moves. */
export { nextApplicationStatus as nextStatus } from '../../shared/application-moves.ts';

/**
 * How many more mentees a program can take: its mentee limit, and in one-to-one programs the
 * total capacity of its active mentors (too few mentors means mentees wait).
 *
 * @example menteePlacesLeft({ type: 'one_to_one', menteeLimit: null, activeMentees: 3, mentorCapacity: 4 }) // 1
 */
export function menteePlacesLeft(input: {
  type: ProgramType;
  menteeLimit: number | null;
  activeMentees: number;
  mentorCapacity: number;
}): number {
  const limits = [input.menteeLimit ?? Number.POSITIVE_INFINITY];
  if (input.type === 'one_to_one') limits.push(input.mentorCapacity);
  return Math.max(0, Math.min(...limits) - input.activeMentees);
}

export type AssumptionMismatch = { kind: 'differs_from_program' | 'stated_differs_from_interviewed'; message: string };

/**
 * Mismatched assumptions about mentoring, the main cause of failed relationships: the applicant
 * assumes another approach than the program is designed for, or the interview showed another
 * approach than the one they stated.
 */
export function findAssumptionMismatches(input: {
  programApproach: MentoringApproach | null;
  statedApproach: MentoringApproach | null;
  observedApproach: MentoringApproach | null;
}): AssumptionMismatch[] {
  const mismatches: AssumptionMismatch[] = [];
  const held = input.observedApproach ?? input.statedApproach;
  if (input.programApproach && held && held !== input.programApproach) {
    mismatches.push({
      kind: 'differs_from_program',
      message: `The applicant expects “${mentoringApproachLabels[held]}”; the program is designed as “${mentoringApproachLabels[input.programApproach]}”.`,
    });
  }
  if (input.statedApproach && input.observedApproach && input.statedApproach !== input.observedApproach) {
    mismatches.push({
      kind: 'stated_differs_from_interviewed',
      message: `Stated “${mentoringApproachLabels[input.statedApproach]}” but came across in the interview as “${mentoringApproachLabels[input.observedApproach]}”.`,
    });
  }
  return mismatches;
}
