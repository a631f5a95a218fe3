import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Organization, Person } from '../../domain/person.ts';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { organizations, people, sessions } from '../schema/index.ts';
import { toOrganization } from './organization.repository.ts';
import { toPerson } from './person.repository.ts';

export type StoredSession = {
  id: string;
  organizationId: string;
  personId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
};

export type NewSession = {
  organizationId: string;
  personId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
};

/** @example await insertSession(db, { organizationId, personId, tokenHash, expiresAt, ipAddress, userAgent }) */
export async function insertSession(db: Database, values: NewSession): Promise<StoredSession> {
  const [row] = await db.insert(sessions).values(values).returning();
  if (!row) throw new Error('insert into sessions returned no row');
  return row;
}

/** Slides a session's expiry forward when it is used. */
export async function extendSession(db: Database, sessionId: string, expiresAt: Date, seenAt: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt, lastSeenAt: seenAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSessionByTokenHash(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionById(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Removes sessions that expired before `now`. */
export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function deleteSessionsOfPerson(db: Database, organizationId: string, personId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.organizationId, organizationId), eq(sessions.personId, personId)));
}

/** Ends every session of a person except the one whose token hash is given (a password change). */
export async function deleteOtherSessionsOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
  keepTokenHash: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.organizationId, organizationId), eq(sessions.personId, personId), ne(sessions.tokenHash, keepTokenHash)));
}

const sessionWithHolder = preparedStatement('session_with_holder', (db, name) =>
  db
    .select({
      session: {
        id: sessions.id,
        organizationId: sessions.organizationId,
        personId: sessions.personId,
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
      },
      person: people,
      organization: organizations,
    })
    .from(sessions)
    .leftJoin(people, and(eq(people.organizationId, sessions.organizationId), eq(people.id, sessions.personId)))
    .leftJoin(organizations, eq(organizations.id, sessions.organizationId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(name),
);

/**
 * The session with this token hash and who holds it (their person and organization), in one
 * query: every signed-in request starts here. The person or organization is null when gone.
 *
 * @example const found = await findSessionWithHolder(db, tokenHash); found?.person?.displayName
 */
export async function findSessionWithHolder(
  db: Database,
  tokenHash: string,
): Promise<{ session: StoredSession; person: Person | null; organization: Organization | null } | undefined> {
  const [row] = await sessionWithHolder(db).execute({ tokenHash });
  if (!row) return undefined;
  return {
    session: row.session,
    person: row.person ? toPerson(row.person) : null,
    organization: row.organization ? toOrganization(row.organization) : null,
  };
}
