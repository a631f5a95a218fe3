import { z } from 'zod';
import { meetingChannels } from '../enums.ts';
import { dateRanges, limits } from '../limits.ts';
import { datedWithin, IdSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';
import { PageQuerySchema, pageSchema } from './paging.ts';
import { TimeZoneSchema } from './profiles.ts';

/** Where a meeting is in its life: proposed, accepted, then held or missed; or cancelled. */
export const meetingStatuses = ['proposed', 'accepted', 'cancelled', 'held', 'missed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  cancelled: 'Cancelled',
  held: 'Held',
  missed: 'Missed',
};

/** What the caller may do to a meeting now (the web shows these buttons only). */
export const meetingActions = ['accept', 'reschedule', 'cancel', 'mark_held', 'mark_missed', 'set_agenda', 'record_summary'] as const;

/** A wall-clock date and time without zone, to the minute: 2026-03-10T09:30. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time such as 2026-03-10T09:30');

const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * When a meeting starts: a wall-clock time in an IANA zone (the proposer's own), or an instant.
 * With an instant, `timeZone` is optional and says in which zone the proposer thinks of it.
 */
export const MeetingStartSchema = z
  .object({
    localStart: datedWithin(LocalDateTimeSchema, dateRanges.meeting).optional(),
    timeZone: TimeZoneSchema.optional(),
    startsAt: datedWithin(TimestampSchema, dateRanges.meeting).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.startsAt !== undefined && value.localStart !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'send either startsAt or localStart with timeZone, not both' });
    } else if (value.startsAt === undefined && value.localStart === undefined) {
      ctx.addIssue({ code: 'custom', path: ['localStart'], message: 'required (or send startsAt)' });
    } else if (value.localStart !== undefined && value.timeZone === undefined) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'required with localStart' });
    }
  });

const meetingPlace = {
  durationMinutes: z.number().int().min(5).max(480),
  channel: z.enum(meetingChannels),
  videoLink: z
    .url({ protocol: /^https$/, message: 'must be an https link' })
    .max(limits.videoLinkMax)
    .nullish(),
  location: SingleLineTextSchema(limits.meetingLocationMax).nullish(),
};

/** A proposal: when (in the proposer's zone), how long, by which channel, and an agenda. */
export const ProposeMeetingSchema = z.intersection(
  MeetingStartSchema,
  z.object({ ...meetingPlace, agenda: optionalText(limits.meetingAgendaMax) }),
);
export type ProposeMeeting = z.infer<typeof ProposeMeetingSchema>;

/** A new time (and optionally a new length, channel or place); the other side accepts again. */
export const RescheduleMeetingSchema = z.intersection(
  MeetingStartSchema,
  z.object({
    durationMinutes: meetingPlace.durationMinutes.optional(),
    channel: meetingPlace.channel.optional(),
    videoLink: meetingPlace.videoLink,
    location: meetingPlace.location,
  }),
);
export type RescheduleMeeting = z.infer<typeof RescheduleMeetingSchema>;

export const CancelMeetingSchema = z.object({ reason: z.string().trim().min(1, 'say why').max(limits.meetingReasonMax) });
export const MeetingAgendaSchema = z.object({ agenda: z.string().trim().max(limits.meetingAgendaMax) });
export const MeetingSummarySchema = z.object({ summary: z.string().trim().max(limits.meetingSummaryMax) });
/** Marking a meeting held can carry the summary of what was agreed. */
export const MarkMeetingHeldSchema = z.object({ summary: optionalText(limits.meetingSummaryMax) });

/** A meeting's start and end on one person's wall clock. */
export const MeetingLocalTimeSchema = z.object({
  personId: IdSchema,
  timeZone: z.string(),
  /** True when the person has no time zone on their profile and the meeting's zone is shown. */
  zoneAssumed: z.boolean(),
  localStart: LocalDateTimeSchema,
  localEnd: LocalDateTimeSchema,
  /** The zone's UTC offset at the start, e.g. -04:00. */
  utcOffset: z.string(),
  /** Short zone name at the start, e.g. EDT or GMT+9. */
  zoneAbbreviation: z.string(),
});

/** A meeting as the pair sees it, with its times on both people's clocks. */
export const MeetingSchema = z.object({
  id: IdSchema,
  relationshipId: IdSchema,
  status: z.enum(meetingStatuses),
  proposedById: IdSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  durationMinutes: z.number().int(),
  timeZone: z.string(),
  channel: z.enum(meetingChannels),
  videoLink: z.string().nullable(),
  location: z.string().nullable(),
  agenda: z.string(),
  agendaById: IdSchema.nullable(),
  cancelReason: z.string().nullable(),
  summary: z.string(),
  sequence: z.number().int(),
  /** The mentor's and the mentee's clocks, in that order. */
  times: z.array(MeetingLocalTimeSchema),
  availableActions: z.array(z.enum(meetingActions)),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** A suggested open question for an agenda, with what it is for. */
export const OpenQuestionSchema = z.object({ purpose: z.enum(['open', 'clarify', 'summarize']), text: z.string() });

/**
 * A relationship's meetings come as two lists, as the pair reads them: `upcoming` (proposed and
 * accepted ones, soonest first) and `past` (held, missed and cancelled ones, newest first).
 */
export const meetingPeriods = ['upcoming', 'past'] as const;
export type MeetingPeriod = (typeof meetingPeriods)[number];

/** The statuses of the upcoming list; every other status is past. */
export const upcomingMeetingStatuses = ['proposed', 'accepted'] as const satisfies readonly MeetingStatus[];

/** A page of a relationship's meetings: `when` picks the list (upcoming by default). */
export const MeetingQuerySchema = PageQuerySchema.extend({
  when: z
    .enum(meetingPeriods)
    .default('upcoming')
    .describe('upcoming: proposed and accepted meetings, soonest first; past: held, missed and cancelled ones, newest first'),
});
export type MeetingQuery = z.infer<typeof MeetingQuerySchema>;

/** One page of meetings, with the open questions to suggest for agendas (from the relationship's stage). */
export const MeetingPageSchema = pageSchema(MeetingSchema).extend({ suggestedQuestions: z.array(OpenQuestionSchema) });
export type MeetingPage = z.infer<typeof MeetingPageSchema>;
