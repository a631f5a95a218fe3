import { and, eq, inArray, isNull, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import {
  applications,
  calendarFeeds,
  circleMembers,
  circles,
  closureSurveys,
  developmentPlans,
  enrolments,
  intakeInterviews,
  invitations,
  learningLogEntries,
  matchingPreferences,
  matchingProposals,
  matchingRuns,
  mentorRequests,
  networkTies,
  notes,
  people,
  profiles,
  relationships,
  sessions,
  signInAttempts,
} from '../schema/index.ts';

/** How a person is named once erased, wherever their shared contributions still show. */
export const formerParticipantName = 'A former participant';

/** How many rows of each kind the erasure removed or blanked (for the audit entry; no content). */
export type ErasureCounts = Record<string, number>;

/**
 * Anonymizes the person's row (name, email, HR fields, password) unless it was erased before.
 * Returns their email as it was, or null when there was nothing to erase.
 */
export async function anonymizePerson(db: Database, organizationId: string, personId: string, at: Date): Promise<string | null> {
  const [before] = await db
    .select({ email: people.email })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId), isNull(people.erasedAt)));
  if (!before) return null;
  await db
    .update(people)
    .set({
      email: `erased-${personId}@erased.invalid`,
      displayName: formerParticipantName,
      passwordHash: null,
      status: 'disabled',
      department: null,
      jobTitle: null,
      seniorityLevel: null,
      location: null,
      timeZone: null,
      languages: [],
      erasedAt: at,
      updatedAt: at,
    })
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  return before.email;
}

const counted = async (rows: Promise<Array<{ id: string }>>) => (await rows).length;

/**
 * Erases what was the person's alone: private notes, unshared learning-log entries, network,
 * development plan, closure surveys, matching preferences, profile, intake answers and the
 * interview notes about them, sessions, calendar feeds, sign-in attempts and invitations under
 * their email. Shared notes, comments, shared log entries, agreements, meetings and goals stay.
 */
export async function erasePrivateContent(
  db: Database,
  organizationId: string,
  personId: string,
  formerEmail: string,
): Promise<ErasureCounts> {
  const org = organizationId;
  const ownApplications = db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organizationId, org), eq(applications.personId, personId)));
  const counts: ErasureCounts = {
    privateNotes: await counted(
      db
        .delete(notes)
        .where(and(eq(notes.organizationId, org), eq(notes.authorId, personId), eq(notes.visibility, 'private')))
        .returning({ id: notes.id }),
    ),
    learningLogEntries: await counted(
      db
        .delete(learningLogEntries)
        .where(
          and(eq(learningLogEntries.organizationId, org), eq(learningLogEntries.authorId, personId), eq(learningLogEntries.shared, false)),
        )
        .returning({ id: learningLogEntries.id }),
    ),
    networkTies: await counted(
      db
        .delete(networkTies)
        .where(and(eq(networkTies.organizationId, org), eq(networkTies.ownerId, personId)))
        .returning({ id: networkTies.id }),
    ),
    developmentPlans: await counted(
      db
        .delete(developmentPlans)
        .where(and(eq(developmentPlans.organizationId, org), eq(developmentPlans.personId, personId)))
        .returning({ id: developmentPlans.id }),
    ),
    closureSurveys: await counted(
      db
        .delete(closureSurveys)
        .where(and(eq(closureSurveys.organizationId, org), eq(closureSurveys.respondentId, personId)))
        .returning({ id: closureSurveys.id }),
    ),
    matchingPreferences: await counted(
      db
        .delete(matchingPreferences)
        .where(and(eq(matchingPreferences.organizationId, org), eq(matchingPreferences.personId, personId)))
        .returning({ id: matchingPreferences.id }),
    ),
    sessions: await counted(
      db
        .delete(sessions)
        .where(and(eq(sessions.organizationId, org), eq(sessions.personId, personId)))
        .returning({ id: sessions.id }),
    ),
    calendarFeeds: await counted(
      db
        .delete(calendarFeeds)
        .where(and(eq(calendarFeeds.organizationId, org), eq(calendarFeeds.personId, personId)))
        .returning({ id: calendarFeeds.id }),
    ),
    applications: await counted(
      db
        .update(applications)
        .set({ answers: {} })
        .where(and(eq(applications.organizationId, org), eq(applications.personId, personId)))
        .returning({ id: applications.id }),
    ),
    interviewNotes: await counted(
      db
        .update(intakeInterviews)
        .set({ notes: '' })
        .where(and(eq(intakeInterviews.organizationId, org), inArray(intakeInterviews.applicationId, ownApplications)))
        .returning({ id: intakeInterviews.id }),
    ),
    invitations: await counted(
      db
        .update(invitations)
        .set({ email: `erased-${personId}@erased.invalid` })
        .where(and(eq(invitations.organizationId, org), or(eq(invitations.acceptedPersonId, personId), eq(invitations.email, formerEmail))))
        .returning({ id: invitations.id }),
    ),
  };
  // Sign-in attempts are kept per address, across organizations: while another organization's
  // person still holds the address they are that person's too (and their lockout), so they stay.
  const addressStillHeld = db.select({ id: people.id }).from(people).where(eq(people.email, formerEmail));
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, formerEmail), notExists(addressStillHeld)));
  // Others' profiles name them as supervisor: the link goes, the profiles stay.
  await db
    .update(profiles)
    .set({ supervisorId: null })
    .where(and(eq(profiles.organizationId, org), eq(profiles.supervisorId, personId)));
  counts.profiles = await counted(
    db
      .delete(profiles)
      .where(and(eq(profiles.organizationId, org), eq(profiles.personId, personId)))
      .returning({ id: profiles.personId }),
  );
  return counts;
}

/**
 * Frees every place the person held or asked for: their enrolments are withdrawn, open mentor
 * requests to or from them withdrawn (the plan excerpt they sent is erased), their seats in
 * proposed or active circles given up, and unpublished proposals naming them dropped (so a later
 * publish cannot pair anyone with them).
 */
export async function releasePlacesOf(
  db: Database,
  organizationId: string,
  personId: string,
): Promise<{ enrolments: number; requests: number; circleSeats: number; proposals: number }> {
  const involves = and(
    eq(mentorRequests.organizationId, organizationId),
    or(eq(mentorRequests.menteeId, personId), eq(mentorRequests.mentorId, personId)),
  );
  const requests = await counted(
    db
      .update(mentorRequests)
      .set({ status: 'withdrawn', answeredAt: sql`coalesce(${mentorRequests.answeredAt}, now())` })
      .where(and(involves, inArray(mentorRequests.status, ['open', 'question_asked'])))
      .returning({ id: mentorRequests.id }),
  );
  await db
    .update(mentorRequests)
    .set({ planExcerpt: [] })
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.menteeId, personId)));
  const withdrawn = await counted(
    db
      .update(enrolments)
      .set({ status: 'withdrawn', updatedAt: sql`now()` })
      .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.personId, personId), eq(enrolments.status, 'active')))
      .returning({ id: enrolments.id }),
  );
  const openCircles = db
    .select({ id: circles.id })
    .from(circles)
    .where(and(eq(circles.organizationId, organizationId), inArray(circles.status, ['proposed', 'active'])));
  const circleSeats = await counted(
    db
      .delete(circleMembers)
      .where(
        and(
          eq(circleMembers.organizationId, organizationId),
          eq(circleMembers.personId, personId),
          inArray(circleMembers.circleId, openCircles),
        ),
      )
      .returning({ id: circleMembers.id }),
  );
  const unpublished = db
    .select({ id: matchingRuns.id })
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), inArray(matchingRuns.status, ['running', 'proposed'])));
  const proposals = await counted(
    db
      .delete(matchingProposals)
      .where(
        and(
          eq(matchingProposals.organizationId, organizationId),
          or(eq(matchingProposals.menteeId, personId), eq(matchingProposals.mentorId, personId)),
          inArray(matchingProposals.runId, unpublished),
        ),
      )
      .returning({ id: matchingProposals.id }),
  );
  return { enrolments: withdrawn, requests, circleSeats, proposals };
}

/** The active relationships the person is in, as mentor or mentee. */
export async function listActiveRelationshipsOf(db: Database, organizationId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: relationships.id })
    .from(relationships)
    .where(
      and(
        eq(relationships.organizationId, organizationId),
        eq(relationships.status, 'active'),
        or(eq(relationships.mentorId, personId), eq(relationships.menteeId, personId)),
      ),
    );
  return rows.map((row) => row.id);
}
