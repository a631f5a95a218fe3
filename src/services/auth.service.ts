import { findOrganizationById } from '../db/repositories/organization.repository.ts';
import {
  findPasswordHashOfPerson,
  findSignInAccounts,
  updatePasswordHash,
  type SignInAccount,
} from '../db/repositories/person.repository.ts';
import {
  deleteOtherSessionsOfPerson,
  deleteSessionById,
  deleteSessionByTokenHash,
  extendSession,
  findSessionWithHolder,
  insertSession,
} from '../db/repositories/session.repository.ts';
import { conflict, DomainError, invalidInput, unauthenticated } from '../domain/errors.ts';
import { accountsVerifiedPerSignIn, signInCandidates, signInOutcome } from '../domain/sign-in.ts';
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
 * Checks an email and password and opens a session. An address may hold accounts in several
 * organizations: the password is tried on each of them (up to `accountsVerifiedPerSignIn`, padded
 * with decoys so the work never depends on how many exist), or only on the named organization's.
 * When it opens several, the answer is 409 `organization_choice_required` listing those alone.
 * The refusal never tells whether the email exists anywhere; repeated failures are throttled per
 * email (across organizations) and per IP address.
 *
 * @example const { token, signedIn } = await signIn(ctx, { email, password, organization: 'aurora' }, client);
 */
export async function signIn(
  ctx: ServiceContext,
  credentials: { email: string; password: string; organization?: string | undefined },
  client: ClientInfo,
): Promise<{ token: string; signedIn: SignedIn }> {
  await assertSignInAllowed(ctx, credentials.email, client.ipAddress);
  const slots = credentials.organization === undefined ? accountsVerifiedPerSignIn : 1;
  const accounts = await findSignInAccounts(ctx.db, credentials.email, { organization: credentials.organization, limit: slots });
  const opened: SignInAccount[] = [];
  // One after another: on a busy server, parallel argon2 runs only compete for the same cores.
  for (const account of signInCandidates(accounts, slots)) {
    if ((await verifyPassword(account?.passwordHash ?? null, credentials.password)) && account) opened.push(account);
  }
  const outcome = signInOutcome(opened);
  await recordSignInAttempt(ctx, { email: credentials.email, ipAddress: client.ipAddress, succeeded: outcome.kind !== 'refused' });
  if (outcome.kind === 'refused') throw new DomainError('unauthenticated', 'invalid_credentials', 'Wrong email or password');
  if (outcome.kind === 'choose') {
    const organizations = outcome.accounts.map(({ organization }) => ({ name: organization.name, slug: organization.slug }));
    throw conflict('organization_choice_required', 'This email and password open accounts in several organizations: choose one', {
      organizations,
    });
  }
  return openSession(ctx, outcome.account.person, client);
}

/** Opens a session for a person who just proved who they are (sign-in, accepted invitation). */
export async function openSession(ctx: ServiceContext, person: Person, client: ClientInfo): Promise<{ token: string; signedIn: SignedIn }> {
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
  const currentHash = await findPasswordHashOfPerson(ctx.db, person.organizationId, person.id);
  if (!(await verifyPassword(currentHash, input.currentPassword))) {
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
