import { z } from 'zod';
import { IdSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

/** A circle holds at most this many people, mentors included (group programs, DOMAIN.md). */
export const circleSizeLimit = 15;

/**
 * How a group program's circles are formed: the size range (people per circle, mentors included)
 * and how many mentors lead each circle. Part of the program's matching rules.
 */
export const CircleSettingsSchema = z
  .object({
    minSize: z.number().int().min(2).max(circleSizeLimit).default(6),
    maxSize: z.number().int().min(2).max(circleSizeLimit).default(12),
    mentorsPerCircle: z.number().int().min(1).max(3).default(2),
  })
  .superRefine((settings, ctx) => {
    if (settings.minSize > settings.maxSize) ctx.addIssue({ code: 'custom', path: ['minSize'], message: 'must not be above maxSize' });
    if (settings.mentorsPerCircle >= settings.minSize) {
      ctx.addIssue({ code: 'custom', path: ['mentorsPerCircle'], message: 'must be below minSize, so every circle has mentees' });
    }
  });
export type CircleSettings = z.infer<typeof CircleSettingsSchema>;

export const circleStatuses = ['proposed', 'active', 'closed'] as const;
export const circleRoles = ['mentor', 'mentee'] as const;

export const CircleMemberSchema = z.object({ personId: IdSchema, name: z.string(), role: z.enum(circleRoles) });
export type CircleMember = z.infer<typeof CircleMemberSchema>;

/**
 * A circle as its viewer may see it. Coordinators see the affinity (0-1); participants see
 * `null`, as they never see matching scores.
 */
export const CircleSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  name: z.string(),
  status: z.enum(circleStatuses),
  matchingRunId: IdSchema.nullable(),
  affinity: z.number().nullable(),
  mentors: z.array(CircleMemberSchema),
  mentees: z.array(CircleMemberSchema),
});
export type CircleView = z.infer<typeof CircleSchema>;

/** A page of a program's circles, by name. */
export const CirclePageSchema = pageSchema(CircleSchema);

/** Which of a program's circles: `q` matches the circle's name. */
export const CircleQuerySchema = SearchPageQuerySchema.extend({ status: z.enum(['proposed', 'active', 'closed']).optional() });
export type CircleQuery = z.infer<typeof CircleQuerySchema>;

/** Why someone is in no proposed circle. */
export const circleUnplacedReasons = ['no_feasible_circle', 'circles_full', 'too_few_people', 'capacity_exhausted', 'not_needed'] as const;
export type CircleUnplacedReason = (typeof circleUnplacedReasons)[number];

/** A group run's headline figures: circles formed, people placed, mean affinity, and who was left out and why. */
export const CircleRunSummarySchema = z.object({
  circleCount: z.number().int(),
  peopleTotal: z.number().int(),
  peoplePlaced: z.number().int(),
  placedPercent: z.number(),
  meanAffinity: z.number().nullable(),
  unplaced: z.array(z.object({ personId: IdSchema, name: z.string(), role: z.enum(circleRoles), reason: z.enum(circleUnplacedReasons) })),
});
export type CircleRunSummary = z.infer<typeof CircleRunSummarySchema>;
