import type { ApplicationStatus } from './enums.ts';

/** What an applicant can do with their own application. */
export type ApplicantAction = 'submit' | 'withdraw' | 'reopen';
/** What a program's coordinator can decide. */
export type CoordinatorDecision = 'interview' | 'accept' | 'waitlist' | 'decline' | 'reinvite';

/**
 * The application status machine, shared so the web app offers only the moves the API accepts:
 * each action, the statuses it may start from, and where it leads.
 */
export const applicationMoves: Record<
  ApplicantAction | CoordinatorDecision,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus }
> = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted', 'interview', 'waitlisted', 'accepted'], to: 'withdrawn' },
  reopen: { from: ['withdrawn'], to: 'draft' },
  interview: { from: ['submitted'], to: 'interview' },
  accept: { from: ['submitted', 'interview', 'waitlisted'], to: 'accepted' },
  waitlist: { from: ['submitted', 'interview'], to: 'waitlisted' },
  decline: { from: ['submitted', 'interview', 'waitlisted'], to: 'declined' },
  reinvite: { from: ['declined', 'withdrawn'], to: 'draft' },
};

/**
 * The status an action leads to, or null when it is not allowed from `current`. A declined
 * applicant cannot submit again until a coordinator re-invites them.
 *
 * @example nextApplicationStatus('submitted', 'accept') // 'accepted'
 * @example nextApplicationStatus('declined', 'submit') // null
 */
export function nextApplicationStatus(current: ApplicationStatus, action: ApplicantAction | CoordinatorDecision): ApplicationStatus | null {
  const move = applicationMoves[action];
  return move.from.includes(current) ? move.to : null;
}
