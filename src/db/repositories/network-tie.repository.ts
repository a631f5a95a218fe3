import { aliasedTable, and, asc, eq, or } from 'drizzle-orm';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieKind, NetworkTieSource, TieFrequency } from '../../../shared/network-ties.ts';
import type { Database } from '../database.ts';
import { networkTies, people, profiles, relationships } from '../schema/index.ts';

/** The stored fields of a tie that its owner sets. */
export type NetworkTieFields = {
  kind: NetworkTieKind;
  insideOrganization: boolean;
  functions: MentoringFunction[] | null;
  closeness: number;
  frequency: TieFrequency;
  activities: string[];
  note: string;
  department: string | null;
  organizationName: string | null;
  profession: string | null;
  culture: string | null;
};

/** A tie as stored, with what the platform knows about the person (when on it) and the relationship. */
export type NetworkTieRecord = NetworkTieFields & {
  id: string;
  source: NetworkTieSource;
  relationshipId: string | null;
  relationshipStatus: 'active' | 'closed' | null;
  /** The owner's side in the relationship the tie comes from. */
  ownerSide: 'mentor' | 'mentee' | null;
  personId: string | null;
  personName: string | null;
  personDepartment: string | null;
  personProfession: string | null;
  personFunctionsOffered: MentoringFunction[];
  name: string | null;
  updatedAt: Date;
};

const tiePerson = aliasedTable(people, 'tie_person');
const tieProfile = aliasedTable(profiles, 'tie_profile');

/** A person's ties in the order they were added, with the platform's data on each. */
export async function listNetworkTies(db: Database, organizationId: string, ownerId: string, tieId?: string): Promise<NetworkTieRecord[]> {
  const rows = await db
    .select({
      tie: networkTies,
      relationshipStatus: relationships.status,
      mentorId: relationships.mentorId,
      personName: tiePerson.displayName,
      personDepartment: tiePerson.department,
      personProfession: tieProfile.profession,
      personFunctionsOffered: tieProfile.functionsOffered,
    })
    .from(networkTies)
    .leftJoin(
      relationships,
      and(eq(relationships.organizationId, networkTies.organizationId), eq(relationships.id, networkTies.relationshipId)),
    )
    .leftJoin(tiePerson, and(eq(tiePerson.organizationId, networkTies.organizationId), eq(tiePerson.id, networkTies.personId)))
    .leftJoin(tieProfile, and(eq(tieProfile.organizationId, networkTies.organizationId), eq(tieProfile.personId, networkTies.personId)))
    .where(
      and(eq(networkTies.organizationId, organizationId), eq(networkTies.ownerId, ownerId), tieId ? eq(networkTies.id, tieId) : undefined),
    )
    .orderBy(asc(networkTies.createdAt), asc(networkTies.id));
  return rows.map(({ tie, mentorId, ...joined }) => ({
    id: tie.id,
    source: tie.source,
    relationshipId: tie.relationshipId,
    relationshipStatus: joined.relationshipStatus,
    ownerSide: mentorId === null ? null : mentorId === ownerId ? 'mentor' : 'mentee',
    personId: tie.personId,
    personName: joined.personName,
    personDepartment: joined.personDepartment,
    personProfession: joined.personProfession,
    personFunctionsOffered: joined.personFunctionsOffered ?? [],
    name: tie.name,
    note: tie.note,
    kind: tie.kind,
    insideOrganization: tie.insideOrganization,
    functions: tie.functions,
    closeness: tie.closeness,
    frequency: tie.frequency,
    activities: tie.activities,
    department: tie.department,
    organizationName: tie.organizationName,
    profession: tie.profession,
    culture: tie.culture,
    updatedAt: tie.updatedAt,
  }));
}

/** One of the owner's ties, or null (another person's tie is never found). */
export async function findNetworkTie(
  db: Database,
  organizationId: string,
  ownerId: string,
  tieId: string,
): Promise<NetworkTieRecord | null> {
  const [tie] = await listNetworkTies(db, organizationId, ownerId, tieId);
  return tie ?? null;
}

/** How many ties a person has (for the limit on a network's size). */
export async function countNetworkTies(db: Database, organizationId: string, ownerId: string): Promise<number> {
  return db.$count(networkTies, and(eq(networkTies.organizationId, organizationId), eq(networkTies.ownerId, ownerId)));
}

/** Inserts a tie added by hand and returns its id. */
export async function insertManualTie(
  db: Database,
  organizationId: string,
  ownerId: string,
  tie: NetworkTieFields & { personId: string | null; name: string | null; now: Date },
): Promise<string> {
  const { now, ...fields } = tie;
  const [row] = await db
    .insert(networkTies)
    .values({ ...fields, organizationId, ownerId, source: 'manual', createdAt: now, updatedAt: now })
    .returning({ id: networkTies.id });
  if (!row) throw new Error('network tie not inserted');
  return row.id;
}

/** Changes a tie's stored fields (only those given). */
export async function updateNetworkTie(
  db: Database,
  organizationId: string,
  tieId: string,
  changes: Partial<NetworkTieFields> & { name?: string; updatedAt: Date },
): Promise<void> {
  await db
    .update(networkTies)
    .set(changes)
    .where(and(eq(networkTies.organizationId, organizationId), eq(networkTies.id, tieId)));
}

/** Removes a tie added by hand. */
export async function deleteManualTie(db: Database, organizationId: string, ownerId: string, tieId: string): Promise<boolean> {
  const deleted = await db
    .delete(networkTies)
    .where(
      and(
        eq(networkTies.organizationId, organizationId),
        eq(networkTies.ownerId, ownerId),
        eq(networkTies.id, tieId),
        eq(networkTies.source, 'manual'),
      ),
    )
    .returning({ id: networkTies.id });
  return deleted.length > 0;
}

/** The relationships a person is in (either side), for their automatic ties. */
export async function listRelationshipsOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
): Promise<Array<{ id: string; mentorId: string; menteeId: string }>> {
  return db
    .select({ id: relationships.id, mentorId: relationships.mentorId, menteeId: relationships.menteeId })
    .from(relationships)
    .where(
      and(eq(relationships.organizationId, organizationId), or(eq(relationships.mentorId, personId), eq(relationships.menteeId, personId))),
    );
}

/**
 * Adds the ties of relationships that have none yet (the owner's corrections on existing ones
 * are left alone); safe to run concurrently.
 */
export async function insertRelationshipTies(
  db: Database,
  organizationId: string,
  ownerId: string,
  ties: Array<{ relationshipId: string; personId: string; kind: NetworkTieKind; now: Date }>,
): Promise<void> {
  if (ties.length === 0) return;
  await db
    .insert(networkTies)
    .values(
      ties.map(({ now, ...tie }) => ({
        ...tie,
        organizationId,
        ownerId,
        source: 'relationship' as const,
        insideOrganization: true,
        closeness: 3,
        frequency: 'monthly' as const,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: [networkTies.organizationId, networkTies.ownerId, networkTies.relationshipId] });
}
