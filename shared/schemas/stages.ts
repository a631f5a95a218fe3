import { z } from 'zod';
import { limits } from '../limits.ts';
import { relationshipStages } from '../enums.ts';
import { IdSchema, TimestampSchema } from './common.ts';

/** The pair moves their relationship to a stage, saying why (stages 2 and 3 may alternate). */
export const ChangeStageSchema = z.object({
  stage: z.enum(relationshipStages),
  note: z.string().trim().max(limits.stageNoteMax).default(''),
});
export type ChangeStage = z.infer<typeof ChangeStageSchema>;

/** One change of stage. The note is the pair's own words: null for coordinators. */
export const StageChangeSchema = z.object({
  id: IdSchema,
  fromStage: z.enum(relationshipStages).nullable(),
  toStage: z.enum(relationshipStages),
  changedBy: z.object({ id: IdSchema, name: z.string() }),
  note: z.string().nullable(),
  changedAt: TimestampSchema,
});
export type StageChange = z.infer<typeof StageChangeSchema>;

export const StageHistorySchema = z.object({ changes: z.array(StageChangeSchema) });
export type StageHistory = z.infer<typeof StageHistorySchema>;

/** What a stage signal suggests (see src/domain/relationships/stage-signals.ts). */
export const stageSignalKinds = [
  'start_building',
  'move_to_mastery',
  'back_to_building',
  'talk_about_moving_on',
  'consider_new_goals',
  'at_risk',
] as const;
export type StageSignalKind = (typeof stageSignalKinds)[number];

/** A suggestion from the signals, with its one-line explanation and the stage it proposes (if any). */
export const StageSuggestionSchema = z.object({
  kind: z.enum(stageSignalKinds),
  toStage: z.enum(relationshipStages).nullable(),
  explanation: z.string(),
});
export type StageSuggestion = z.infer<typeof StageSuggestionSchema>;

export const StageSignalsSchema = z.object({ stage: z.enum(relationshipStages), suggestions: z.array(StageSuggestionSchema) });
export type StageSignals = z.infer<typeof StageSignalsSchema>;

/** Closure survey aggregates: only when at least `minimumAnswers` answers exist, else null. */
export const ClosureSurveySummarySchema = z.object({
  answers: z.number().int(),
  averageRating: z.number(),
  /** Mean of each ideal-mentor quality over the mentees who answered. */
  qualities: z.record(z.string(), z.number()),
});
export type ClosureSurveySummary = z.infer<typeof ClosureSurveySummarySchema>;
