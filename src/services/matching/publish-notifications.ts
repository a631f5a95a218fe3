import type { Database } from '../../db/database.ts';
import { findDisplayNames } from '../../db/repositories/person.repository.ts';
import { matchPublished } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';

/** A pair a publish created: its relationship and its two people. */
export type PublishedPair = { relationshipId: string; menteeId: string; mentorId: string };

/**
 * Tells both sides of every published pair, in the publish's transaction: the names of all the
 * pairs' people in one query, then the notifications in set-based batches (notify), so 20,000
 * pairs cost a handful of statements, never one per pair.
 *
 * @example await notifyPublishedPairs(trx, orgId, 'Emerging Leaders 2027', [{ relationshipId, menteeId, mentorId }]);
 */
export async function notifyPublishedPairs(
  trx: Database,
  organizationId: string,
  programName: string,
  pairs: readonly PublishedPair[],
): Promise<void> {
  if (pairs.length === 0) return;
  const names = await findDisplayNames(trx, organizationId, [...new Set(pairs.flatMap((pair) => [pair.menteeId, pair.mentorId]))]);
  const person = (id: string, fallback: string) => ({ id, name: names.get(id) ?? fallback });
  await notify(
    trx,
    pairs.flatMap((pair) =>
      matchPublished(
        organizationId,
        pair.relationshipId,
        programName,
        person(pair.menteeId, 'your mentee'),
        person(pair.mentorId, 'your mentor'),
      ),
    ),
  );
}
