import type { z } from 'zod';
import type {
  DirectoryEnrolmentSchema,
  EnrolmentSchema,
  InvitationSchema,
  PersonSchema,
  ProgramSchema,
  SessionSchema,
} from '../../shared/schemas/index.ts';
import type { DirectoryEnrolment, EnrolmentWithPerson } from '../domain/enrolment.ts';
import type { Person } from '../domain/person.ts';
import type { SignedIn } from '../services/auth.service.ts';
import type { Invitation } from '../services/invitation.service.ts';
import type { ProgramView } from '../services/program.service.ts';

/**
 * Response shaping: domain objects to the wire format the shared schemas describe. Nothing
 * reaches a response without passing through here, so no internal field leaks by accident.
 */
export function presentPerson(person: Person): z.infer<typeof PersonSchema> {
  return {
    id: person.id,
    email: person.email,
    displayName: person.displayName,
    organizationRole: person.organizationRole,
    department: person.department,
    jobTitle: person.jobTitle,
    seniorityLevel: person.seniorityLevel,
    location: person.location,
    timeZone: person.timeZone,
    languages: person.languages,
  };
}

export function presentSession(signedIn: SignedIn): z.infer<typeof SessionSchema> {
  const { organization } = signedIn;
  return {
    person: presentPerson(signedIn.person),
    organization: { id: organization.id, name: organization.name, slug: organization.slug },
  };
}

export function presentProgram(program: ProgramView): z.infer<typeof ProgramSchema> {
  return {
    id: program.id,
    name: program.name,
    type: program.type,
    status: program.status,
    purpose: program.purpose,
    organizationalGoals: program.organizationalGoals,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    designChecklist: program.designChecklist,
    intendedApproach: program.intendedApproach,
    menteeLimit: program.menteeLimit,
    selectionCriteria: program.selectionCriteria,
    intakeFormVersion: program.intakeFormVersion,
    enrolmentCounts: program.enrolmentCounts,
    myRoles: program.myRoles,
    canManage: program.canManage,
    createdAt: program.createdAt.toISOString(),
    updatedAt: program.updatedAt.toISOString(),
  };
}

export function presentEnrolment(
  enrolment: EnrolmentWithPerson | Omit<DirectoryEnrolment, 'mentorOffer'>,
): z.infer<typeof EnrolmentSchema> {
  return {
    id: enrolment.id,
    programId: enrolment.programId,
    personId: enrolment.personId,
    role: enrolment.role,
    status: enrolment.status,
    person: enrolment.person,
    createdAt: enrolment.createdAt.toISOString(),
  };
}

/** A line of a program's directory, already cut to what its reader may see (listEnrolments). */
export function presentDirectoryEnrolment(enrolment: DirectoryEnrolment): z.infer<typeof DirectoryEnrolmentSchema> {
  return { ...presentEnrolment(enrolment), mentorOffer: enrolment.mentorOffer };
}

export function presentInvitation(invitation: Invitation): z.infer<typeof InvitationSchema> {
  return {
    id: invitation.id,
    email: invitation.email,
    organizationRole: invitation.organizationRole,
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}
