import {
  confidentialitySuggestions,
  firstGoalSuggestions,
  menteeExpectationSuggestions,
  mentorExpectationSuggestions,
} from '../../../shared/agreement-suggestions.ts';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { AgreementContent, AgreementTemplate } from '../../../shared/schemas/agreements.ts';

/**
 * The template a program uses until its coordinators save their own: monthly one-hour meetings
 * on video or in person, the usual confidentiality, two expectations each way, a review after
 * twelve weeks and a six-month relationship.
 */
export const defaultAgreementTemplate: AgreementTemplate = {
  meetings: {
    cadence: 'monthly',
    lengthMinutes: 60,
    channels: ['video', 'in_person'],
    guidelines: 'Whoever cannot make a meeting says so a day ahead and proposes another time.',
  },
  confidentiality: { ...confidentialitySuggestions },
  expectations: {
    ofMentee: [mentorExpectationSuggestions[3], mentorExpectationSuggestions[5]],
    ofMentor: [menteeExpectationSuggestions[1], menteeExpectationSuggestions[3]],
  },
  timeline: { reviewAfterWeeks: 12, lengthMonths: 6 },
  firstGoals: [...firstGoalSuggestions],
};

/** Adds days to an ISO date (YYYY-MM-DD), in UTC so no time zone moves the day. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months to an ISO date, keeping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A relationship's first draft (version 1) from its program's template: the template's text,
 * with the timeline counted from the relationship's start, and the mentoring functions it is for
 * when they are known (a mentee's request names them). The planned end never goes past
 * the program's end, and a review date past the planned end is dropped.
 *
 * @example
 * draftAgreementFromTemplate(defaultAgreementTemplate, { startsOn: '2026-01-31', programEndsOn: null }).timeline
 * // { startsOn: '2026-01-31', reviewOn: '2026-04-25', endsOn: '2026-07-31' }
 */
export function draftAgreementFromTemplate(
  template: AgreementTemplate,
  context: { startsOn: string; programEndsOn: string | null; functions?: readonly MentoringFunction[] },
): AgreementContent {
  const { startsOn, programEndsOn } = context;
  const usableProgramEnd = programEndsOn && programEndsOn >= startsOn ? programEndsOn : null;
  let endsOn = template.timeline.lengthMonths === null ? usableProgramEnd : addMonths(startsOn, template.timeline.lengthMonths);
  if (endsOn && usableProgramEnd && usableProgramEnd < endsOn) endsOn = usableProgramEnd;
  let reviewOn = template.timeline.reviewAfterWeeks === null ? null : addDays(startsOn, template.timeline.reviewAfterWeeks * 7);
  if (reviewOn && endsOn && reviewOn > endsOn) reviewOn = null;
  return {
    meetings: { ...template.meetings, channels: [...template.meetings.channels] },
    confidentiality: { ...template.confidentiality },
    expectations: { ofMentee: [...template.expectations.ofMentee], ofMentor: [...template.expectations.ofMentor] },
    timeline: { startsOn, reviewOn, endsOn },
    firstGoals: [...template.firstGoals],
    functions: [...(context.functions ?? [])],
  };
}
