import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MentorRequestPageSchema } from '../../../shared/schemas/index.ts';
import { mentorRequests } from '../../db/schema/index.ts';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('my mentor requests, a page at a time', { timeout: 60_000 }, () => {
  let t: TestApp;
  let mentor: Person;
  let mentees: Person[];
  let mentorCookie: string;
  let menteeCookie: string;

  /** Requests already answered (no open pair is unique), written in one insert so their created_at ties. */
  const insert = (from: Person[], status: 'declined' | 'withdrawn' | 'expired') =>
    t.ctx.db
      .insert(mentorRequests)
      .values(
        from.map((mentee) => ({
          organizationId: mentor.organizationId,
          menteeId: mentee.id,
          mentorId: mentor.id,
          kind: 'conversation' as const,
          status,
          message: 'Could we talk?',
          needText: 'Feedback',
          frequency: 'Once',
          investment: 'An hour',
          expiresAt: new Date(Date.now() + 86_400_000),
        })),
      )
      .returning({ id: mentorRequests.id });

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    mentor = await makePerson(t.ctx, org.id, { name: 'The Mentor' });
    mentees = await Promise.all(Array.from({ length: 9 }, () => makePerson(t.ctx, org.id)));
    mentorCookie = await signInAs(t.app, mentor.email, testPassword);
    menteeCookie = await signInAs(t.app, (mentees[0] as Person).email, testPassword);
  });
  after(() => t.handle.close());

  test('the inbox: every request once across pages while requests arrive, newest first; filtered by status', async () => {
    const declined = (await insert(mentees, 'declined')).map((r) => r.id);
    const withdrawn = (await insert(mentees.slice(0, 4), 'withdrawn')).map((r) => r.id);
    const seen = await pageThrough(t.app, '/api/v1/me/mentor-requests?box=received', mentorCookie, MentorRequestPageSchema, 4, async () => {
      await insert(mentees.slice(0, 1), 'expired');
    });
    assertEveryRowOnce(seen, [...declined, ...withdrawn], 'inbox');
    const onlyWithdrawn = await pageThrough(
      t.app,
      '/api/v1/me/mentor-requests?box=received&status=withdrawn',
      mentorCookie,
      MentorRequestPageSchema,
      3,
    );
    assert.deepEqual(onlyWithdrawn.sort(), [...withdrawn].sort());
    const sent = await call(t.app, 'GET', '/api/v1/me/mentor-requests?box=sent&limit=500', undefined, {
      schema: MentorRequestPageSchema,
      cookie: menteeCookie,
    });
    assert.ok(sent.body.items.length >= 2 && sent.body.items.every((r) => r.role === 'mentee' && r.mentee.id === mentees[0]?.id));
    const times = sent.body.items.map((r) => Date.parse(r.createdAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
    assert.equal(
      (
        await call(t.app, 'GET', '/api/v1/me/mentor-requests?box=sent', undefined, {
          schema: MentorRequestPageSchema,
          cookie: mentorCookie,
        })
      ).body.items.length,
      0,
      'the mentor sent none',
    );
  });

  test('a bad cursor, box or status is 422 naming the field', async () => {
    for (const [query, field] of [
      ['cursor=zzz', 'cursor'],
      ['box=outbox', 'box'],
      ['status=maybe', 'status'],
    ] as const) {
      const response = await call(t.app, 'GET', `/api/v1/me/mentor-requests?${query}`, undefined, { cookie: mentorCookie });
      assert.equal(response.status, 422, query);
      assert.equal(fieldIssuesOf(response)[0]?.field, field, query);
    }
  });
});
