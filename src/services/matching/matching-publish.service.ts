import { activateCirclesOfRun, listCircles } from '../../db/repositories/circle.repository.ts';
import {
  findLatestMatchingRun,
  findMatchingRun,
  listProposedPairs,
  markRunPublished,
} from '../../db/repositories/matching-run.repository.ts';
import { findPeopleByIds, lockPeople } from '../../db/repositories/person.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { lockProgramById } from '../../db/repositories/program.repository.ts';
import { analyzeRelationshipTables, listPairsOfProgram } from '../../db/repositories/relationship.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import { startRelationships } from '../relationships/start-relationships.ts';
import { recordAudit } from '../audit/audit-log.service.ts';
import { notifyPublishedPairs } from './publish-notifications.ts';

/** From this many relationships started on, their tables' statistics are refreshed after publishing. */
const ANALYZE_FROM_RELATIONSHIPS = 1000;

/**
 * Publishes a proposal: creates the relationships (one-to-one) or turns the proposed circles
 * active (group), all or none. Only the program's latest run, only once, and never past a
 * mentor's capacity: mentors are locked and their active relationships and circles (one place
 * per circle) counted inside the transaction, so concurrent publishing or pairing cannot overfill
 * anyone. Nothing of the run is visible to participants before this commits. Linear in the
 * proposal: counts per mentor from one map, relationships inserted in batches (startRelationships),
 * both sides of each pair notified in batches in the same transaction (notifyPublishedPairs).
 */
export async function publishMatchingRun(
  ctx: ServiceContext,
  actor: Actor,
  runId: string,
): Promise<{ relationshipsCreated: number; circlesActivated: number }> {
  const found = await findMatchingRun(ctx.db, actor.organizationId, runId);
  if (!found) throw notFound('matching_run');
  const program = await getManageableProgram(ctx, actor, found.programId);
  const organizationId = actor.organizationId;
  const published = await ctx.db.transaction(async (trx) => {
    await lockProgramById(trx, organizationId, found.programId);
    const latest = await findLatestMatchingRun(trx, organizationId, found.programId);
    if (latest?.id !== runId || latest.status !== 'proposed') {
      throw conflict('stale_run', 'Only the latest proposal can be published, once');
    }
    // One connection runs one query at a time: in a transaction, reads go one after the other.
    const proposals = await listProposedPairs(trx, organizationId, runId);
    const circles = await listCircles(trx, organizationId, { runId });
    const circleMentorIds = circles.flatMap((c) => c.members.filter((m) => m.role === 'mentor').map((m) => m.personId));
    const mentorIds = [...new Set([...proposals.map((p) => p.mentorId), ...circleMentorIds])];
    await lockPeople(trx, organizationId, mentorIds);
    const roomLeft = await findMentorRoom(trx, organizationId, mentorIds);
    const existing = await listPairsOfProgram(trx, organizationId, found.programId);
    const active = new Set(existing.filter((p) => p.status === 'active').map((p) => `${p.menteeId}:${p.mentorId}`));
    const fresh = proposals.filter((p) => !active.has(`${p.menteeId}:${p.mentorId}`));
    const wanted = new Map<string, number>();
    for (const mentorId of [...fresh.map((p) => p.mentorId), ...circleMentorIds]) wanted.set(mentorId, (wanted.get(mentorId) ?? 0) + 1);
    const overfilled = mentorIds.find((mentorId) => (wanted.get(mentorId) ?? 0) > (roomLeft.get(mentorId) ?? 0));
    if (overfilled !== undefined) {
      const [mentor] = await findPeopleByIds(trx, organizationId, [overfilled]);
      const room = roomLeft.get(overfilled) ?? 0;
      throw conflict(
        'mentor_at_capacity',
        `${mentor?.displayName ?? 'A mentor'} has room for ${room} more mentee(s) or circle(s), not ${wanted.get(overfilled)}; run matching again`,
      );
    }
    const created = await startRelationships(
      trx,
      organizationId,
      fresh.map((p) => ({
        programId: found.programId,
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        source: 'matching' as const,
        matchingRunId: runId,
        createdById: actor.personId,
      })),
    );
    await notifyPublishedPairs(
      trx,
      organizationId,
      program.name,
      fresh.map((pair, index) => ({ relationshipId: created[index] ?? '', menteeId: pair.menteeId, mentorId: pair.mentorId })),
    );
    const circlesActivated = await activateCirclesOfRun(trx, organizationId, runId);
    if (!(await markRunPublished(trx, organizationId, runId))) throw conflict('stale_run', 'This proposal was published already');
    await recordAudit(
      trx,
      actor,
      'matching_run_published',
      { type: 'matching_run', id: runId },
      { programId: found.programId, relationshipsCreated: created.length, circlesActivated },
    );
    return { relationshipsCreated: created.length, circlesActivated };
  });
  // A bulk write leaves the planner's statistics behind (autovacuum may be off or late).
  if (published.relationshipsCreated >= ANALYZE_FROM_RELATIONSHIPS) await analyzeRelationshipTables(ctx.db);
  return published;
}
