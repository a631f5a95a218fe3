import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { findProgramById } from '../../db/repositories/program.repository.ts';
import type { Program } from '../../domain/program.ts';
import { makeOrganization, makePerson, makeProgram } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { sql } from 'drizzle-orm';
import { findProgramMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { loadMentorPool } from './mentor-pool.ts';
import { warmMentorPool } from './mentor-suggestion.service.ts';

describe('a program’s mentor pool', () => {
  let t: TestApp;
  let program: Program;
  let mentorId: string;
  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    const mentor = await makePerson(t.ctx, org.id, { name: 'Pool Mentor' });
    const mentee = await makePerson(t.ctx, org.id, { name: 'Pool Mentee' });
    mentorId = mentor.id;
    await upsertProfile(t.ctx.db, org.id, mentor.id, { expertiseOffered: ['budgeting'], mentorCapacity: 2 });
    const view = await makeProgram(t.ctx, coordinator, [
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
    const found = await findProgramById(t.ctx.db, org.id, view.id);
    if (!found) throw new Error('program missing');
    program = found;
  });
  after(() => t.handle.close());

  const offered = async (at: Date) =>
    (await loadMentorPool(t.ctx.db, program, at, 'v1')).mentors.find((m) => m.id === mentorId)?.prepared.profile.expertiseOffered;

  test('kept for a minute; then served once more while the fresh one is prepared, which replaces it', async () => {
    const start = new Date('2027-03-01T10:00:00Z');
    assert.deepEqual(await offered(start), ['budgeting']);
    await upsertProfile(t.ctx.db, program.organizationId, mentorId, { expertiseOffered: ['negotiation'] });
    // Within the minute the pool is kept (same version).
    assert.deepEqual(await offered(new Date(start.getTime() + 30_000)), ['budgeting']);
    // Past it, the request is answered at once from the pool it had...
    const later = new Date(start.getTime() + 61_000);
    assert.deepEqual(await offered(later), ['budgeting']);
    // ...and the fresh pool, prepared meanwhile, serves the next requests.
    let fresh: readonly string[] | undefined;
    for (let tries = 0; tries < 100 && fresh?.[0] !== 'negotiation'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      fresh = await offered(later);
    }
    assert.deepEqual(fresh, ['negotiation']);
  });

  test('another version is prepared before it is served', async () => {
    await upsertProfile(t.ctx.db, program.organizationId, mentorId, { expertiseOffered: ['mentoring'] });
    const pool = await loadMentorPool(t.ctx.db, program, new Date('2027-03-01T10:02:00Z'), 'v2');
    assert.deepEqual(pool.mentors.find((m) => m.id === mentorId)?.prepared.profile.expertiseOffered, ['mentoring']);
  });

  test('warmed ahead of the requests (after a run): the first request is served the pool prepared then', async () => {
    await warmMentorPool(t.ctx, program);
    // Changed behind the pool's back (no change time moves, so its version stays): a pool prepared
    // now would see it; the warmed one does not.
    await t.ctx.db.execute(
      sql`update profiles set expertise_offered = array['warmed-after'] where organization_id = ${program.organizationId} and person_id = ${mentorId}`,
    );
    const room = await findProgramMentorRoom(t.ctx.db, program.organizationId, program.id);
    const pool = await loadMentorPool(t.ctx.db, program, t.ctx.now(), `${room.mentors}@${room.lastChange}`);
    const offeredIn = (p: typeof pool) => p.mentors.find((m) => m.id === mentorId)?.prepared.profile.expertiseOffered;
    assert.deepEqual(offeredIn(pool), ['mentoring']);
    // A pool prepared now (another version) does see it.
    assert.deepEqual(offeredIn(await loadMentorPool(t.ctx.db, program, t.ctx.now(), 'after-warming')), ['warmed-after']);
  });
});
