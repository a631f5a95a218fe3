import { findOrganizationById } from '../db/repositories/organization.repository.ts';
import { findPersonForSignIn, updatePasswordHash } from '../db/repositories/person.repository.ts';
import {
  deleteOtherSessionsOfPerson,
  deleteSessionById,
  deleteSessionByTokenHash,
  extendSession,
  findSessionWithHolder,
  insertSession,
} from '../db/repositories/session.repository.ts';
import { DomainError, invalidInput, unauthenticated } from '../domain/errors.ts';
import type { Organization, Person } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { assertPasswordAcceptable } from './security/password-policy.ts';
import { hashPassword, verifyPassword } from './security/passwords.ts';
import { assertSignInAllowed, recordSignInAttempt } from './security/sign-in-throttle.ts';
import { createToken, hashToken } from './security/tokens.ts';

export type SignedIn = { person: Person; organization: Organization };
export type ClientInfo = { ipAddress: string; userAgent: string | null };

const DAY_MS = 86_400_000;

/**
 * How long a session lives. Idle: a session unused for `ctx.sessionTtlDays` has ended (its expiry
 * slides forward when it is used past half its idle life). Absolute: however busy, a session ends
 * `absoluteDays` after sign-in, and the person signs in again.
 */
export const sessionLifetime = { absoluteDays: 30 } as const;

function absoluteEndOf(createdAt: Date): Date {
  return new Date(createdAt.getTime() + sessionLifetime.absoluteDays * DAY_MS);
}

function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}

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
  const now = ctx.now();
  await insertSession(ctx.db, {
    organizationId: person.organizationId,
    personId: person.id,
    tokenHash: hashToken(ctx.secret, token),
    createdAt: now,
    expiresAt: earlier(new Date(now.getTime() + ctx.sessionTtlDays * DAY_MS), absoluteEndOf(now)),
    ipAddress: client.ipAddress,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, signedIn: { person, organization } };
}

/**
 * Finds who a session token belongs to. Expired sessions (idle or past their absolute end) are
 * deleted and refused; a session used past half its idle life is extended, never beyond its
 * absolute end.
 */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<SignedIn> {
  const found = await findSessionWithHolder(ctx.db, hashToken(ctx.secret, token));
  if (!found) throw unauthenticated('session_invalid', 'Your session is not valid; sign in again');
  const { session, person, organization } = found;
  const now = ctx.now();
  if (session.expiresAt <= now || absoluteEndOf(session.createdAt) <= now) {
    await deleteSessionById(ctx.db, session.id);
    throw unauthenticated('session_expired', 'Your session has expired; sign in again');
  }
  if (!person || !organization || person.status !== 'active') {
    await deleteSessionById(ctx.db, session.id);
    throw unauthenticated('session_invalid', 'Your session is not valid; sign in again');
  }
  const ttlMs = ctx.sessionTtlDays * DAY_MS;
  if (session.expiresAt.getTime() - now.getTime() < ttlMs / 2) {
    const extended = earlier(new Date(now.getTime() + ttlMs), absoluteEndOf(session.createdAt));
    if (extended > session.expiresAt) await extendSession(ctx.db, session.id, extended, now);
  }
  return { person, organization };
}

/** Ends the session the token belongs to; unknown tokens are ignored. */
export async function signOut(ctx: ServiceContext, token: string): Promise<void> {
  await deleteSessionByTokenHash(ctx.db, hashToken(ctx.secret, token));
}

/**
 * Changes the signed-in person's password after checking the current one, and ends all their
 * other sessions (a stolen cookie stops working); the session that made the change stays open.
 * Wrong current passwords count towards the sign-in throttle like failed sign-ins.
 *
 * @example await changePassword(ctx, signedIn, token, { currentPassword, newPassword }, client);
 */
export async function changePassword(
  ctx: ServiceContext,
  signedIn: SignedIn,
  sessionToken: string,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo,
): Promise<void> {
  const { person } = signedIn;
  await assertSignInAllowed(ctx, person.email, client.ipAddress);
  const found = await findPersonForSignIn(ctx.db, person.email);
  if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword))) {
    await recordSignInAttempt(ctx, { email: person.email, ipAddress: client.ipAddress, succeeded: false });
    throw invalidInput([{ field: 'currentPassword', message: 'is not your current password' }]);
  }
  if (input.newPassword === input.currentPassword) {
    throw invalidInput([{ field: 'newPassword', message: 'must differ from your current password' }]);
  }
  assertPasswordAcceptable(input.newPassword, { field: 'newPassword', userInputs: [person.email, person.displayName] });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (trx) => {
    await updatePasswordHash(trx, person.organizationId, person.id, passwordHash);
    await deleteOtherSessionsOfPerson(trx, person.organizationId, person.id, hashToken(ctx.secret, sessionToken));
  });
}
