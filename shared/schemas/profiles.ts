import { z } from 'zod';
import { attributeVisibilities, careerOrientations, meetingChannels, mentoringApproaches, mentoringFunctions } from '../enums.ts';
import { limits } from '../limits.ts';
import { DisplayNameSchema, IdSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';

const shortText = SingleLineTextSchema(limits.shortTextMax);
const tagList = z.array(SingleLineTextSchema(80).min(1)).max(limits.listMax);

/** Checks an IANA time zone name (Europe/Lisbon) with the runtime's own list. */
export const TimeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Lisbon');

/** A self-described attribute (identity, background) and who may see it. */
export const IdentityAttributeSchema = z.object({
  label: SingleLineTextSchema(80).min(1),
  value: shortText.min(1),
  visibility: z.enum(attributeVisibilities),
});
export type IdentityAttribute = z.infer<typeof IdentityAttributeSchema>;

/** Agreement scores (1-5) with short statements that suggest a mentoring approach. */
export const ApproachStatementAnswersSchema = z.record(z.string().max(40), z.number().int().min(1).max(5));

/** Every profile field a person can edit; all optional so a form can send what it asks. */
export const ProfileFieldsSchema = z.object({
  displayName: DisplayNameSchema,
  department: shortText.nullable(),
  jobTitle: shortText.nullable(),
  seniorityLevel: z.number().int().min(1).max(20).nullable(),
  supervisorId: IdSchema.nullable(),
  location: shortText.nullable(),
  timeZone: TimeZoneSchema.nullable(),
  languages: z.array(SingleLineTextSchema(35).min(2)).max(20),
  education: shortText.nullable(),
  profession: shortText.nullable(),
  expertiseOffered: tagList,
  expertiseWanted: tagList,
  functionsOffered: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length),
  functionsSought: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length),
  approach: z.enum(mentoringApproaches).nullable(),
  approachStatements: ApproachStatementAnswersSchema,
  careerOrientation: z.enum(careerOrientations).nullable(),
  preferredChannels: z.array(z.enum(meetingChannels)).max(meetingChannels.length),
  availabilityHoursPerMonth: z.number().int().min(0).max(200).nullable(),
  mentorCapacity: z.number().int().min(0).max(50),
  mentoringPaused: z.boolean(),
  interests: tagList,
  background: z.string().trim().max(limits.longTextMax).nullable(),
  identityAttributes: z.array(IdentityAttributeSchema).max(20),
  /** Set when the person accepts the common-ground consent text; required to store identity attributes. */
  commonGroundConsent: z.boolean(),
});
export const UpdateProfileSchema = ProfileFieldsSchema.partial();
export type UpdateProfile = z.infer<typeof UpdateProfileSchema>;

/** A person's own profile, as they see it (everything, including private attributes). */
export const OwnProfileSchema = ProfileFieldsSchema.extend({
  personId: IdSchema,
  email: z.string(),
  supervisorName: z.string().nullable(),
  suggestedApproach: z.enum(mentoringApproaches).nullable(),
  commonGroundConsentAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type OwnProfile = z.infer<typeof OwnProfileSchema>;

/**
 * A profile as another participant or a coordinator sees it: identity attributes are limited to
 * those the person shared; private and matching-only ones never appear.
 */
export const PublicProfileSchema = OwnProfileSchema.omit({
  approachStatements: true,
  commonGroundConsent: true,
  commonGroundConsentAt: true,
});
export type PublicProfile = z.infer<typeof PublicProfileSchema>;

/** The organization's seniority scale: ordered levels with names. */
export const SeniorityLevelSchema = z.object({ level: z.number().int().min(1), label: SingleLineTextSchema(60).min(1) });
export const SeniorityScaleSchema = z.object({ levels: z.array(SeniorityLevelSchema).min(2).max(20) });
export type SeniorityScale = z.infer<typeof SeniorityScaleSchema>;

/** The statements that suggest an approach; each answer is agreement from 1 to 5. */
export const approachStatements = [
  { id: 'expert_advice', approach: 'sage_on_the_stage', text: 'A good mentor tells me what to do, from experience.' },
  { id: 'open_doors', approach: 'sage_on_the_stage', text: 'I want a mentor who can open doors to promotions.' },
  { id: 'chosen_change', approach: 'guide_on_the_side', text: 'I know the change I want to make and need help getting there.' },
  { id: 'questions', approach: 'guide_on_the_side', text: 'Good questions help me more than answers.' },
  { id: 'both_learn', approach: 'learning_alliance', text: 'My mentor and I should both learn from each other.' },
  { id: 'own_success', approach: 'learning_alliance', text: 'I define success for myself: growth, meaning and balance.' },
] as const;
