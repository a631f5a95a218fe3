import { z } from 'zod';
import { IdSchema } from './common.ts';
import { PageQuerySchema, pageSchema, SearchPageQuerySchema } from './paging.ts';

/** A mentee ranks at most this many of the program's mentors. */
export const maxMentorPicks = 5;
/** A mentee may ask for one to this many mentors in a program (a developmental network). */
export const maxMentorsWanted = 3;
/** A mentor marks at most this many mentees (more than a cohort needs). */
export const maxMenteeMarks = 200;

export const menteeMarkKinds = ['prefer', 'avoid'] as const;
export type MenteeMarkKind = (typeof menteeMarkKinds)[number];

/** Someone of the program a participant may state a preference about. */
export const PreferenceCandidateSchema = z.object({
  personId: IdSchema,
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  /** A mentor's expertise offered, or a mentee's expertise wanted. */
  expertise: z.array(z.string()),
});
export type PreferenceCandidate = z.infer<typeof PreferenceCandidateSchema>;

/** What the caller stated in a program, by role; null for a role they do not hold. */
export const MyMatchingPreferencesSchema = z.object({
  asMentee: z
    .object({
      /** Mentor ids, first choice first. */
      picks: z.array(IdSchema),
      mentorsWanted: z.number().int().min(1).max(maxMentorsWanted),
      mentors: z
        .array(PreferenceCandidateSchema)
        .describe('The mentors picked, for their names (search others with GET .../matching/preferences/candidates)'),
    })
    .nullable(),
  asMentor: z
    .object({
      marks: z.array(z.object({ personId: IdSchema, kind: z.enum(menteeMarkKinds) })),
      mentees: z
        .array(PreferenceCandidateSchema)
        .describe('The mentees marked, for their names (search others with GET .../matching/preferences/candidates)'),
    })
    .nullable(),
});
export type MyMatchingPreferences = z.infer<typeof MyMatchingPreferencesSchema>;

/** A page of the people a participant may pick (side mentor, for mentees) or mark (side mentee, for mentors). */
export const PreferenceCandidateQuerySchema = SearchPageQuerySchema.extend({
  side: z.enum(['mentor', 'mentee']).describe('mentor: the mentors a mentee may pick; mentee: the mentees a mentor may mark'),
});
export type PreferenceCandidateQuery = z.infer<typeof PreferenceCandidateQuerySchema>;
export const PreferenceCandidatePageSchema = pageSchema(PreferenceCandidateSchema);

/**
 * Replaces the caller's own preferences in a program. Each list given replaces the stored one;
 * a list left out stays as it is.
 */
export const SaveMatchingPreferencesSchema = z.object({
  /** A mentee's picks among the program's mentors, first choice first. */
  picks: z.array(IdSchema).max(maxMentorPicks).optional(),
  /** A mentor's marks on the program's mentees (avoid: never paired). */
  marks: z
    .array(z.object({ personId: IdSchema, kind: z.enum(menteeMarkKinds) }))
    .max(maxMenteeMarks)
    .optional(),
});
export type SaveMatchingPreferences = z.infer<typeof SaveMatchingPreferencesSchema>;

/** How many mentors a mentee wants in the program; each must bring something different. */
export const MentorsWantedSchema = z.object({ mentorsWanted: z.number().int().min(1).max(maxMentorsWanted) });
export type MentorsWanted = z.infer<typeof MentorsWantedSchema>;

export const MentorsWantedResultSchema = MentorsWantedSchema.extend({ personId: IdSchema });

export const preferenceKinds = ['pick', ...menteeMarkKinds] as const;

/**
 * A page of the preferences stated in a program, for its coordinators, by the person who stated
 * them, then by the person they are about. Optionally one kind, or one person's.
 */
export const ProgramPreferenceQuerySchema = PageQuerySchema.extend({
  kind: z
    .enum(preferenceKinds)
    .optional()
    .describe('pick: mentees’ ranked picks; prefer or avoid: mentors’ marks. All kinds when left out'),
  personId: IdSchema.optional().describe('Only the preferences this person stated'),
});
export type ProgramPreferenceQuery = z.infer<typeof ProgramPreferenceQuerySchema>;

/** A preference stated in a program, with both people's names (someone no longer in the program is named so). */
export const ProgramPreferenceSchema = z.object({
  personId: IdSchema,
  personName: z.string(),
  targetId: IdSchema,
  targetName: z.string(),
  kind: z.enum(preferenceKinds),
  rank: z.number().int().nullable().describe('A pick’s rank, 1 = first choice; null for a mark'),
});
export type ProgramPreference = z.infer<typeof ProgramPreferenceSchema>;
export const ProgramPreferencePageSchema = pageSchema(ProgramPreferenceSchema);

/** A page of the program's active mentees and how many mentors each wants, for its coordinators. */
export const MentorsWantedQuerySchema = PageQuerySchema.extend({
  all: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: every active mentee; otherwise (default) only those who want more than one mentor'),
});
export type MentorsWantedQuery = z.infer<typeof MentorsWantedQuerySchema>;

/** An active mentee of the program and how many mentors they want. */
export const MenteeMentorsWantedSchema = z.object({
  personId: IdSchema,
  personName: z.string(),
  mentorsWanted: z.number().int().min(1).max(maxMentorsWanted),
});
export type MenteeMentorsWanted = z.infer<typeof MenteeMentorsWantedSchema>;
export const MenteeMentorsWantedPageSchema = pageSchema(MenteeMentorsWantedSchema);
