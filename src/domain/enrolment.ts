import type { EnrolmentStatus, ProgramRole } from '../../shared/enums.ts';

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
