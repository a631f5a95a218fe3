import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RelationshipStage } from '../../../shared/enums.ts';
import type { GoalSignal, MeetingSignal, StageSnapshot } from '../../domain/relationships/stage-signals.ts';
import type { Database } from '../database.ts';
import { agreements, agreementVersions, goals, meetings, relationships, relationshipStageChanges } from '../schema/index.ts';

/** A relationship's stage snapshot without the clock (the service adds `now`). */
export type StageSnapshotAt = Omit<StageSnapshot, 'now'>;

/** The planned end written in an agreement's timeline (`timeline.endsOn`), if it reads as a date. */
function plannedEndOf(content: Record<string, unknown> | null): Date | null {
  const timeline = content?.timeline;
  if (typeof timeline !== 'object' || timeline === null || !('endsOn' in timeline)) return null;
  const endsOn = timeline.endsOn;
  if (typeof endsOn !== 'string') return null;
  const date = new Date(`${endsOn}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Rows grouped by a key, in their order. */
function groupBy<Row>(rows: Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/**
 * The stage-signal snapshots of relationships, read straight from the tables: stage, start and
 * last touch point; whether both signed the agreement's current version and its planned end
 * (else the latest goal due date); each goal's progress, status and met date; the meetings in
 * time order with who set their agenda. Missing relationships are left out.
 *
 * @example const snapshots = await loadStageSnapshots(db, orgId, [relationshipId]);
 */
export async function loadStageSnapshots(
  db: Database,
  organizationId: string,
  relationshipIds: readonly string[],
): Promise<Map<string, StageSnapshotAt>> {
  const snapshots = new Map<string, StageSnapshotAt>();
  if (relationshipIds.length === 0) return snapshots;
  const ids = [...relationshipIds];
  const [pairs, signed, goalRows, meetingRows] = await Promise.all([
    db
      .select({
        id: relationships.id,
        stage: relationships.stage,
        mentorId: relationships.mentorId,
        menteeId: relationships.menteeId,
        lastTouchAt: relationships.lastTouchAt,
        startedAt: relationships.startedAt,
      })
      .from(relationships)
      .where(and(eq(relationships.organizationId, organizationId), inArray(relationships.id, ids))),
    db
      .select({
        relationshipId: agreements.relationshipId,
        mentorSignedAt: agreementVersions.mentorSignedAt,
        menteeSignedAt: agreementVersions.menteeSignedAt,
        content: agreementVersions.content,
      })
      .from(agreements)
      .innerJoin(
        agreementVersions,
        and(
          eq(agreementVersions.organizationId, agreements.organizationId),
          eq(agreementVersions.agreementId, agreements.id),
          eq(agreementVersions.version, agreements.currentVersion),
        ),
      )
      .where(and(eq(agreements.organizationId, organizationId), inArray(agreements.relationshipId, ids))),
    db
      .select({
        relationshipId: goals.relationshipId,
        progress: goals.progress,
        status: goals.status,
        metAt: goals.metAt,
        dueOn: goals.dueOn,
      })
      .from(goals)
      .where(and(eq(goals.organizationId, organizationId), inArray(goals.relationshipId, ids))),
    db
      .select({ relationshipId: meetings.relationshipId, status: meetings.status, agendaById: meetings.agendaById })
      .from(meetings)
      .where(and(eq(meetings.organizationId, organizationId), inArray(meetings.relationshipId, ids)))
      .orderBy(asc(meetings.startsAt), asc(sql`${meetings.createdAt}`)),
  ]);
  // Each relationship's rows from maps built once: a page of 500 costs 500 lookups, not 500 scans.
  const agreementBy = new Map(signed.map((row) => [row.relationshipId, row]));
  const goalsBy = groupBy(goalRows, (row) => row.relationshipId);
  const meetingsBy = groupBy(meetingRows, (row) => row.relationshipId);
  for (const pair of pairs) {
    const agreement = agreementBy.get(pair.id);
    const own = goalsBy.get(pair.id) ?? [];
    const latestDue = own
      .map((row) => row.dueOn)
      .filter((due): due is string => due !== null)
      .sort()
      .at(-1);
    const goalSignals: GoalSignal[] = own.map((row) => ({ progress: row.progress, status: row.status, metAt: row.metAt }));
    const meetingSignals: MeetingSignal[] = (meetingsBy.get(pair.id) ?? []).map((row) => ({
      status: row.status,
      agendaBy: row.agendaById === pair.menteeId ? 'mentee' : row.agendaById === pair.mentorId ? 'mentor' : null,
    }));
    snapshots.set(pair.id, {
      stage: pair.stage,
      agreementSigned: Boolean(agreement?.mentorSignedAt && agreement.menteeSignedAt),
      goals: goalSignals,
      plannedEnd: plannedEndOf(agreement?.content ?? null) ?? (latestDue ? new Date(`${latestDue}T00:00:00Z`) : null),
      meetings: meetingSignals,
      lastTouchAt: pair.lastTouchAt,
      startedAt: pair.startedAt,
    });
  }
  return snapshots;
}

/** One change in a relationship's stage history, mapped. */
export type StageChangeRecord = {
  id: string;
  fromStage: RelationshipStage | null;
  toStage: RelationshipStage;
  changedById: string;
  note: string;
  changedAt: Date;
};

/** A relationship's stage history, oldest first. */
export async function listStageChanges(db: Database, organizationId: string, relationshipId: string): Promise<StageChangeRecord[]> {
  const rows = await db
    .select({
      id: relationshipStageChanges.id,
      fromStage: relationshipStageChanges.fromStage,
      toStage: relationshipStageChanges.toStage,
      changedById: relationshipStageChanges.changedById,
      note: relationshipStageChanges.note,
      changedAt: relationshipStageChanges.changedAt,
    })
    .from(relationshipStageChanges)
    .where(and(eq(relationshipStageChanges.organizationId, organizationId), eq(relationshipStageChanges.relationshipId, relationshipId)))
    .orderBy(asc(relationshipStageChanges.changedAt), asc(relationshipStageChanges.id));
  // The column is plain text; only the four stages are ever written to it.
  return rows.map((row) => ({ ...row, fromStage: row.fromStage as RelationshipStage | null, toStage: row.toStage as RelationshipStage }));
}
