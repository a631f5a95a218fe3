import type { EmailCategory } from '../../../shared/schemas/email.ts';
import { isUnsubscribableCategory } from '../../../shared/schemas/email.ts';
import { findUnsubscribedPeople } from '../../db/repositories/email-unsubscribe.repository.ts';
import type { Database } from '../../db/database.ts';

/**
 * Whether a person turned a category's email off (an unsubscribe link). The one read of that
 * choice, for the notification preferences to join; account email is never turned off.
 *
 * @example if (await isUnsubscribed(db, orgId, personId, 'meetings')) return;
 */
export async function isUnsubscribed(db: Database, organizationId: string, personId: string, category: EmailCategory): Promise<boolean> {
  if (!isUnsubscribableCategory(category)) return false;
  return (await findUnsubscribedPeople(db, organizationId, [personId], category)).has(personId);
}

type Addressed = { organizationId: string; category: EmailCategory; recipient: { personId: string | null } };

/**
 * For a batch of emails, a test of whether each one's recipient unsubscribed from its category:
 * one query per organization and category in the batch, not one per email.
 */
export async function findUnsubscribedAmong(db: Database, emails: Addressed[]): Promise<(email: Addressed) => boolean> {
  const groups = new Map<string, { organizationId: string; category: EmailCategory; personIds: string[] }>();
  for (const email of emails) {
    const { personId } = email.recipient;
    if (personId === null || !isUnsubscribableCategory(email.category)) continue;
    const key = `${email.organizationId}\n${email.category}`;
    const group = groups.get(key) ?? { organizationId: email.organizationId, category: email.category, personIds: [] };
    group.personIds.push(personId);
    groups.set(key, group);
  }
  const off = new Set<string>();
  for (const [key, group] of groups) {
    for (const personId of await findUnsubscribedPeople(db, group.organizationId, group.personIds, group.category))
      off.add(`${key}\n${personId}`);
  }
  return (email) => email.recipient.personId !== null && off.has(`${email.organizationId}\n${email.category}\n${email.recipient.personId}`);
}
