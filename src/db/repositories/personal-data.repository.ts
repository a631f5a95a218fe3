import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../database.ts';
import {
  agreements,
  agreementVersions,
  applications,
  checkIns,
  closureSurveys,
  developmentPlanComments,
  developmentPlans,
  enrolments,
  goals,
  learningLogEntries,
  matchingPreferences,
  meetings,
  mentorRequests,
  networkTies,
  notificationPreferences,
  notifications,
  noteComments,
  notes,
  people,
  profiles,
  relationships,
} from '../schema/index.ts';

/** One stored row, as plain fields. */
export type DataRow = Record<string, unknown>;

/** Everything stored about or by one person that is theirs to download. */
export type PersonalDataRecords = {
  person: DataRow | null;
  profile: DataRow | null;
  enrolments: DataRow[];
  applications: DataRow[];
  relationships: DataRow[];
  agreementVersions: DataRow[];
  goals: DataRow[];
  meetings: DataRow[];
  checkIns: DataRow[];
  notes: DataRow[];
  noteComments: DataRow[];
  learningLog: DataRow[];
  closureSurveys: DataRow[];
  matchingPreferences: DataRow[];
  networkTies: DataRow[];
  developmentPlan: DataRow | null;
  developmentPlanComments: DataRow[];
  mentorRequests: DataRow[];
  notifications: DataRow[];
  notificationPreferences: DataRow[];
};

/**
 * The person's own rows, and the shared content of the relationships they are in (shared notes
 * and their comments, agreement versions, goals, meetings, check-ins). Never another person's
 * private notes, unshared learning log, survey answers, preferences or interview notes; never
 * the password hash.
 */
export async function loadPersonalData(db: Database, organizationId: string, personId: string): Promise<PersonalDataRecords> {
  const org = organizationId;
  const [person] = await db
    .select({
      id: people.id,
      email: people.email,
      displayName: people.displayName,
      organizationRole: people.organizationRole,
      status: people.status,
      department: people.department,
      jobTitle: people.jobTitle,
      seniorityLevel: people.seniorityLevel,
      location: people.location,
      timeZone: people.timeZone,
      languages: people.languages,
      createdAt: people.createdAt,
    })
    .from(people)
    .where(and(eq(people.organizationId, org), eq(people.id, personId)));
  const ownRelationships = await db
    .select({
      id: relationships.id,
      programId: relationships.programId,
      mentorId: relationships.mentorId,
      menteeId: relationships.menteeId,
      status: relationships.status,
      stage: relationships.stage,
      startedAt: relationships.startedAt,
      closedAt: relationships.closedAt,
    })
    .from(relationships)
    .where(and(eq(relationships.organizationId, org), or(eq(relationships.mentorId, personId), eq(relationships.menteeId, personId))));
  // inArray of an empty list matches nothing, which is right for someone in no relationship.
  const ofPair = ownRelationships.map((r) => r.id);
  const readableNotes = await db
    .select()
    .from(notes)
    .where(
      and(
        eq(notes.organizationId, org),
        inArray(notes.relationshipId, ofPair),
        or(eq(notes.visibility, 'shared'), eq(notes.authorId, personId)),
      ),
    );
  const noteIds = readableNotes.map((n) => n.id);
  const [plan] = await db
    .select()
    .from(developmentPlans)
    .where(and(eq(developmentPlans.organizationId, org), eq(developmentPlans.personId, personId)));
  const [profile] = await db
    .select()
    .from(profiles)
    .where(and(eq(profiles.organizationId, org), eq(profiles.personId, personId)));
  return {
    person: person ?? null,
    profile: profile ?? null,
    enrolments: await db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, org), eq(enrolments.personId, personId))),
    applications: await db
      .select()
      .from(applications)
      .where(and(eq(applications.organizationId, org), eq(applications.personId, personId))),
    relationships: ownRelationships,
    agreementVersions: await db
      .select({
        relationshipId: agreements.relationshipId,
        version: agreementVersions.version,
        content: agreementVersions.content,
        editedById: agreementVersions.editedById,
        editedAt: agreementVersions.editedAt,
        mentorSignedAt: agreementVersions.mentorSignedAt,
        menteeSignedAt: agreementVersions.menteeSignedAt,
      })
      .from(agreementVersions)
      .innerJoin(
        agreements,
        and(eq(agreements.organizationId, agreementVersions.organizationId), eq(agreements.id, agreementVersions.agreementId)),
      )
      .where(and(eq(agreements.organizationId, org), inArray(agreements.relationshipId, ofPair))),
    goals: await db
      .select()
      .from(goals)
      .where(and(eq(goals.organizationId, org), inArray(goals.relationshipId, ofPair))),
    meetings: await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organizationId, org), inArray(meetings.relationshipId, ofPair))),
    checkIns: await db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.organizationId, org), inArray(checkIns.relationshipId, ofPair))),
    notes: readableNotes,
    noteComments: await db
      .select()
      .from(noteComments)
      .where(and(eq(noteComments.organizationId, org), inArray(noteComments.noteId, noteIds))),
    learningLog: await db
      .select()
      .from(learningLogEntries)
      .where(and(eq(learningLogEntries.organizationId, org), eq(learningLogEntries.authorId, personId))),
    closureSurveys: await db
      .select()
      .from(closureSurveys)
      .where(and(eq(closureSurveys.organizationId, org), eq(closureSurveys.respondentId, personId))),
    matchingPreferences: await db
      .select()
      .from(matchingPreferences)
      .where(and(eq(matchingPreferences.organizationId, org), eq(matchingPreferences.personId, personId))),
    networkTies: await db
      .select()
      .from(networkTies)
      .where(and(eq(networkTies.organizationId, org), eq(networkTies.ownerId, personId))),
    developmentPlan: plan ?? null,
    developmentPlanComments: plan
      ? await db
          .select()
          .from(developmentPlanComments)
          .where(and(eq(developmentPlanComments.organizationId, org), eq(developmentPlanComments.planId, plan.id)))
      : [],
    mentorRequests: await db
      .select()
      .from(mentorRequests)
      .where(and(eq(mentorRequests.organizationId, org), or(eq(mentorRequests.menteeId, personId), eq(mentorRequests.mentorId, personId)))),
    notifications: await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.organizationId, org), eq(notifications.personId, personId))),
    notificationPreferences: await db
      .select()
      .from(notificationPreferences)
      .where(and(eq(notificationPreferences.organizationId, org), eq(notificationPreferences.personId, personId))),
  };
}
