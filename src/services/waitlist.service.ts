import {
  insertApplicationEvent,
  listWaitlistedMentees,
  measureMenteeCapacity,
  updateApplication,
} from '../db/repositories/application.repository.ts';
import { upsertEnrolment } from '../db/repositories/enrolment.repository.ts';
import { lockProgramById } from '../db/repositories/program.repository.ts';
import { menteePlacesLeft } from '../domain/application.ts';
import type { Database } from '../db/database.ts';
import type { Program } from '../domain/program.ts';

/** How many more mentees the program can take now. Call with the program row locked. */
export async function countMenteePlacesLeft(db: Database, program: Program): Promise<number> {
  const measured = await measureMenteeCapacity(db, program.organizationId, program.id);
  return menteePlacesLeft({ type: program.type, menteeLimit: program.menteeLimit, ...measured });
}

/**
 * Offers open places to waitlisted mentees, in the order they were waitlisted: each one taken
 * off the list is accepted and enrolled. Runs inside the caller's transaction after anything that
 * can open a place (a mentee leaving, a mentor joining, a limit raised).
 */
export async function fillFromWaitlist(
  db: Database,
  organizationId: string,
  programId: string,
  actorId: string,
  now: Date,
): Promise<number> {
  const program = await lockProgramById(db, organizationId, programId);
  if (!program) return 0;
  let places = await countMenteePlacesLeft(db, program);
  let promoted = 0;
  for (const application of await listWaitlistedMentees(db, organizationId, programId)) {
    if (places <= 0) break;
    await updateApplication(db, organizationId, application.id, { status: 'accepted', waitlistedAt: null });
    await insertApplicationEvent(db, organizationId, {
      applicationId: application.id,
      fromStatus: 'waitlisted',
      toStatus: 'accepted',
      changedById: actorId,
      reason: 'A place opened in the program',
      changedAt: now,
    });
    await upsertEnrolment(db, organizationId, { programId, personId: application.personId, role: 'mentee', enrolledById: actorId });
    places -= 1;
    promoted += 1;
  }
  return promoted;
}
