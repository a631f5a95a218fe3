import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../db/repositories/profile.repository.ts';
import { countActiveMentees } from '../db/repositories/relationship.repository.ts';
import type { Person } from '../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, makeRelationship, testPassword } from '../testing/factories.ts';
import { MentorRequestSchema, PublishResultSchema } from '../../shared/schemas/index.ts';
import { bodyOf, call, signInAs, type ApiResponse, errorOf } from '../testing/http-client.ts';
import { runMatchingToEnd } from '../testing/matching-runs.ts';
import { areaRequest, mentorWithMentees } from '../testing/mentor-request-setup.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

/** The mentor's capacity in the race; one place is already taken by a relationship in another program. */
const CAPACITY = 2;
const REQUESTS = 4;
const PAIRINGS = 4;
const ROUNDS = 2;

type Attempt = { path: 'accept' | 'publish' | 'manual'; send: () => Promise<ApiResponse> };

/** Whether an answer took the place (a publish that created no relationship took nothing). */
function took(attempt: Attempt, response: ApiResponse): boolean {
  if (attempt.path === 'publish') return response.status === 200 && bodyOf(response, PublishResultSchema).relationshipsCreated > 0;
  return response.status === 200 || response.status === 201;
}

describe('a mentor’s last place, taken by several paths at once', { timeout: 180_000 }, () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: Person;
  let coordinatorCookie: string;

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, orgId, { role: 'coordinator' });
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  /**
   * One mentor in three programs: mentees waiting on requests in one, a published-ready matching
   * proposal in another, mentees a coordinator can pair by hand in a third; one place left.
   */
  async function arrangeRace(): Promise<{ mentorId: string; attempts: Attempt[] }> {
    const { mentor, mentees: requesters } = await mentorWithMentees(t, orgId, coordinator, CAPACITY + REQUESTS, REQUESTS);
    const mentorId = mentor.person.id;
    await upsertProfile(t.ctx.db, orgId, mentorId, { expertiseOffered: ['budgeting'] });
    await makeRelationship(t.ctx, orgId, { mentor: mentor.person, coordinator });
    const sent = await Promise.all(requesters.map((mentee) => mentee.as('POST', '/mentor-requests', areaRequest(mentorId))));
    for (const response of sent) assert.equal(response.status, 201, JSON.stringify(response.body));

    const matched = await makePerson(t.ctx, orgId, { name: 'Matched Mentee' });
    await upsertProfile(t.ctx.db, orgId, matched.id, { expertiseWanted: ['budgeting'] });
    const matching = await makeProgram(t.ctx, coordinator, [
      [mentor.person, 'mentor'],
      [matched, 'mentee'],
    ]);
    const pairees = await Promise.all(Array.from({ length: PAIRINGS }, (_, i) => makePerson(t.ctx, orgId, { name: `Pairee ${i}` })));
    const manual = await makeProgram(t.ctx, coordinator, [
      [mentor.person, 'mentor'],
      ...pairees.map((p): [Person, 'mentee'] => [p, 'mentee']),
    ]);

    await upsertProfile(t.ctx.db, orgId, mentorId, { mentorCapacity: CAPACITY });
    const run = await runMatchingToEnd(t.app, matching.id, coordinatorCookie);
    assert.equal(run.body.proposals?.length, 1, JSON.stringify(run.body));

    const asCoordinator = (method: string, path: string, body?: unknown) =>
      call(t.app, method, `/api/v1${path}`, body, { cookie: coordinatorCookie });
    const attempts: Attempt[] = [
      ...sent.map(
        (request): Attempt => ({
          path: 'accept',
          send: () => mentor.as('POST', `/mentor-requests/${bodyOf(request, MentorRequestSchema).id}/accept`),
        }),
      ),
      ...[1, 2].map((): Attempt => ({ path: 'publish', send: () => asCoordinator('POST', `/matching-runs/${run.body.id}/publish`) })),
      ...pairees.map(
        (mentee): Attempt => ({
          path: 'manual',
          send: () => asCoordinator('POST', `/programs/${manual.id}/relationships`, { mentorId, menteeId: mentee.id }),
        }),
      ),
    ];
    // Interleave the paths so no path always starts first.
    attempts.sort(() => Math.random() - 0.5);
    return { mentorId, attempts };
  }

  test('exactly one attempt wins, the others get 409, and the mentor is never over capacity', async () => {
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { mentorId, attempts } = await arrangeRace();
      const responses = await Promise.all(attempts.map((attempt) => attempt.send()));
      const won = attempts.filter((attempt, i) => took(attempt, responses[i] as ApiResponse));
      for (const [i, response] of responses.entries()) {
        assert.ok([200, 201, 409].includes(response.status), `${attempts[i]?.path}: ${response.status} ${JSON.stringify(response.body)}`);
        if (response.status === 409)
          assert.ok(['mentor_at_capacity', 'stale_run'].includes(errorOf(response).code), JSON.stringify(response.body));
      }
      assert.equal(won.length, 1, `round ${round}: ${won.length} winners (${won.map((a) => a.path).join(', ')})`);
      assert.equal((await countActiveMentees(t.ctx.db, orgId, [mentorId])).get(mentorId), CAPACITY);
      winners.push(won[0]?.path ?? '');
    }
    t.ctx.logger.info({ winners }, 'last-place winners by round');
  });
});
