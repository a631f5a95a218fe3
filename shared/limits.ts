/** Input limits enforced by the API and shown by the web app's forms. */
export const limits = {
  nameMax: 120,
  emailMax: 254,
  /** An organization named at sign-in, by slug or id. */
  organizationRefMax: 100,
  /** Forgot password: accounts one request sends links for (one per organization), and a link token's length. */
  passwordResetAccountsMax: 10,
  passwordResetTokenMax: 200,
  passwordMin: 12,
  passwordMax: 200,
  longTextMax: 4000,
  shortTextMax: 200,
  checklistAnswerMax: 2000,
  listMax: 50,
  /** Every paged list: rows per page when the caller names none, and the most it may ask for. */
  pageSizeDefault: 50,
  pageSizeMax: 500,
  /** An opaque paging cursor, and the search text of a list's `q`. */
  pageCursorMax: 512,
  listSearchMax: 200,
  /** A background job: its kind's name, its dedupe key, its payload as JSON, the error kept. */
  jobNameMax: 100,
  jobUniqueKeyMax: 300,
  jobPayloadBytesMax: 65_536,
  jobErrorMax: 2000,
  /** One expectation in an agreement ("give me honest feedback") or one first goal. */
  agreementItemMax: 200,
  /** Expectations each side lists, and first goals, per agreement. */
  agreementListMax: 20,
  /** Each confidentiality text and the meeting guidelines' own words. */
  agreementTextMax: 2000,
  /** A meeting's agenda, and the summary of what was agreed after it. */
  meetingAgendaMax: 4000,
  meetingSummaryMax: 4000,
  /** Why a meeting was cancelled; a meeting's place (room, address). */
  meetingReasonMax: 500,
  meetingLocationMax: 300,
  /** An https video link. */
  videoLinkMax: 500,
  /** A relationship note's body (shared or private). */
  noteBodyMax: 10_000,
  /** A comment on a shared note. */
  noteCommentMax: 2000,
  /** The note that goes with a change of stage. */
  stageNoteMax: 500,
  /** Each side's closure reflection, and what was achieved against one goal. */
  closureTextMax: 4000,
  /** A no-fault early exit's reason (coordinators only) and a closure survey comment. */
  closureReasonMax: 2000,
  /** Each SMART field of a goal (outcome, measure, why achievable, relevance). */
  goalTextMax: 1000,
  goalMilestonesMax: 30,
  goalsPerRelationshipMax: 50,
  /** Each of a learning-log entry's three parts (tried, happened, learned). */
  learningLogTextMax: 4000,
  /** A check-in is a short message between meetings. */
  checkInMax: 1000,
  /** Ties in one person's developmental network. */
  networkTiesMax: 100,
  /** A private note about a tie (e.g. how you know an off-platform person). */
  tieNoteMax: 2000,
  /** A tie's department, organization, profession or culture. */
  tieAttributeMax: 120,
  /** One potential activity with a tie ("help me prepare a conference talk"), and how many per tie. */
  tieActivityMax: 200,
  tieActivitiesMax: 10,
  /** Development needs in a plan; each need's text, the transition ahead, and its expertise areas. */
  developmentNeedsMax: 20,
  developmentNeedTextMax: 1000,
  developmentTransitionMax: 500,
  expertiseAreaMax: 80,
  expertiseAreasMax: 10,
  /** A supervisor's encouragement or suggestion on a shared plan. */
  planCommentMax: 2000,
  /** A mentor request's message, the need it serves, the proposed frequency, what the mentee will invest, and a reverse-mentoring offer. */
  mentorRequestMessageMax: 2000,
  mentorRequestNeedMax: 1000,
  mentorRequestFrequencyMax: 200,
  mentorRequestInvestmentMax: 1000,
  mentorRequestOfferMax: 500,
  /** A mentor's one question before answering, the mentee's answer, and a decline's explanation. */
  mentorRequestQuestionMax: 1000,
  /** How many requests a mentee may have open at once (each holds a mentor's place). */
  openMentorRequestsMax: 3,
  /** Days before an unanswered request expires, and how long before that the mentor is reminded. */
  mentorRequestExpiryDays: 14,
  mentorRequestReminderDays: 2,
  /** People enrolled in one bulk call (a list or a CSV), and the bad rows its 422 names. */
  bulkEnrolmentMax: 25_000,
  bulkEnrolmentIssuesShown: 100,
  /** A notification: its one-line title, optional body line, in-app link path and event key; ids marked read per call. */
  notificationTitleMax: 200,
  notificationBodyMax: 300,
  notificationLinkMax: 500,
  notificationEventKeyMax: 200,
  notificationsReadMax: 500,
  /** A client's X-Request-Id kept beside ours behind a trusted proxy (longer or other characters: dropped). */
  clientRequestIdMax: 128,
  /** Email (issue 16): an unsubscribe link's token, a subject, a message's text and HTML, an iCalendar attachment, a delivery error kept. */
  unsubscribeTokenMax: 400,
  emailSubjectMax: 200,
  emailBodyMax: 200_000,
  emailCalendarMax: 100_000,
  emailErrorMax: 1000,
  /** Deliveries tried before a message is dead, and messages one delivery pass claims at most. */
  emailAttemptsMax: 5,
  emailDeliveryBatchMax: 500,
} as const;

/**
 * How far from today each kind of date the API accepts may lie, in years back and ahead, checked
 * against the current date when the input is read. Nothing in mentoring is centuries away, and
 * everything downstream (calendar files, stage signals, sorting) then works on dates near now.
 */
export const dateRanges = {
  /** A meeting's start and an interview's time: a year back (one already held) to two years ahead. */
  meeting: { yearsBack: 1, yearsAhead: 2 },
  /** A program's start and end, an agreement's timeline, a goal's and a milestone's due date. */
  plan: { yearsBack: 20, yearsAhead: 20 },
  /** Days of the audit log to filter on: as far back as plans reach, up to a year ahead. */
  history: { yearsBack: 20, yearsAhead: 1 },
  /** A date answering an intake question (when someone joined, when they can start). */
  answer: { yearsBack: 80, yearsAhead: 20 },
} as const;
export type DateRange = (typeof dateRanges)[keyof typeof dateRanges];

/** What a calendar feed covers: meetings starting from this many days back to this many months ahead. */
export const calendarFeedWindow = { pastDays: 90, futureMonths: 18 } as const;
