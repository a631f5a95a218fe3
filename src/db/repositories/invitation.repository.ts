import { and, eq, gt, ilike, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { OrganizationRole } from '../../../shared/enums.ts';
import type { InvitationState } from '../../../shared/schemas/invitations.ts';
import type { Page, SearchPageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { invitations, people } from '../schema/index.ts';

export type Invitation = {
  id: string;
  organizationId: string;
  email: string;
  organizationRole: OrganizationRole;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
};

const invitationColumns = {
  id: invitations.id,
  organizationId: invitations.organizationId,
  email: invitations.email,
  organizationRole: invitations.organizationRole,
  invitedBy: people.displayName,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
};

export async function insertInvitation(
  db: Database,
  organizationId: string,
  values: { email: string; organizationRole: OrganizationRole; tokenHash: string; invitedById: string; expiresAt: Date },
): Promise<Invitation> {
  const [inserted] = await db
    .insert(invitations)
    .values({ ...values, organizationId })
    .returning({ id: invitations.id });
  if (!inserted) throw new Error('insert into invitations returned no row');
  const invitation = await findInvitationById(db, organizationId, inserted.id);
  if (!invitation) throw new Error('inserted invitation not found');
  return invitation;
}

export async function findInvitationById(db: Database, organizationId: string, id: string): Promise<Invitation | undefined> {
  const [row] = await db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(people, and(eq(people.organizationId, invitations.organizationId), eq(people.id, invitations.invitedById)))
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
  return row;
}

/** Looks an invitation up by the HMAC of its link token (the token is the capability). */
export async function findInvitationByTokenHash(db: Database, tokenHash: string): Promise<Invitation | undefined> {
  const [row] = await db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(people, and(eq(people.organizationId, invitations.organizationId), eq(people.id, invitations.invitedById)))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/** Newest first (index invitations_organization_idx on organization, created_at). */
const newestFirst = keyset('newest', [
  { by: invitations.createdAt, direction: 'desc' },
  { by: invitations.id, direction: 'desc' },
]);

function inState(state: InvitationState | undefined, now: Date): SQL | undefined {
  if (state === 'accepted') return isNotNull(invitations.acceptedAt);
  if (state === 'pending') return and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, now));
  if (state === 'expired') return and(isNull(invitations.acceptedAt), lte(invitations.expiresAt, now));
  return undefined;
}

/**
 * One page of an organization's invitations, newest first, `q` matching the email, narrowed to
 * one state (pending, accepted, expired as of `now`).
 *
 * @example await pageInvitations(db, organizationId, { limit: 50, state: 'pending' }, new Date())
 */
export async function pageInvitations(
  db: Database,
  organizationId: string,
  query: SearchPageQuery & { state?: InvitationState | undefined },
  now: Date,
): Promise<Page<Invitation>> {
  const page = keysetQuery(newestFirst, query);
  const rows = await db
    .select({ ...invitationColumns, cursorKey: page.cursorKey })
    .from(invitations)
    .innerJoin(people, and(eq(people.organizationId, invitations.organizationId), eq(people.id, invitations.invitedById)))
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        query.q ? ilike(invitations.email, containsPattern(query.q)) : undefined,
        inState(query.state, now),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestFirst);
}

/**
 * Marks an invitation accepted, once: returns false when another request accepted it first.
 */
export async function markInvitationAccepted(
  db: Database,
  organizationId: string,
  id: string,
  personId: string,
  acceptedAt: Date,
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt, acceptedPersonId: personId })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}
