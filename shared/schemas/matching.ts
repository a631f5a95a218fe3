import { z } from 'zod';
import { CircleRunSummarySchema, CircleSchema } from './circles.ts';
import { IdSchema, TimestampSchema } from './common.ts';

export const matchingRunStatuses = ['running', 'proposed', 'published', 'failed'] as const;
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

export const UnmatchedMenteeSchema = z.object({
  menteeId: IdSchema,
  menteeName: z.string(),
  missing: z.number().int(),
  reason: z.enum(['no_feasible_mentor', 'capacity_exhausted', 'below_minimum_score']),
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
});

export const MatchingRunSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  status: z.enum(matchingRunStatuses),
  policy: z.enum(matchingPolicies),
  mode: z.enum(matchingModes),
  progress: z.object({ stage: z.string(), done: z.number(), total: z.number() }),
  error: z.string().nullable(),
  summary: MatchingSummarySchema.nullable(),
  proposals: z.array(MatchingProposalSchema),
  unmatched: z.array(UnmatchedMenteeSchema),
  /** Group programs: the circles this run formed (proposed until published). */
  circles: z.array(CircleSchema),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type MatchingRun = z.infer<typeof MatchingRunSchema>;

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
export const MatchingOverrideListSchema = z.object({ overrides: z.array(MatchingOverrideSchema) });

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

export const RelationshipSummarySchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  mentorId: IdSchema,
  mentorName: z.string(),
  menteeId: IdSchema,
  menteeName: z.string(),
  status: z.enum(['active', 'closed']),
  source: z.enum(['matching', 'request', 'manual']),
  startedAt: TimestampSchema,
});
export const RelationshipListSchema = z.object({ relationships: z.array(RelationshipSummarySchema) });

/** The latest run of a program, or null before the first one. */
export const LatestMatchingRunSchema = z.object({ run: MatchingRunSchema.nullable() });
