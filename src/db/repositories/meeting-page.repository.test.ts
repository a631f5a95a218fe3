import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { MeetingPeriod, MeetingStatus } from '../../../shared/schemas/meetings.ts';
import { countExaminedRows } from '../../testing/examined-rows.ts';
import { makeOrganization, makeRelationship } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Database } from '../database.ts';
import { meetings } from '../schema/index.ts';
import { listMeetingPage, meetingPageQuery } from './meeting-page.repository.ts';

const day = 86_400_000;
const history = 1500;

/** A page of a pair's meetings reads that page, not the pair's history (indexes meetings_upcoming_idx and meetings_past_idx). */
describe('a page of meetings reads what it returns', { timeout: 120_000 }, () => {
  let t: TestApp;
  let organizationId: string;
  let relationshipId: string;
  const now = new Date('2027-06-01T12:00:00Z');

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx)).id;
    const pair = await makeRelationship(t.ctx, organizationId);
    const other = await makeRelationship(t.ctx, organizationId, { mentor: pair.mentor });
    relationshipId = pair.relationshipId;
    // Years of weekly-ish meetings behind the pair, a few ahead, and another pair's as many upcoming.
    const rows = (relationship: string, count: number, status: (i: number) => MeetingStatus, offset: (i: number) => number) =>
      Array.from({ length: count }, (_, i) => ({
        organizationId,
        relationshipId: relationship,
        proposedById: pair.mentee.id,
        startsAt: new Date(now.getTime() + offset(i) * day),
        durationMinutes: 30,
        timeZone: 'UTC',
        channel: 'phone' as const,
        status: status(i),
      }));
    const pastStatuses: MeetingStatus[] = ['held', 'held', 'missed', 'cancelled'];
    for (const batch of [
      rows(
        relationshipId,
        history,
        (i) => pastStatuses[i % 4] ?? 'held',
        (i) => -1 - i,
      ),
      rows(
        relationshipId,
        4,
        (i) => (i % 2 ? 'accepted' : 'proposed'),
        (i) => 1 + i,
      ),
      // An unanswered proposal whose time has gone stays upcoming, ahead of the rest.
      rows(
        relationshipId,
        1,
        () => 'proposed',
        () => -3.5,
      ),
      rows(
        other.relationshipId,
        history,
        () => 'accepted',
        (i) => 1 + i / 10,
      ),
    ]) {
      await t.ctx.db.insert(meetings).values(batch);
    }
  });
  after(() => t.handle.close());

  const examinedFor = async (db: Database, period: MeetingPeriod, limit: number, cursor?: string) =>
    countExaminedRows(db, meetingPageQuery(db, organizationId, relationshipId, period, { limit, cursor }).getSQL());
  const secondPageCursor = async (period: MeetingPeriod) => {
    const first = await listMeetingPage(t.ctx.db, organizationId, relationshipId, period, { limit: 3 });
    assert.ok(first.nextCursor);
    return first.nextCursor;
  };

  for (const statistics of ['without statistics', 'after ANALYZE']) {
    test(`upcoming and past, first and later pages, ${statistics}`, async () => {
      if (statistics === 'after ANALYZE') await t.ctx.db.execute(sql`analyze meetings`);
      for (const period of ['upcoming', 'past'] as const) {
        const cursor = await secondPageCursor(period);
        for (const page of [await examinedFor(t.ctx.db, period, 3), await examinedFor(t.ctx.db, period, 3, cursor)]) {
          assert.ok(page.examined <= 30, `${period}: examined ${page.examined} rows for a page of 3 (history of ${history}): ${page.plan}`);
        }
      }
      const upcoming = await listMeetingPage(t.ctx.db, organizationId, relationshipId, 'upcoming', { limit: 10 });
      assert.equal(upcoming.items.length, 5);
      assert.equal(upcoming.items[0]?.startsAt.toISOString(), new Date(now.getTime() - 3.5 * day).toISOString());
    });
  }

  test('the check above fails the pair’s list read down meetings_relationship_idx (the index before)', async () => {
    const examined = await t.ctx.db
      .transaction(async (trx) => {
        await trx.execute(sql`drop index meetings_upcoming_idx`);
        await trx.execute(sql`drop index meetings_past_idx`);
        const upcoming = await examinedFor(trx, 'upcoming', 3);
        throw Object.assign(new Error('rolled back'), { examined: upcoming.examined });
      })
      .catch((error: { examined?: number }) => error.examined ?? -1);
    assert.ok(
      examined > history,
      `without its index the upcoming list examined only ${examined} rows: the check no longer tells plans apart`,
    );
  });
});
