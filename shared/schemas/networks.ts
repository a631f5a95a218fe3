import { z } from 'zod';
import { PageQuerySchema, pageSchema } from './paging.ts';
import { mentoringFunctions } from '../enums.ts';
import { limits } from '../limits.ts';
import { networkTieKinds, networkTieSources, tieFrequencies } from '../network-ties.ts';
import { IdSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';
import { DevelopmentPlanSchema } from './development-plans.ts';

const attribute = SingleLineTextSchema(limits.tieAttributeMax).nullable();
const tieName = SingleLineTextSchema(limits.nameMax).min(1, 'must not be empty');
const functionList = z
  .array(z.enum(mentoringFunctions))
  .max(mentoringFunctions.length)
  .refine((functions) => new Set(functions).size === functions.length, 'lists each function once');
const activityList = z.array(SingleLineTextSchema(limits.tieActivityMax).min(1, 'must not be empty')).max(limits.tieActivitiesMax);

/** What the person says about a tie, on or off the platform. */
const TieFieldsSchema = z.object({
  kind: z.enum(networkTieKinds),
  functions: functionList,
  closeness: z.int().min(1).max(5),
  frequency: z.enum(tieFrequencies),
  activities: activityList.default([]),
  /** Private to the owner, like everything about the network. */
  note: z.string().trim().max(limits.tieNoteMax).default(''),
  department: attribute.default(null),
  organizationName: attribute.default(null),
  profession: attribute.default(null),
  /** Only when the person chose to share it with you. */
  culture: attribute.default(null),
});

/**
 * A new tie: someone on the platform (personId, inside the organization) or off it (name, no
 * account; inside or outside).
 */
export const CreateNetworkTieSchema = TieFieldsSchema.extend({
  personId: IdSchema.nullable().default(null),
  name: tieName.nullable().default(null),
  insideOrganization: z.boolean().default(true),
}).superRefine((tie, ctx) => {
  if (tie.personId === null && tie.name === null)
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'name someone off the platform, or choose a person on it' });
  if (tie.personId !== null && tie.name !== null)
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'a person on the platform has their own name; leave it empty' });
  if (tie.personId !== null && !tie.insideOrganization)
    ctx.addIssue({ code: 'custom', path: ['insideOrganization'], message: 'people on the platform are inside the organization' });
});
export type CreateNetworkTie = z.infer<typeof CreateNetworkTieSchema>;

/**
 * A correction of a tie: the fields given replace the stored ones. On a tie from a
 * relationship, `functions: null` goes back to the functions the relationship gives.
 */
export const UpdateNetworkTieSchema = z
  .object({
    kind: z.enum(networkTieKinds),
    functions: functionList.nullable(),
    closeness: z.int().min(1).max(5),
    frequency: z.enum(tieFrequencies),
    activities: activityList,
    note: z.string().trim().max(limits.tieNoteMax),
    name: tieName,
    insideOrganization: z.boolean(),
    department: attribute,
    organizationName: attribute,
    profession: attribute,
    culture: attribute,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'change at least one field');
export type UpdateNetworkTie = z.infer<typeof UpdateNetworkTieSchema>;

/** A tie as its owner sees it (nobody else ever does). */
export const NetworkTieSchema = z.object({
  id: IdSchema,
  source: z.enum(networkTieSources),
  relationshipId: IdSchema.nullable(),
  /** A tie from a closed relationship: still shown, no longer counted. */
  past: z.boolean(),
  personId: IdSchema.nullable(),
  /** The person's name on the platform, or the owner's words for someone off it. */
  name: z.string(),
  note: z.string(),
  kind: z.enum(networkTieKinds),
  insideOrganization: z.boolean(),
  functions: z.array(z.enum(mentoringFunctions)),
  /** On a relationship tie: true once the owner corrected the functions the relationship gives. */
  functionsCorrected: z.boolean(),
  /** On a relationship tie: the functions the relationship gives (from its agreement and goals, else the partner's profile). */
  relationshipFunctions: z.array(z.enum(mentoringFunctions)).nullable(),
  /** Reverse mentoring: what the mentee offered in return; `you_give` on the mentee's tie, `they_give` on the mentor's. */
  reciprocity: z.object({ direction: z.enum(['you_give', 'they_give']), offer: z.string() }).nullable(),
  closeness: z.int(),
  frequency: z.enum(tieFrequencies),
  activities: z.array(z.string()),
  department: z.string().nullable(),
  organizationName: z.string().nullable(),
  profession: z.string().nullable(),
  culture: z.string().nullable(),
  strength: z.number(),
  strengthLevel: z.enum(['strong', 'moderate', 'weak']),
  updatedAt: TimestampSchema,
});
export type NetworkTie = z.infer<typeof NetworkTieSchema>;

const functionCounts = z.object(
  Object.fromEntries(mentoringFunctions.map((fn) => [fn, z.int()])) as Record<(typeof mentoringFunctions)[number], z.ZodInt>,
);

/** The three measures, each with its one-line explanation for the UI. */
export const NetworkMeasuresSchema = z.object({
  coverage: z.object({
    neededFrom: z.enum(['plan', 'profile', 'none']),
    needed: z.array(z.enum(mentoringFunctions)),
    covered: z.array(z.enum(mentoringFunctions)),
    gaps: z.array(z.enum(mentoringFunctions)),
    tiesPerFunction: functionCounts,
    share: z.number().nullable(),
    explanation: z.string(),
  }),
  range: z.object({
    overall: z.number().nullable(),
    dimensions: z.array(
      z.object({
        dimension: z.enum(['kind', 'inside_outside', 'department', 'organization', 'profession', 'culture']),
        known: z.int(),
        distinct: z.int(),
        blau: z.number(),
        normalized: z.number().nullable(),
        toRaise: z.string(),
      }),
    ),
    explanation: z.string(),
  }),
  strength: z.object({ overall: z.number().nullable(), strongTies: z.int(), weakTies: z.int(), explanation: z.string() }),
});
export type NetworkMeasures = z.infer<typeof NetworkMeasuresSchema>;

/** GET /me/network: the ties, their measures and the plan the needs come from. */
export const MyNetworkSchema = z.object({
  person: z.object({ id: IdSchema, displayName: z.string() }),
  ties: z.array(NetworkTieSchema),
  measures: NetworkMeasuresSchema,
  plan: DevelopmentPlanSchema,
});
export type MyNetwork = z.infer<typeof MyNetworkSchema>;

/** Someone on the platform who could be added as a tie: a name to recognize, no contact details. */
export const TieCandidateSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
});
export type TieCandidate = z.infer<typeof TieCandidateSchema>;
/** One page of colleagues to add as ties, by name. */
export const TieCandidatePageSchema = pageSchema(TieCandidateSchema);
export type TieCandidatePage = z.infer<typeof TieCandidatePageSchema>;
/** Colleagues whose name, department or title holds `q` (two letters at least), a page at a time. */
export const TieCandidateQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(2, 'type at least two letters').max(limits.nameMax).describe('Part of a name, department or job title'),
});
export type TieCandidateQuery = z.infer<typeof TieCandidateQuerySchema>;
