import type { ApplicationStatus, MentoringApproach, ProgramType } from '../../shared/enums.ts';
import { mentoringApproachLabels } from '../../shared/enums.ts';

/** What an applicant can do with their own application. */
export type ApplicantAction = 'submit' | 'withdraw' | 'reopen';
/** What a program's coordinator can decide. */
export type CoordinatorDecision = 'interview' | 'accept' | 'waitlist' | 'decline' | 'reinvite';

const applicantMoves: Record<ApplicantAction, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted', 'interview', 'waitlisted', 'accepted'], to: 'withdrawn' },
  reopen: { from: ['withdrawn'], to: 'draft' },
};

const coordinatorMoves: Record<CoordinatorDecision, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  interview: { from: ['submitted'], to: 'interview' },
  accept: { from: ['submitted', 'interview', 'waitlisted'], to: 'accepted' },
  waitlist: { from: ['submitted', 'interview'], to: 'waitlisted' },
  decline: { from: ['submitted', 'interview', 'waitlisted'], to: 'declined' },
  reinvite: { from: ['declined', 'withdrawn'], to: 'draft' },
};

/**
 * The status an action leads to, or null when the action is not allowed from `current`. A
 * declined applicant cannot submit again until a coordinator re-invites them.
 *
 * @example nextStatus('submitted', 'accept') // 'accepted'
 * @example nextStatus('declined', 'submit') // null
 */
export function nextStatus(current: ApplicationStatus, action: ApplicantAction | CoordinatorDecision): ApplicationStatus | null {
  const move = action in applicantMoves ? applicantMoves[action as ApplicantAction] : coordinatorMoves[action as CoordinatorDecision];
  return move.from.includes(current) ? move.to : null;
}

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
