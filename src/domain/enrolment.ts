import type { EnrolmentStatus, ProgramRole } from '../../shared/enums.ts';
import type { MentorOffer } from '../../shared/schemas/enrolments.ts';

export type { MentorOffer };

export type Enrolment = {
  id: string;
  organizationId: string;
  programId: string;
  personId: string;
  role: ProgramRole;
  status: EnrolmentStatus;
  createdAt: Date;
};

/** An enrolment with the enrolled person's name, for lists. */
export type EnrolmentWithPerson = Enrolment & {
  person: { displayName: string; email: string; department: string | null; jobTitle: string | null };
};

/**
 * An enrolment in a program's directory. Contact and HR details (email, job title) are null for
 * readers who do not manage the program; a mentor's enrolment says what they offer.
 */
export type DirectoryEnrolment = Omit<EnrolmentWithPerson, 'person'> & {
  person: { displayName: string; email: string | null; department: string | null; jobTitle: string | null };
  mentorOffer: MentorOffer | null;
};

/**
 * An enrolment as the program's directory shows it to `reader`: its coordinators and org admins
 * (`manager`) see everything; a participant or any other member sees the person's name, role and
 * department and what a mentor offers, which is what they need to find each other, and neither
 * email nor job title (`/people` is refused to them too).
 *
 * @example directoryEntryOf(enrolment, 'participant', { expertise: ['negotiation'], functions: ['coaching'] }).person.email // null
 */
export function directoryEntryOf(
  enrolment: EnrolmentWithPerson,
  reader: 'manager' | 'participant',
  offer: MentorOffer | null,
): DirectoryEnrolment {
  const { person } = enrolment;
  const mentorOffer = enrolment.role === 'mentor' ? (offer ?? { expertise: [], functions: [] }) : null;
  if (reader === 'manager') return { ...enrolment, mentorOffer };
  return {
    ...enrolment,
    person: { displayName: person.displayName, email: null, department: person.department, jobTitle: null },
    mentorOffer,
  };
}
