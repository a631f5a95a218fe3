import { z } from 'zod';
import { mentoringFunctions } from '../enums.ts';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, PageQuerySchema } from './paging.ts';

/** Seed 000's three kinds of request: a one-time talk, help in one area for a while, support through a set period. */
export const mentorRequestKinds = ['conversation', 'area', 'period'] as const;
export type MentorRequestKind = (typeof mentorRequestKinds)[number];

export const mentorRequestKindLabels: Record<MentorRequestKind, string> = {
  conversation: 'A conversation',
  area: 'Help in one area',
  period: 'Support through a period',
};

/** A short template per kind that helps the mentee ask well: sincere, specific, and what they will invest. */
export const mentorRequestTemplates: Record<MentorRequestKind, { hint: string; message: string; frequency: string; investment: string }> = {
  conversation: {
    hint: 'One talk of 30–45 minutes. Say why this person, what you want to leave with, and that you will come prepared.',
    message: 'I would value one conversation with you about … because you have … . I would like to leave with … .',
    frequency: 'Once, about 45 minutes',
    investment: 'I will send my questions beforehand and follow up with what I tried.',
  },
  area: {
    hint: 'Help in one area for a few months. Name the area, where you are now, and what doing well would look like.',
    message: 'I am working on … and I admire how you … . Could you help me with this area for the next few months?',
    frequency: 'Every two weeks, 45 minutes, for three months',
    investment: 'I will set the agenda, do the work between meetings, and keep a short learning log.',
  },
  period: {
    hint: 'Support through a set period (a new role, a return, a project). Name the period, its dates and what you need during it.',
    message: 'I am about to … (from … to …). During this period I would be grateful for your support with … .',
    frequency: 'Every week for the first month, then every two weeks',
    investment: 'I will prepare each meeting, share what happened, and close with a short reflection.',
  },
};

/** Where a request is: open (holding a place), question asked, then accepted, declined, withdrawn or expired. */
export const mentorRequestStatuses = ['open', 'question_asked', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type MentorRequestStatus = (typeof mentorRequestStatuses)[number];

export const mentorRequestStatusLabels: Record<MentorRequestStatus, string> = {
  open: 'Waiting for the mentor',
  question_asked: 'Mentor asked a question',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

/** Why a mentor declines (plus optional text; `other` needs text). */
export const declineReasons = ['no_capacity', 'not_my_expertise', 'timing', 'better_person', 'other'] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const declineReasonLabels: Record<DeclineReason, string> = {
  no_capacity: 'I have no capacity right now',
  not_my_expertise: 'This is not my area of expertise',
  timing: 'The timing does not work for me',
  better_person: 'Someone else would help you better',
  other: 'Another reason',
};

const text = (max: number) => z.string().trim().min(1).max(max);

export const CreateMentorRequestSchema = z.object({
  mentorId: IdSchema,
  programId: IdSchema.optional(),
  kind: z.enum(mentorRequestKinds),
  message: text(limits.mentorRequestMessageMax),
  need: z.object({
    text: text(limits.mentorRequestNeedMax),
    functions: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length).default([]),
  }),
  frequency: text(limits.mentorRequestFrequencyMax),
  investment: text(limits.mentorRequestInvestmentMax),
  reverseOffer: z.string().trim().max(limits.mentorRequestOfferMax).optional(),
  /** The needs of the sender's development plan to show the mentor with the request (copied as they read now). */
  planNeedIds: z
    .array(IdSchema)
    .max(limits.developmentNeedsMax)
    .refine((ids) => new Set(ids).size === ids.length, 'lists each need once')
    .default([]),
});
export type CreateMentorRequest = z.infer<typeof CreateMentorRequestSchema>;

export const AskMentorRequestQuestionSchema = z.object({ question: text(limits.mentorRequestQuestionMax) });
export const AnswerMentorRequestSchema = z.object({ answer: text(limits.mentorRequestQuestionMax) });
export const DeclineMentorRequestSchema = z
  .object({ reason: z.enum(declineReasons), text: z.string().trim().max(limits.mentorRequestQuestionMax).optional() })
  .superRefine((value, ctx) => {
    if (value.reason === 'other' && !value.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'say why when the reason is "other"' });
  });
export type DeclineMentorRequest = z.infer<typeof DeclineMentorRequestSchema>;

/** A need from the mentee's development plan, as the mentor reads it with the request. */
export const PlanExcerptNeedSchema = z.object({
  text: z.string(),
  transition: z.string(),
  functions: z.array(z.enum(mentoringFunctions)),
  expertiseAreas: z.array(z.string()),
});
export type PlanExcerptNeed = z.infer<typeof PlanExcerptNeedSchema>;

const PersonRefSchema = z.object({ id: IdSchema, displayName: z.string() });

export const MentorRequestSchema = z.object({
  id: IdSchema,
  kind: z.enum(mentorRequestKinds),
  status: z.enum(mentorRequestStatuses),
  mentee: PersonRefSchema,
  mentor: PersonRefSchema,
  programId: IdSchema.nullable(),
  message: z.string(),
  need: z.object({ text: z.string(), functions: z.array(z.string()) }),
  frequency: z.string(),
  investment: z.string(),
  reverseOffer: z.string().nullable(),
  planExcerpt: z.array(PlanExcerptNeedSchema),
  question: z.string().nullable(),
  answer: z.string().nullable(),
  declineReason: z.enum(declineReasons).nullable(),
  declineText: z.string().nullable(),
  expiresAt: TimestampSchema,
  createdAt: TimestampSchema,
  answeredAt: TimestampSchema.nullable(),
  relationshipId: IdSchema.nullable(),
  meetingId: IdSchema.nullable(),
  /** The caller's side: `mentee` sent it, `mentor` received it. */
  role: z.enum(['mentee', 'mentor']),
});
export type MentorRequest = z.infer<typeof MentorRequestSchema>;

/** A page of my mentor requests, newest first. */
export const MentorRequestPageSchema = pageSchema(MentorRequestSchema);

/** Which of my requests: those I sent or those sent to me (the inbox), optionally of one status. */
export const MyMentorRequestQuerySchema = PageQuerySchema.extend({
  box: z
    .enum(['sent', 'received'])
    .default('received')
    .describe('sent: my requests as a mentee; received (the default): my inbox as a mentor'),
  status: z.enum(mentorRequestStatuses).optional(),
});
export type MyMentorRequestQuery = z.infer<typeof MyMentorRequestQuerySchema>;

/** Whether the caller can send a request to this mentor now, and why not (the send would answer the same code). */
export const MentorAvailabilitySchema = z.object({
  mentor: PersonRefSchema,
  canRequest: z.boolean(),
  reason: z.enum(['mentor_paused', 'no_shared_program', 'mentor_at_capacity', 'request_exists', 'too_many_open_requests']).nullable(),
});
export type MentorAvailability = z.infer<typeof MentorAvailabilitySchema>;
