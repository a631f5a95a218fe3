import { RelationshipDetailSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, signInAs } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('a relationship’s header', { timeout: 60_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof makeRelationship>>;
  const cookies: Record<string, string> = {};

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    pair = await makeRelationship(t.ctx, org.id);
    const stranger = await makePerson(t.ctx, org.id);
    const otherOrg = await makeOrganization(t.ctx, 'Elsewhere');
    const outsider = await makePerson(t.ctx, otherOrg.id, { role: 'admin' });
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    for (const [name, person] of Object.entries({
      mentor: pair.mentor,
      mentee: pair.mentee,
      coordinator: pair.coordinator,
      stranger,
      outsider,
      admin,
    })) {
      cookies[name] = await signInAs(t.app, person.email, testPassword);
    }
  });
  after(() => t.handle.close());

  test('the pair sees it with their side, coordinators and admins as coordinators', async () => {
    for (const [who, role] of [
      ['mentor', 'mentor'],
      ['mentee', 'mentee'],
      ['coordinator', 'coordinator'],
      ['admin', 'coordinator'],
    ] as const) {
      const response = await call(t.app, 'GET', `/api/v1/relationships/${pair.relationshipId}`, undefined, {
        schema: RelationshipDetailSchema,
        cookie: cookies[who],
      });
      assert.equal(response.status, 200, `${who}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.viewerRole, role);
      assert.equal(response.body.stage, 'creating');
      assert.equal(response.body.mentor.id, pair.mentor.id);
    }
  });

  test('anyone else, and another organization, get not found; anonymous callers must sign in', async () => {
    for (const who of ['stranger', 'outsider']) {
      const response = await call(t.app, 'GET', `/api/v1/relationships/${pair.relationshipId}`, undefined, { cookie: cookies[who] });
      assert.equal(response.status, 404, who);
    }
    assert.equal((await call(t.app, 'GET', `/api/v1/relationships/${pair.relationshipId}`)).status, 401);
    assert.equal((await call(t.app, 'GET', '/api/v1/relationships/not-a-uuid', undefined, { cookie: cookies.mentor })).status, 422);
  });
});
