import { z } from 'zod';
import { meetingChannels, mentoringApproaches, mentoringFunctions } from '../enums.ts';
import { dateRanges, limits } from '../limits.ts';
import { CircleSettingsSchema } from './circles.ts';
import { datedWithin, IsoDateSchema, SingleLineTextSchema } from './common.ts';
import { AnswersSchema, CustomQuestionSchema } from './intake-forms.ts';
import { TimeZoneSchema } from './profiles.ts';

/**
 * The built-in matching criteria, in the order the engine scores them.
 * Conflicts (reporting chain, repeat pairs, exclusions, a mentor's "avoid") are not criteria:
 * they always make a pair infeasible (repeat pairs unless `allowRepeatPairs`).
 */
export const matchingCriteria = [
  'expertise',
  'functions',
  'approach',
  'commonGround',
  'language',
  'timeZone',
  'availability',
  'channels',
  'seniority',
  'preferences',
  'customQuestions',
] as const;
export type MatchingCriterion = (typeof matchingCriteria)[number];

/** `required`: a pair that fails it is never proposed (it still adds its weight); `weighted`: soft; `off`: ignored. */
export const criterionModes = ['required', 'weighted', 'off'] as const;
export type CriterionMode = (typeof criterionModes)[number];

/** `reverse` (junior mentors senior) and `learning_alliance` trade expertise both ways and drop the seniority rule. */
export const programKinds = ['standard', 'reverse', 'learning_alliance'] as const;
export type ProgramKind = (typeof programKinds)[number];

/** Each criterion's default mode and weight, and what "required" means for it, for coordinators' forms. */
export const criterionDefaults: Record<MatchingCriterion, { mode: CriterionMode; weight: number; description: string }> = {
  expertise: {
    mode: 'weighted',
    weight: 5,
    description:
      'Share of what the mentee wants that the mentor offers (both ways in reverse and learning-alliance programs). Required: at least one.',
  },
  functions: {
    mode: 'weighted',
    weight: 4,
    description: 'Share of the mentoring functions the mentee seeks that the mentor offers. Required: at least one.',
  },
  approach: {
    mode: 'weighted',
    weight: 3,
    description: 'How well the two approaches fit, from the approach matrix. Required: a matrix value above 0.',
  },
  commonGround: {
    mode: 'weighted',
    weight: 2,
    description:
      'Shared interests, education, profession and background people allowed for matching (department only if counted); three or more is full marks.',
  },
  language: { mode: 'required', weight: 1, description: 'At least one language in common.' },
  timeZone: {
    mode: 'required',
    weight: 2,
    description: 'Shared working hours (09:00-17:00 local, weekdays); four hours is full marks. Required: at least the minimum overlap.',
  },
  availability: { mode: 'weighted', weight: 1, description: 'Mentor’s hours a month against the hours the mentee asks for.' },
  channels: { mode: 'weighted', weight: 1, description: 'Preferred meeting channels in common.' },
  seniority: {
    mode: 'weighted',
    weight: 2,
    description: 'Mentor more senior by at least the minimum gap; off in reverse and learning-alliance programs. Required: the gap is met.',
  },
  preferences: {
    mode: 'weighted',
    weight: 3,
    description: 'The mentee’s ranked picks (bonus by rank) and the mentor’s "prefer" marks. Required: the pair was picked or preferred.',
  },
  customQuestions: {
    mode: 'weighted',
    weight: 2,
    description:
      'Answers to intake questions marked usable by matching: same choice, overlapping choices, or close scale values and dates. Required: some agreement.',
  },
};

/**
 * Default approach matrix: rows are the mentee's approach, columns the mentor's, both in the
 * order of `mentoringApproaches` (sage_on_the_stage, guide_on_the_side, learning_alliance).
 * Same approach is best; a learning-alliance mentee with a sage-on-the-stage mentor is worst.
 */
export const defaultApproachMatrix: number[][] = [
  [1, 0.6, 0.4],
  [0.5, 1, 0.7],
  [0.1, 0.6, 1],
];

function criterionRule(criterion: MatchingCriterion) {
  const { mode, weight } = criterionDefaults[criterion];
  return z.object({ mode: z.enum(criterionModes).default(mode), weight: z.number().min(0).max(5).default(weight) }).prefault({});
}

export const CriterionRuleSchema = z.object({ mode: z.enum(criterionModes), weight: z.number().min(0).max(5) });
export type CriterionRule = z.infer<typeof CriterionRuleSchema>;

const criteriaShape = Object.fromEntries(matchingCriteria.map((c) => [c, criterionRule(c)])) as Record<
  MatchingCriterion,
  ReturnType<typeof criterionRule>
>;

/** A program's matching rules, editable by its coordinator. Every field has a default, so `{}` is valid. */
export const MatchingRulesSchema = z.object({
  programKind: z.enum(programKinds).default('standard'),
  criteria: z.object(criteriaShape).prefault({}),
  approachMatrix: z
    .array(z.array(z.number().min(0).max(1)).length(mentoringApproaches.length))
    .length(mentoringApproaches.length)
    .default(() => defaultApproachMatrix.map((row) => [...row])),
  /** Least shared working time, in hours a working day, when the time-zone criterion is required. */
  minTimeZoneOverlapHours: z.number().min(0).max(8).default(2),
  /** Least number of levels the mentor is above the mentee (standard programs). */
  minSeniorityGap: z.number().int().min(0).max(19).default(1),
  /** Count a shared department as common ground (off: cross-department pairs are usually the point). */
  countDepartment: z.boolean().default(false),
  /** Allow a pair that already worked together in this program to be proposed again. */
  allowRepeatPairs: z.boolean().default(false),
  /** Group programs: circle sizes and mentors per circle (ignored by one-to-one matching). */
  circles: CircleSettingsSchema.prefault({}),
});
export type MatchingRules = z.infer<typeof MatchingRulesSchema>;
export type MatchingRulesInput = z.input<typeof MatchingRulesSchema>;

const rulesShape = MatchingRulesSchema.shape;

/**
 * A change to a program's matching rules: each field sent replaces the saved one (validated whole,
 * with its own defaults inside); a field left out keeps its saved value. So a form that owns part
 * of the rules (the circle settings, the criteria) never puts back another form's stale copy.
 */
export const MatchingRulesChangeSchema = z.object({
  programKind: rulesShape.programKind.unwrap().optional(),
  criteria: rulesShape.criteria.unwrap().optional(),
  approachMatrix: rulesShape.approachMatrix.unwrap().optional(),
  minTimeZoneOverlapHours: rulesShape.minTimeZoneOverlapHours.unwrap().optional(),
  minSeniorityGap: rulesShape.minSeniorityGap.unwrap().optional(),
  countDepartment: rulesShape.countDepartment.unwrap().optional(),
  allowRepeatPairs: rulesShape.allowRepeatPairs.unwrap().optional(),
  circles: rulesShape.circles.unwrap().optional(),
});
export type MatchingRulesChange = z.input<typeof MatchingRulesChangeSchema>;

/** The rules a new program starts with. */
export const defaultMatchingRules: MatchingRules = MatchingRulesSchema.parse({});

const tagList = z.array(SingleLineTextSchema(80).min(1)).max(limits.listMax).default([]);
const idList = z.array(z.string().trim().min(1).max(120)).max(1000).default([]);
const optionalText = SingleLineTextSchema(limits.shortTextMax).nullable().default(null);

/** A background attribute the person allowed for matching. Private attributes never get here. */
export const MatchingAttributeSchema = z.object({
  label: SingleLineTextSchema(80).min(1),
  value: SingleLineTextSchema(limits.shortTextMax).min(1),
  /** `matching_only` attributes count but are never named in explanations. */
  visibility: z.enum(['matching_only', 'shared'], { message: 'private attributes are never used for matching; leave them out' }),
});
export type MatchingAttribute = z.infer<typeof MatchingAttributeSchema>;

/** One participant as the matching engine sees them (see src/domain/matching/scoring/matching-profile.ts). */
export const MatchingProfileSchema = z.object({
  id: z.string().trim().min(1).max(120),
  name: SingleLineTextSchema(limits.nameMax).min(1),
  department: optionalText,
  seniority: z.number().int().min(1).max(20).nullable().default(null),
  timeZone: TimeZoneSchema.nullable().default(null),
  languages: z.array(z.string().trim().min(2).max(35)).max(20).default([]),
  expertiseOffered: tagList,
  expertiseWanted: tagList,
  functionsOffered: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length).default([]),
  functionsSought: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length).default([]),
  approach: z.enum(mentoringApproaches).nullable().default(null),
  availabilityHoursPerMonth: z.number().min(0).max(200).nullable().default(null),
  preferredChannels: z.array(z.enum(meetingChannels)).max(meetingChannels.length).default([]),
  interests: tagList,
  education: optionalText,
  profession: optionalText,
  matchingAttributes: z.array(MatchingAttributeSchema).max(20).default([]),
  /** The person's supervisor, that supervisor's supervisor, and so on up. */
  supervisorChain: idList,
  customAnswers: AnswersSchema.default({}),
  /** A mentee's picks of mentors, best first. */
  rankedPicks: idList,
  /** A mentor's marks: people they would like to mentor, and people they must not be paired with. */
  prefer: idList,
  avoid: idList,
  /** People this person was paired with before in this program. */
  previousPartners: idList,
  /** People this person must never be paired with (set by the coordinator). */
  exclusions: idList,
});
export type MatchingProfile = z.infer<typeof MatchingProfileSchema>;

const cohortProfile = MatchingProfileSchema.extend({ id: MatchingProfileSchema.shape.id.optional() });

function withProfileId<T extends { id: string; profile: z.infer<typeof cohortProfile> }>(entry: T, ctx: z.RefinementCtx) {
  if (entry.profile.id !== undefined && entry.profile.id !== entry.id) {
    ctx.addIssue({ code: 'custom', path: ['profile', 'id'], message: 'must match the entry id (or be left out)' });
  }
  return { ...entry, profile: { ...entry.profile, id: entry.id } };
}

/** A profile-form cohort for the CLI: rules, mentees with demand, mentors with capacity. */
export const ProfileCohortSchema = z
  .object({
    rules: MatchingRulesSchema.prefault({}),
    /** Date whose time-zone offsets are used (summer and winter time differ); defaults to today. */
    referenceDate: datedWithin(IsoDateSchema, dateRanges.plan).optional(),
    customQuestions: z.array(CustomQuestionSchema).max(50).default([]),
    mentees: z.array(
      z
        .object({ id: z.string().trim().min(1).max(120), demand: z.number().int().min(1).max(10).default(1), profile: cohortProfile })
        .transform(withProfileId),
    ),
    mentors: z.array(
      z
        .object({ id: z.string().trim().min(1).max(120), capacity: z.number().int().min(0).max(50), profile: cohortProfile })
        .transform(withProfileId),
    ),
  })
  .superRefine((cohort, ctx) => {
    for (const side of ['mentees', 'mentors'] as const) {
      const ids = cohort[side].map((entry) => entry.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: [side], message: 'ids must be unique' });
    }
  });
export type ProfileCohort = z.infer<typeof ProfileCohortSchema>;
