import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrganization, makeRelationship } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertMeeting, summarizeMeetings, updateMeeting } from './meeting.repository.ts';

describe('summarizeMeetings', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('held count, last held, next accepted and the last concluded meetings newest first, per relationship', async () => {
    const org = await makeOrganization(t.ctx);
    const pair = await makeRelationship(t.ctx, org.id);
    const quiet = await makeRelationship(t.ctx, org.id);
    const now = new Date('2027-05-01T12:00:00Z');
    const add = async (
      day: number,
      status: 'held' | 'missed' | 'accepted' | 'cancelled' | 'proposed',
      agendaById: string | null = null,
    ) => {
      const meeting = await insertMeeting(t.ctx.db, org.id, {
        relationshipId: pair.relationshipId,
        proposedById: pair.mentor.id,
        startsAt: new Date(Date.UTC(2027, 4, day, 10)),
        durationMinutes: 30,
        timeZone: 'UTC',
        channel: 'phone',
        videoLink: null,
        location: null,
        agenda: agendaById ? 'x' : '',
        agendaById,
      });
      await updateMeeting(t.ctx.db, org.id, meeting.id, { status });
    };
    await add(-20, 'held', pair.mentor.id);
    await add(-10, 'held', pair.mentee.id);
    await add(-5, 'cancelled');
    await add(-3, 'missed');
    await add(-1, 'missed', pair.mentee.id);
    await add(3, 'proposed');
    await add(5, 'accepted');
    await add(9, 'accepted');
    const summaries = await summarizeMeetings(t.ctx.db, org.id, [pair.relationshipId, quiet.relationshipId], now);
    const summary = summaries.get(pair.relationshipId);
    assert.ok(summary);
    assert.equal(summary.heldCount, 2);
    assert.equal(summary.lastHeldAt?.toISOString(), new Date(Date.UTC(2027, 4, -10, 10)).toISOString());
    assert.equal(summary.nextAcceptedAt?.toISOString(), new Date(Date.UTC(2027, 4, 5, 10)).toISOString());
    assert.deepEqual(
      summary.recent.map((m) => m.status),
      ['missed', 'missed', 'held', 'held'],
    );
    assert.deepEqual(
      summary.recent.map((m) => m.agendaById),
      [pair.mentee.id, null, pair.mentee.id, pair.mentor.id],
    );
    assert.deepEqual(summaries.get(quiet.relationshipId), { heldCount: 0, lastHeldAt: null, nextAcceptedAt: null, recent: [] });
    const otherOrg = await makeOrganization(t.ctx, 'Elsewhere');
    assert.equal(
      (await summarizeMeetings(t.ctx.db, otherOrg.id, [pair.relationshipId], now)).get(pair.relationshipId)?.heldCount,
      0,
      'scoped to the organization',
    );
  });
});
