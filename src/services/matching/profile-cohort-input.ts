import type { z } from 'zod';
import { ProfileCohortSchema } from '../../../shared/schemas/matching-rules.ts';
import type { CohortJob } from './cohort-job.ts';

/**
 * Reads the profile form of a cohort file (people with profiles and the program's rules) into a
 * matching job, or returns the issues that make it invalid, each with the path of its entry.
 */
export function parseProfileCohort(
  json: unknown,
  options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'>,
): { job: CohortJob } | { issues: z.core.$ZodIssue[] } {
  const parsed = ProfileCohortSchema.safeParse(json);
  if (!parsed.success) return { issues: parsed.error.issues };
  const cohort = parsed.data;
  return {
    job: {
      mentees: cohort.mentees.map((m) => m.profile),
      mentors: cohort.mentors.map((m) => m.profile),
      demand: cohort.mentees.map((m) => m.demand),
      capacity: cohort.mentors.map((m) => m.capacity),
      rules: cohort.rules,
      referenceDate: cohort.referenceDate ? `${cohort.referenceDate}T12:00:00Z` : new Date().toISOString(),
      customQuestions: cohort.customQuestions,
      locks: [],
      forbids: [],
      ...options,
    },
  };
}

/** Whether a parsed cohort file is in the profile form (people carry profiles, no pair list). */
export function isProfileCohort(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || 'pairs' in json) return false;
  const mentees = (json as { mentees?: unknown }).mentees;
  return Array.isArray(mentees) && mentees.some((m) => typeof m === 'object' && m !== null && 'profile' in m);
}
