import type { PreparedParticipant } from './prepare-participant.ts';

/** Levels the mentor is above the mentee (negative below); NaN when either level is unknown. */
export function seniorityGap(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  return mentor.seniority - mentee.seniority;
}

/**
 * 1 when the mentor is at least `minGap` levels above, 0 when below the mentee, partial between
 * (a peer at the same level gets 1 / (minGap + 1)).
 *
 * @example seniorityFit(2, 1) // 1
 */
export function seniorityFit(gap: number, minGap: number): number {
  if (gap >= minGap) return 1;
  return gap < 0 ? 0 : (gap + 1) / (minGap + 1);
}

/** "2 levels more senior". */
export function describeSeniority(gap: number): string | null {
  return gap > 0 ? `${gap} ${gap === 1 ? 'level' : 'levels'} more senior` : null;
}

/** A warning in standard programs when the mentor is less senior than the mentee. */
export function warnSeniority(mentee: PreparedParticipant, mentor: PreparedParticipant, gap: number): string | null {
  return gap < 0 ? `${mentor.profile.name} is less senior than ${mentee.profile.name}` : null;
}
