import { z } from 'zod';
import { CircleRunSummarySchema, CircleSchema } from './circles.ts';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

export const matchingRunStatuses = ['running', 'proposed', 'published', 'failed', 'cancelled'] as const;
export const matchingModes = ['optimal', 'stable'] as const;
export const matchingPolicies = ['score', 'participation'] as const;

export const StartMatchingRunSchema = z.object({
  policy: z.enum(matchingPolicies).default('score'),
  mode: z.enum(matchingModes).default('optimal'),
  minimumScore: z.number().min(0).max(1).nullable().default(null),
});
export type StartMatchingRun = z.input<typeof StartMatchingRunSchema>;

export const PairContributionSchema = z.object({
  criterion: z.string(),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
});

/** One proposed pair, with its explanation. Coordinators only. */
export const MatchingProposalSchema = z.object({
  menteeId: IdSchema,
  menteeName: z.string(),
  mentorId: IdSchema,
  mentorName: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  contributions: z.array(PairContributionSchema),
  warnings: z.array(z.string()),
  locked: z.boolean(),
});
export type MatchingProposal = z.infer<typeof MatchingProposalSchema>;

export const unmatchedReasons = ['no_feasible_mentor', 'capacity_exhausted', 'below_minimum_score'] as const;

export const UnmatchedMenteeSchema = z.object({
  menteeId: IdSchema,
  menteeName: z.string(),
  missing: z.number().int(),
  reason: z.enum(unmatchedReasons),
});

/**
 * The kinds of warning a pair can carry, and how each warning's text is recognised (the first
 * rule that matches; `other` when none does). One list for the run's summary (computed in
 * JavaScript when a run finishes, in SQL for runs stored before) and the review page's labels.
 */
export const matchingWarningKinds = ['locked', 'approach', 'timeZone', 'language', 'availability', 'seniority', 'other'] as const;
export type MatchingWarningKind = (typeof matchingWarningKinds)[number];
export const matchingWarningRules: ReadonlyArray<{ kind: MatchingWarningKind; startsWith?: string; contains?: string }> = [
  { kind: 'locked', startsWith: 'Locked by a coordinator' },
  { kind: 'approach', startsWith: 'approach mismatch' },
  { kind: 'timeZone', startsWith: 'no shared working hours' },
  { kind: 'timeZone', startsWith: 'weak time-zone overlap' },
  { kind: 'language', startsWith: 'no language in common' },
  { kind: 'availability', startsWith: 'little time' },
  { kind: 'seniority', contains: ' is less senior than ' },
];

/** A warning's kind, by `matchingWarningRules`. */
export function matchingWarningKindOf(warning: string): MatchingWarningKind {
  const rule = matchingWarningRules.find((r) =>
    r.startsWith === undefined ? warning.includes(r.contains ?? '') : warning.startsWith(r.startsWith),
  );
  return rule?.kind ?? 'other';
}

/** The score histogram's buckets: ten of 0.1 from 0 to 1 (the last one holds 1 too). */
export const matchingHistogramBuckets = 10;

/** The histogram bucket (0 to 9) of a score; scores outside [0, 1] go to the nearest end. */
export function matchingHistogramBucketOf(score: number): number {
  return Math.min(matchingHistogramBuckets - 1, Math.max(0, Math.floor(score * matchingHistogramBuckets)));
}

export const ScoreBucketSchema = z.object({
  from: z.number(),
  to: z.number(),
  count: z.number().int(),
});

export const MatchingSummarySchema = z.object({
  menteeSlots: z.number().int(),
  matchedSlots: z.number().int(),
  matchedPercent: z.number(),
  meanScore: z.number().nullable(),
  lowestScore: z.number().nullable(),
  approachMismatches: z.number().int(),
  optimal: z.boolean(),
  seconds: z.number(),
  /** Stable mode: pairs that would rather be together, and the score stability gave up. */
  blockingPairs: z.number().int().nullable(),
  scoreGivenUp: z.number().nullable(),
  /** Group programs: the circles formed instead of pairs. */
  circles: CircleRunSummarySchema.optional(),
  /** Proposed pairs (the rows of GET /matching-runs/{runId}/proposals). */
  proposalCount: z.number().int(),
  /** Entries of GET /matching-runs/{runId}/unmatched. */
  unmatchedCount: z.number().int(),
  lockedCount: z.number().int(),
  pairsWithWarnings: z.number().int(),
  /** Warnings counted by kind (a pair with two warnings of a kind counts twice); kinds with none are left out. */
  warningsByKind: z.partialRecord(z.enum(matchingWarningKinds), z.number().int()),
  /** The proposals' scores in `matchingHistogramBuckets` buckets of equal width from 0 to 1, every bucket listed. */
  histogram: z.array(ScoreBucketSchema),
});
export type MatchingSummary = z.infer<typeof MatchingSummarySchema>;

export const MatchingRunSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  status: z.enum(matchingRunStatuses),
  policy: z.enum(matchingPolicies),
  mode: z.enum(matchingModes),
  progress: z.object({ stage: z.string(), done: z.number(), total: z.number() }),
  error: z.string().nullable(),
  /** Null while running. The proposals and the unmatched mentees are paged: see their routes. */
  summary: MatchingSummarySchema.nullable(),
  /**
   * Group programs: the circles this run formed (proposed until published), all of them when
   * there are at most `runViewCirclesMax`; otherwise none here: GET /matching-runs/{runId}/circles pages them.
   */
  circles: z.array(CircleSchema),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type MatchingRun = z.infer<typeof MatchingRunSchema>;

/** The most circles a run view carries inline; a larger run's circles are paged. */
export const runViewCirclesMax = 60;

/** `GET /matching-runs/{runId}/circles`: a page of a group run's circles by name; `q` matches a circle's or a member's name. */
export const MatchingRunCirclePageSchema = pageSchema(CircleSchema);

/** The orders of a run's proposals: highest score first (the default), lowest first, by mentee name. */
export const matchingProposalSorts = ['-score', 'score', 'mentee'] as const;

const ScoreBoundSchema = z.coerce.number().min(0).max(1);

/** `GET /matching-runs/{runId}/proposals`: a page of the run's pairs, narrowed by the review's filters. */
export const MatchingProposalPageQuerySchema = SearchPageQuerySchema.extend({
  sort: z.enum(matchingProposalSorts).default('-score').describe('-score: highest first; score: lowest first; mentee: by name'),
  warnings: z.enum(['only', 'none']).optional().describe('only: pairs with a warning; none: pairs without'),
  warningKind: z.enum(matchingWarningKinds).optional().describe('Pairs with a warning of this kind'),
  minScore: ScoreBoundSchema.optional().describe('Pairs scoring at least this (0 to 1)'),
  maxScore: ScoreBoundSchema.optional().describe('Pairs scoring at most this (0 to 1)'),
  department: z.string().trim().min(1).max(limits.nameMax).optional().describe('The mentee’s or the mentor’s department, exactly'),
  locked: z.enum(['true', 'false']).optional().describe('true: locked pairs only; false: the others'),
});
export type MatchingProposalPageQuery = z.infer<typeof MatchingProposalPageQuerySchema>;
export const MatchingProposalPageSchema = pageSchema(MatchingProposalSchema);

/** `GET /matching-runs/{runId}/unmatched`: the mentees left without (enough) mentors, in the run's order. */
export const UnmatchedMenteePageQuerySchema = SearchPageQuerySchema.extend({
  reason: z.enum(unmatchedReasons).optional(),
});
export type UnmatchedMenteePageQuery = z.infer<typeof UnmatchedMenteePageQuerySchema>;
export const UnmatchedMenteePageSchema = pageSchema(UnmatchedMenteeSchema);

export const matchingOverrideKinds = ['lock', 'forbid', 'exclude'] as const;

/** A coordinator's instruction for the next runs: lock a pair, forbid a pair, or leave a person out. */
export const CreateMatchingOverrideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lock'), menteeId: IdSchema, mentorId: IdSchema }),
  z.object({ kind: z.literal('forbid'), menteeId: IdSchema, mentorId: IdSchema }),
  z.object({ kind: z.literal('exclude'), personId: IdSchema }),
]);
export type CreateMatchingOverride = z.infer<typeof CreateMatchingOverrideSchema>;

export const MatchingOverrideSchema = z.object({
  id: IdSchema,
  kind: z.enum(matchingOverrideKinds),
  menteeId: IdSchema.nullable(),
  mentorId: IdSchema.nullable(),
  personId: IdSchema.nullable(),
  description: z.string(),
});

/**
 * `GET /programs/{programId}/matching/overrides`: a page of the program's overrides, locks first,
 * then forbidden pairs, then people left out, newest first within each kind.
 */
export const MatchingOverridePageQuerySchema = SearchPageQuerySchema.extend({
  kind: z.enum(matchingOverrideKinds).optional().describe('lock, forbid or exclude (left out); every kind when left out'),
  personId: IdSchema.optional().describe('Only the overrides naming this person (either side of a pair, or left out)'),
});
export type MatchingOverridePageQuery = z.infer<typeof MatchingOverridePageQuerySchema>;
export const MatchingOverridePageSchema = pageSchema(MatchingOverrideSchema);

export const PublishResultSchema = z.object({ relationshipsCreated: z.number().int(), circlesActivated: z.number().int() });

/** A mentee's ranked suggestions in a self-match program (mentors with room only). */
export const MentorSuggestionSchema = z.object({
  mentorId: IdSchema,
  mentorName: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
});
export const MentorSuggestionListSchema = z.object({ suggestions: z.array(MentorSuggestionSchema) });

/** The latest run of a program, or null before the first one. */
export const LatestMatchingRunSchema = z.object({ run: MatchingRunSchema.nullable() });
