import { z } from 'zod';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema } from './paging.ts';

const part = z.string().trim().max(limits.learningLogTextMax);

/** A new learning-log entry: private (its author alone) unless `shared` with the partner. */
export const CreateLearningLogEntrySchema = z.object({
  /** What I tried. */
  tried: part.min(1),
  /** What happened. */
  happened: part.default(''),
  /** What I learned. */
  learned: part.default(''),
  shared: z.boolean().default(false),
});
export type CreateLearningLogEntry = z.infer<typeof CreateLearningLogEntrySchema>;

/** The author's edit: the fields given replace the entry's. */
export const UpdateLearningLogEntrySchema = z.object({
  tried: part.min(1).optional(),
  happened: part.optional(),
  learned: part.optional(),
  shared: z.boolean().optional(),
});
export type UpdateLearningLogEntry = z.infer<typeof UpdateLearningLogEntrySchema>;

/** An entry as the caller sees it: their own (private or shared), or the partner's shared ones. */
export const LearningLogEntrySchema = z.object({
  id: IdSchema,
  authorId: IdSchema,
  /** Whether the caller wrote it (only the author edits, deletes or changes who sees it). */
  mine: z.boolean(),
  tried: z.string(),
  happened: z.string(),
  learned: z.string(),
  shared: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type LearningLogEntry = z.infer<typeof LearningLogEntrySchema>;

/** A page of the learning-log entries one may read, newest first. */
export const LearningLogPageSchema = pageSchema(LearningLogEntrySchema);
export type LearningLogPage = z.infer<typeof LearningLogPageSchema>;
