import { z } from 'zod';
import { meetingChannels, mentoringFunctions } from '../enums.ts';
import { dateRanges, limits } from '../limits.ts';
import { datedWithin, IdSchema, IsoDateSchema, TimestampSchema } from './common.ts';

/** How often the pair meets; at least monthly (one touch point a month keeps a relationship alive). */
export const agreementCadences = ['weekly', 'every_two_weeks', 'monthly'] as const;
export type AgreementCadence = (typeof agreementCadences)[number];

export const agreementCadenceLabels: Record<AgreementCadence, string> = {
  weekly: 'Every week',
  every_two_weeks: 'Every two weeks',
  monthly: 'At least once a month',
};

const ItemSchema = z.string().trim().min(1, 'must not be empty').max(limits.agreementItemMax);
const ItemListSchema = z
  .array(ItemSchema)
  .max(limits.agreementListMax)
  .refine((items) => new Set(items.map((item) => item.toLowerCase())).size === items.length, 'lists each item once');
const TextSchema = z.string().trim().max(limits.agreementTextMax);

/** Meeting guidelines: cadence, length, channels, and anything else in the pair's own words. */
export const AgreementMeetingsSchema = z.object({
  cadence: z.enum(agreementCadences),
  lengthMinutes: z.int().min(15).max(240),
  channels: z
    .array(z.enum(meetingChannels))
    .min(1, 'choose at least one channel')
    .refine((channels) => new Set(channels).size === channels.length, 'lists each channel once'),
  guidelines: TextSchema,
});

/** What stays between the two, and what the program may see. */
export const AgreementConfidentialitySchema = z.object({ betweenUs: TextSchema, programMaySee: TextSchema });

/** The expectations each side has of the other. */
export const AgreementExpectationsSchema = z.object({
  /** The mentor's expectations of the mentee. */
  ofMentee: ItemListSchema,
  /** The mentee's expectations of the mentor. */
  ofMentor: ItemListSchema,
});

/** Start, review date and planned end of days `day` accepts; review and end never before the start. */
function timelineOf(day: typeof IsoDateSchema) {
  return z.object({ startsOn: day, reviewOn: day.nullable(), endsOn: day.nullable() }).superRefine((timeline, ctx) => {
    // ISO dates compare as strings.
    if (timeline.reviewOn && timeline.reviewOn < timeline.startsOn)
      ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'must not be before the start' });
    if (timeline.endsOn && timeline.endsOn < timeline.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the start' });
    if (timeline.reviewOn && timeline.endsOn && timeline.endsOn < timeline.reviewOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the review date' });
  });
}

/** A stored timeline (any version ever saved reads back). */
export const AgreementTimelineSchema = timelineOf(IsoDateSchema);

/** The text of a mentoring agreement (one version of it). */
export const AgreementContentSchema = z.object({
  meetings: AgreementMeetingsSchema,
  confidentiality: AgreementConfidentialitySchema,
  expectations: AgreementExpectationsSchema,
  timeline: AgreementTimelineSchema,
  firstGoals: ItemListSchema,
  /**
   * The mentoring functions (seed 000) this relationship is for; the mentee's network shows them
   * on the tie. Versions written before the field existed read as none.
   */
  functions: z
    .array(z.enum(mentoringFunctions))
    .max(mentoringFunctions.length)
    .refine((functions) => new Set(functions).size === functions.length, 'lists each function once')
    .default([]),
});
export type AgreementContent = z.infer<typeof AgreementContentSchema>;

/** A program's template: the agreement without dates; its timeline is counted from each relationship's start. */
export const AgreementTemplateSchema = z.object({
  meetings: AgreementMeetingsSchema,
  confidentiality: AgreementConfidentialitySchema,
  expectations: AgreementExpectationsSchema,
  timeline: z.object({
    /** The review date, this many weeks after the start (none when null). */
    reviewAfterWeeks: z.int().min(1).max(104).nullable(),
    /** The planned end, this many months after the start, never past the program's end (none when null). */
    lengthMonths: z.int().min(1).max(60).nullable(),
  }),
  firstGoals: ItemListSchema,
});
export type AgreementTemplate = z.infer<typeof AgreementTemplateSchema>;

/** A program's template as coordinators read it; `isDefault` until they save their own. */
export const ProgramAgreementTemplateSchema = z.object({ template: AgreementTemplateSchema, isDefault: z.boolean() });
export type ProgramAgreementTemplate = z.infer<typeof ProgramAgreementTemplateSchema>;

/** One version of an agreement, with each side's signature. */
export const AgreementVersionSchema = z.object({
  version: z.int(),
  content: AgreementContentSchema,
  editedBy: z.object({ id: IdSchema, name: z.string() }),
  editedAt: TimestampSchema,
  mentorSignedAt: TimestampSchema.nullable(),
  menteeSignedAt: TimestampSchema.nullable(),
});
export type AgreementVersion = z.infer<typeof AgreementVersionSchema>;

/** Whether the agreement is signed, and when: all that coordinators see of it. */
export const AgreementStatusSchema = z.object({
  currentVersion: z.int(),
  mentorSignedAt: TimestampSchema.nullable(),
  menteeSignedAt: TimestampSchema.nullable(),
  /** When the second signature went on the current version; null until both have signed it. */
  signedAt: TimestampSchema.nullable(),
});
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** The agreement as the pair sees it: its current version's text and signatures. */
export const AgreementSchema = AgreementStatusSchema.extend({ current: AgreementVersionSchema });
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementVersionListSchema = z.object({ versions: z.array(AgreementVersionSchema) });

/** An edit of the draft: the version it was made on (a stale one is refused) and the new text. */
export const EditAgreementSchema = z.object({
  version: z.int().min(1),
  /** The timeline's dates lie within the years plans reach. */
  content: AgreementContentSchema.extend({ timeline: timelineOf(datedWithin(IsoDateSchema, dateRanges.plan)) }),
});
export type EditAgreement = z.infer<typeof EditAgreementSchema>;

/** A signature: the caller's own side, on the version they read. */
export const SignAgreementSchema = z.object({ version: z.int().min(1), side: z.enum(['mentor', 'mentee']) });
export type SignAgreement = z.infer<typeof SignAgreementSchema>;

/** A coordinator pairs a mentor and a mentee of the program by hand. */
export const CreateManualPairingSchema = z.object({ mentorId: IdSchema, menteeId: IdSchema });
export type CreateManualPairing = z.infer<typeof CreateManualPairingSchema>;

export const ManualPairingResultSchema = z.object({ relationshipId: IdSchema });
