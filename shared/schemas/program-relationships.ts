import { z } from 'zod';
import { relationshipStages } from '../enums.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';
import { ClosureSurveySummarySchema, StageSuggestionSchema } from './stages.ts';

/** The orders of a program's relationships: by names, longest without a touch point first, newest first. */
export const programRelationshipSorts = ['name', 'last_touch', 'started'] as const;
export type ProgramRelationshipSort = (typeof programRelationshipSorts)[number];

/** At risk: active, not moving on, and no touch point for 30 days; on track: active and not at risk. */
export const relationshipRisks = ['at_risk', 'on_track'] as const;

/**
 * Which of a program's relationships, and in what order: `q` matches the mentor's or the mentee's
 * name; `lastTouchBefore` keeps those without a touch point (or, never touched, without a start)
 * for at least that many days.
 */
export const ProgramRelationshipQuerySchema = SearchPageQuerySchema.extend({
  stage: z.enum(relationshipStages).optional(),
  status: z.enum(['active', 'closed']).optional(),
  risk: z.enum(relationshipRisks).optional(),
  lastTouchBefore: z.coerce.number().int().min(0).max(3650).optional().describe('Days since the last touch point, at least'),
  mentorId: IdSchema.optional(),
  sort: z.enum(programRelationshipSorts).default('name'),
});
export type ProgramRelationshipQuery = z.infer<typeof ProgramRelationshipQuerySchema>;

/**
 * One relationship of a program: the pair, stage, touch point, meetings held, goal progress, risk
 * and the stage signals; never the content of notes, logs, agreements or surveys. The early-exit
 * reason is for coordinators only (null for the pair).
 */
export const ProgramRelationshipSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  mentor: z.object({ id: IdSchema, name: z.string() }),
  mentee: z.object({ id: IdSchema, name: z.string() }),
  status: z.enum(['active', 'closed']),
  source: z.enum(['matching', 'request', 'manual']),
  stage: z.enum(relationshipStages),
  startedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  lastTouchAt: TimestampSchema.nullable(),
  meetingsHeld: z.number().int(),
  goals: z.object({ count: z.number().int(), met: z.number().int(), averageProgress: z.number().int().nullable() }),
  atRisk: z.boolean(),
  suggestions: z.array(StageSuggestionSchema),
  closure: z
    .object({
      kind: z.enum(['completed', 'early_exit']),
      status: z.enum(['started', 'closed']),
      nextStep: z.enum(['informal', 'friends', 'periodic_contact', 'end']).nullable(),
      earlyExitReason: z.string().nullable(),
      rematchRequested: z.boolean(),
    })
    .nullable(),
});
export type ProgramRelationship = z.infer<typeof ProgramRelationshipSchema>;
export const ProgramRelationshipPageSchema = pageSchema(ProgramRelationshipSchema);

/** A program's relationships counted for its coordinators, and the closure survey aggregates. */
export const RelationshipOverviewSchema = z.object({
  counts: z.object({
    total: z.number().int(),
    active: z.number().int(),
    closed: z.number().int(),
    atRisk: z.number().int(),
    /** Active relationships by stage. */
    byStage: z.object({
      creating: z.number().int(),
      building: z.number().int(),
      mastery: z.number().int(),
      moving_on: z.number().int(),
    }),
  }),
  surveySummary: ClosureSurveySummarySchema.nullable(),
});
export type RelationshipOverview = z.infer<typeof RelationshipOverviewSchema>;
