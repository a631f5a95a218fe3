import type { Database } from '../../db/database.ts';
import { findDisplayNames } from '../../db/repositories/person.repository.ts';
import { matchPublished } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** Pairs told per statement and turn of the event loop. */
const PAIRS_PER_TURN = 1000;

/** A pair a publish created: its relationship and its two people. */
export type PublishedPair = { relationshipId: string; menteeId: string; mentorId: string };

/**
 * Tells both sides of every published pair, in the publish's transaction: the names of all the
 * pairs' people in one query, then the notifications in set-based batches of 1,000 pairs (notify),
 * so 20,000 pairs cost twenty statements, never one per pair.
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
  // 1,000 pairs (2,000 notifications) per statement, the event loop served between two: the
  // whole 40,000 built and bound at once held it for ~270 ms of CPU.
  for (let start = 0; start < pairs.length; start += PAIRS_PER_TURN) {
    if (start > 0) await yieldToEventLoop();
    await notify(
      trx,
      pairs
        .slice(start, start + PAIRS_PER_TURN)
        .flatMap((pair) =>
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
}
