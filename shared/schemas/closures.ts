import { z } from 'zod';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';

/** What comes after the formal relationship (seed 003). */
export const closureNextSteps = ['informal', 'friends', 'periodic_contact', 'end'] as const;
export type ClosureNextStep = (typeof closureNextSteps)[number];

export const closureNextStepLabels: Record<ClosureNextStep, string> = {
  informal: 'Keep the relationship informally',
  friends: 'Stay in contact as friends',
  periodic_contact: 'Keep periodic contact',
  end: 'End here',
};

/** The ideal-mentor qualities (seed 003) the mentee rates 1-5 in the closure survey. */
export const idealMentorQualities = ['trustworthy', 'had_time', 'asked_good_questions', 'listened', 'constructive_feedback'] as const;
export type IdealMentorQuality = (typeof idealMentorQualities)[number];

export const idealMentorQualityLabels: Record<IdealMentorQuality, string> = {
  trustworthy: 'Was trustworthy',
  had_time: 'Had the time and desire to help',
  asked_good_questions: 'Asked good questions',
  listened: 'Listened actively',
  constructive_feedback: 'Gave constructive feedback',
};

const ReflectionSchema = z.string().trim().min(1).max(limits.closureTextMax);
const GoalOutcomeSchema = z.object({ goalId: IdSchema, achieved: z.string().trim().max(limits.closureTextMax) });

/**
 * One side's part of the closure form: what was achieved against each goal, their reflection
 * and what comes next. The first part starts closure; the relationship closes once both sides
 * have given theirs.
 */
export const ClosurePartSchema = z.object({
  goalOutcomes: z.array(GoalOutcomeSchema).max(limits.listMax).optional(),
  reflection: ReflectionSchema,
  nextStep: z.enum(closureNextSteps),
});
export type ClosurePart = z.infer<typeof ClosurePartSchema>;

/** A no-fault early exit: the reason is kept for coordinators only; a mentee may ask for a rematch. */
export const EarlyExitSchema = z.object({
  reason: z.string().trim().min(1).max(limits.closureReasonMax),
  rematch: z.boolean().default(false),
});
export type EarlyExit = z.infer<typeof EarlyExitSchema>;

const RatingSchema = z.number().int().min(1).max(5);

/** One side's confidential closure survey; the qualities are the mentee's to rate. */
export const ClosureSurveyInputSchema = z.object({
  rating: RatingSchema,
  qualities: z.record(z.enum(idealMentorQualities), RatingSchema).optional(),
  comment: z.string().trim().max(limits.closureReasonMax).default(''),
});
export type ClosureSurveyInput = z.infer<typeof ClosureSurveyInputSchema>;

export const MyClosureSurveySchema = z.object({
  rating: RatingSchema,
  qualities: z.record(z.string(), z.number()).nullable(),
  comment: z.string(),
  createdAt: TimestampSchema,
});
export type MyClosureSurvey = z.infer<typeof MyClosureSurveySchema>;

/**
 * A relationship's closure as the caller may see it. The pair sees the form (goal outcomes, both
 * reflections) and only their own survey; coordinators see its shape and the early-exit reason;
 * the other side of an early exit sees only that it ended.
 */
export const ClosureViewSchema = z.object({
  kind: z.enum(['completed', 'early_exit']),
  status: z.enum(['started', 'closed']),
  startedBy: z.object({ id: IdSchema, name: z.string() }),
  startedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  nextStep: z.enum(closureNextSteps).nullable(),
  /** The pair only (null for coordinators). */
  goalOutcomes: z.array(z.object({ goalId: IdSchema, goal: z.string(), achieved: z.string() })).nullable(),
  mentorReflection: z.string().nullable(),
  menteeReflection: z.string().nullable(),
  /** The side still to give their part, while started. */
  waitingFor: z.enum(['mentor', 'mentee']).nullable(),
  /** Coordinators and the person who left only. */
  earlyExitReason: z.string().nullable(),
  rematchRequested: z.boolean().nullable(),
  /** The caller's own survey (never anyone else's). */
  mySurvey: MyClosureSurveySchema.nullable(),
});
export type ClosureView = z.infer<typeof ClosureViewSchema>;

/** The closure, or null while nobody has started it. */
export const ClosureStateSchema = z.object({
  closure: ClosureViewSchema.nullable(),
  /** The relationship's goals, to fill in what was achieved (the pair only). */
  goals: z.array(z.object({ id: IdSchema, specific: z.string(), progress: z.number().int(), status: z.string() })),
});
export type ClosureState = z.infer<typeof ClosureStateSchema>;
