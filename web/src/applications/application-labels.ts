import type { ApplicationRole, ApplicationStatus, QuestionKind, StandardProfileQuestion } from '../../../shared/enums.ts';
import type { ApplicationDecision } from '../api/applications.api.ts';

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  interview: 'Interview',
  accepted: 'Accepted',
  waitlisted: 'Waitlisted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const applicationStatusColors: Record<ApplicationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  interview: 'violet',
  accepted: 'teal',
  waitlisted: 'yellow',
  declined: 'red',
  withdrawn: 'dark',
};

export const applicationRoleLabels: Record<ApplicationRole, string> = { mentor: 'Mentor', mentee: 'Mentee' };

/** The words on a coordinator's decision buttons. */
export const applicationDecisionLabels: Record<ApplicationDecision, string> = {
  interview: 'Invite to interview',
  accept: 'Accept',
  waitlist: 'Waitlist',
  decline: 'Decline',
  reinvite: 'Re-invite',
};

export const questionKindLabels: Record<QuestionKind, string> = {
  short_text: 'Short text',
  long_text: 'Long text',
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  scale: 'Scale from 1 to 5',
  date: 'Date',
};

/** Readable names of the profile questions a coordinator can include. */
export const standardQuestionLabels: Record<StandardProfileQuestion, string> = {
  department: 'Department',
  job_title: 'Job title',
  seniority_level: 'Seniority level',
  supervisor: 'Supervisor',
  location_and_time_zone: 'Location and time zone',
  languages: 'Languages',
  education_and_profession: 'Education and profession',
  expertise_offered: 'Expertise offered',
  expertise_wanted: 'Expertise wanted',
  functions_offered: 'Mentoring functions offered',
  functions_sought: 'Mentoring functions sought',
  mentoring_approach: 'Mentoring approach',
  career_orientation: 'Career orientation',
  preferred_channels: 'Preferred channels',
  availability: 'Availability (hours a month)',
  mentor_capacity: 'Mentor capacity',
  common_ground: 'Common ground (interests and background)',
};

/** An applicant edits only a draft; a submitted application waits for the coordinators. */
export function canEditApplication(status: ApplicationStatus): boolean {
  return status === 'draft';
}

/** An applicant may withdraw until the application is declined or already withdrawn. */
export function canWithdrawApplication(status: ApplicationStatus): boolean {
  return status !== 'declined' && status !== 'withdrawn';
}
