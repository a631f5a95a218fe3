import { findOrganizationById } from '../db/repositories/organization.repository.ts';
import { findPersonById, findPersonForSignIn } from '../db/repositories/person.repository.ts';
import {
  deleteSessionById,
  deleteSessionByTokenHash,
  extendSession,
  findSessionByTokenHash,
  insertSession,
} from '../db/repositories/session.repository.ts';
import { DomainError, unauthenticated } from '../domain/errors.ts';
import type { Organization, Person } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { verifyPassword } from './security/passwords.ts';
import { assertSignInAllowed, recordSignInAttempt } from './security/sign-in-throttle.ts';
import { createToken, hashToken } from './security/tokens.ts';

export type SignedIn = { person: Person; organization: Organization };
export type ClientInfo = { ipAddress: string; userAgent: string | null };

const DAY_MS = 86_400_000;

/**
 * Checks an email and password and opens a session. The error never tells whether the email
 * exists; repeated failures are throttled per email and per IP address.
 *
 * @example const { token, signedIn } = await signIn(ctx, { email, password }, client);
 */
export async function signIn(
  ctx: ServiceContext,
  credentials: { email: string; password: string },
  client: ClientInfo,
): Promise<{ token: string; signedIn: SignedIn }> {
  await assertSignInAllowed(ctx, credentials.email, client.ipAddress);
  const found = await findPersonForSignIn(ctx.db, credentials.email);
  const passwordOk = await verifyPassword(found?.passwordHash ?? null, credentials.password);
  const succeeded = passwordOk && found?.person.status === 'active';
  await recordSignInAttempt(ctx, { email: credentials.email, ipAddress: client.ipAddress, succeeded });
  if (!succeeded || !found) {
    throw new DomainError('unauthenticated', 'invalid_credentials', 'Wrong email or password');
  }
  return openSession(ctx, found.person, client);
}

/** Opens a session for a person who just proved who they are (sign-in, accepted invitation). */
export async function openSession(
  ctx: ServiceContext,
  person: Person,
  client: ClientInfo,
): Promise<{ token: string; signedIn: SignedIn }> {
  const organization = await findOrganizationById(ctx.db, person.organizationId);
  if (!organization) throw unauthenticated();
  const token = createToken();
  await insertSession(ctx.db, {
    organizationId: person.organizationId,
    personId: person.id,
    tokenHash: hashToken(ctx.secret, token),
    expiresAt: new Date(ctx.now().getTime() + ctx.sessionTtlDays * DAY_MS),
    ipAddress: client.ipAddress,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, signedIn: { person, organization } };
}

/**
 * Finds who a session token belongs to. Expired sessions are deleted and refused; a session
 * used past half its life is extended (sliding expiry).
 */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<SignedIn> {
  const session = await findSessionByTokenHash(ctx.db, hashToken(ctx.secret, token));
  if (!session) throw unauthenticated('session_invalid', 'Your session is not valid; sign in again');
  const now = ctx.now();
  if (session.expiresAt <= now) {
    await deleteSessionById(ctx.db, session.id);
    throw unauthenticated('session_expired', 'Your session has expired; sign in again');
  }
  const person = await findPersonById(ctx.db, session.organizationId, session.personId);
  const organization = await findOrganizationById(ctx.db, session.organizationId);
  if (!person || !organization || person.status !== 'active') {
    await deleteSessionById(ctx.db, session.id);
    throw unauthenticated('session_invalid', 'Your session is not valid; sign in again');
  }
  const ttlMs = ctx.sessionTtlDays * DAY_MS;
  if (session.expiresAt.getTime() - now.getTime() < ttlMs / 2) {
    await extendSession(ctx.db, session.id, new Date(now.getTime() + ttlMs), now);
  }
  return { person, organization };
}

/** Ends the session the token belongs to; unknown tokens are ignored. */
export async function signOut(ctx: ServiceContext, token: string): Promise<void> {
  await deleteSessionByTokenHash(ctx.db, hashToken(ctx.secret, token));
}
