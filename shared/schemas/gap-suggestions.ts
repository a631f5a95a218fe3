import { z } from 'zod';
import { mentoringFunctions } from '../enums.ts';
import { IdSchema } from './common.ts';

/** Someone on the platform who could fill a gap, and why, in plain words. */
export const GapSuggestionSchema = z
  .object({
    personId: IdSchema,
    name: z.string(),
    department: z.string().nullable(),
    profession: z.string().nullable(),
    /** The matching engine's fit, 0..1. */
    fit: z.number(),
    /** What being different from the existing ties adds. */
    rangeBonus: z.number(),
    /** What the suggestions are ranked by (fit + range, a step down with one place left). */
    score: z.number(),
    /** One place left: others with a similar fit come first. */
    nearCapacity: z.boolean(),
    /** "offers sponsorship, which your network lacks; from Finance, where you have no ties" */
    reason: z.string(),
    details: z.array(z.string()),
  })
  .meta({ id: 'GapSuggestion' });
export type GapSuggestion = z.infer<typeof GapSuggestionSchema>;

/** GET /me/network/suggestions: up to five suggestions per gap, best first. */
export const MyGapSuggestionsSchema = z
  .object({
    neededFrom: z.enum(['plan', 'profile', 'none']),
    gaps: z.array(z.object({ function: z.enum(mentoringFunctions), label: z.string(), suggestions: z.array(GapSuggestionSchema) })),
  })
  .meta({ id: 'MyGapSuggestions' });
export type MyGapSuggestions = z.infer<typeof MyGapSuggestionsSchema>;
