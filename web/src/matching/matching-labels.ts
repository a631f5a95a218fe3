import {
  matchingCriteria,
  type CriterionMode,
  type MatchingCriterion,
  type MatchingWarningKind,
  type ProgramKind,
} from '../../../shared/schemas/index.ts';

export const criterionLabels: Record<MatchingCriterion, string> = {
  expertise: 'Expertise',
  functions: 'Mentoring functions',
  approach: 'Approach',
  commonGround: 'Common ground',
  language: 'Language',
  timeZone: 'Time zone',
  availability: 'Availability',
  channels: 'Meeting channels',
  seniority: 'Seniority',
  preferences: 'Preferences',
  customQuestions: 'Custom questions',
};

export const criterionModeLabels: Record<CriterionMode, string> = {
  required: 'Required',
  weighted: 'Weighted',
  off: 'Off',
};

export const programKindLabels: Record<ProgramKind, string> = {
  standard: 'Standard (senior mentors junior)',
  reverse: 'Reverse (junior mentors senior)',
  learning_alliance: 'Learning alliance (both learn)',
};

export const policyLabels = {
  score: 'Highest total score',
  participation: 'Most people matched, then score',
} as const;

export const modeLabels = {
  optimal: 'Optimal',
  stable: 'Stable',
} as const;

export const unmatchedReasonLabels = {
  no_feasible_mentor: 'No mentor meets the required rules',
  capacity_exhausted: 'Every suitable mentor is full',
  below_minimum_score: 'Below the minimum score',
} as const;

export const relationshipSourceLabels = {
  matching: 'Matching',
  request: 'Mentor request',
  manual: 'Assigned by a coordinator',
} as const;

/** A 0–1 score as a whole percentage, e.g. 0.834 → "83%"; a dash when missing. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '—';
  return `${Math.round(score * 100)}%`;
}

/** Looks up a criterion's label, tolerating criteria the server may add later. */
export function labelCriterion(criterion: string): string {
  const known = matchingCriteria.find((candidate) => candidate === criterion);
  return known ? criterionLabels[known] : criterion;
}

/** What each kind of pair warning means, for the summary and the filter. */
export const warningKindLabels: Record<MatchingWarningKind, string> = {
  locked: 'Locked against a rule',
  approach: 'Approach mismatch',
  timeZone: 'Few shared working hours',
  language: 'No language in common',
  availability: 'Too little time',
  seniority: 'Mentor less senior',
  other: 'Other',
};
