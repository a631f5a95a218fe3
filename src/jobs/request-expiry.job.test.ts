import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findMentorRequestById } from '../db/repositories/mentor-request.repository.ts';
import { actorOf } from '../domain/person.ts';
import { sendMentorRequest } from '../services/requests/send-mentor-request.service.ts';
import { makeOrganization, makePerson, makeProgram } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { startRequestExpiryJob } from './request-expiry.job.ts';

describe('request expiry job', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('runs a pass at start and on each tick with the clock of the context, and stops cleanly', async () => {
    const orgId = (await makeOrganization(t.ctx)).id;
    const [mentee, mentor] = [await makePerson(t.ctx, orgId), await makePerson(t.ctx, orgId)];
    await makeProgram(
      t.ctx,
      await makePerson(t.ctx, orgId, { role: 'coordinator' }),
      [
        [mentee, 'mentee'],
        [mentor, 'mentor'],
      ],
      'self_directed',
    );
    const request = await sendMentorRequest(t.ctx, actorOf(mentee), {
      mentorId: mentor.id,
      kind: 'conversation',
      message: 'One talk about moving into product management?',
      need: { text: 'Deciding whether to move into product', functions: [] },
      planNeedIds: [],
      frequency: 'Once',
      investment: 'I will come with three questions.',
    });
    const later = { ...t.ctx, now: () => new Date(Date.now() + 15 * 24 * 60 * 60 * 1000) };
    const stop = startRequestExpiryJob(later, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await stop();
    assert.equal((await findMentorRequestById(t.ctx.db, orgId, request.id))?.status, 'expired');
  });
});
