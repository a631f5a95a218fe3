import { CheckInSchema, CheckInPageSchema, RelationshipDetailSchema } from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeRelationshipForTest, openPairCallers } from '../../testing/pair-callers.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('check-ins between meetings', { timeout: 60_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof openPairCallers>>;

  before(async () => {
    t = await openTestApp();
    pair = await openPairCallers(t);
  });
  after(() => t.handle.close());

  test('either side sends one; both see all, newest first; each is a touch point', async () => {
    const before = withSchema(await pair.as('coordinator')('GET', pair.base), RelationshipDetailSchema);
    assert.equal(before.body.lastTouchAt, null);
    const first = withSchema(
      await pair.as('mentee')('POST', `${pair.base}/check-ins`, { body: 'Sent the budget draft to my manager.' }),
      CheckInSchema,
    );
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.mine, true);
    const touched = withSchema(await pair.as('coordinator')('GET', pair.base), RelationshipDetailSchema);
    assert.equal(touched.body.lastTouchAt, first.body.createdAt, 'the coordinator sees the touch point, not the message');
    t.advanceClock(60_000);
    const second = withSchema(
      await pair.as('mentor')('POST', `${pair.base}/check-ins`, { body: '  Nice! Ask her about Q3 too.  ' }),
      CheckInSchema,
    );
    assert.equal(second.body.body, 'Nice! Ask her about Q3 too.');
    for (const who of ['mentor', 'mentee'] as const) {
      const list = withSchema(await pair.as(who)('GET', `${pair.base}/check-ins`), CheckInPageSchema);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((c: { id: string }) => c.id),
        [second.body.id, first.body.id],
      );
      assert.deepEqual(
        list.body.items.map((c: { mine: boolean }) => c.mine),
        [who === 'mentor', who === 'mentee'],
      );
    }
    assert.equal(withSchema(await pair.as('mentee')('GET', pair.base), RelationshipDetailSchema).body.lastTouchAt, second.body.createdAt);
  });

  test('coordinators, admins, a third participant and another organization get 404 and no message', async () => {
    for (const who of ['coordinator', 'admin', 'third', 'outsider'] as const) {
      const list = await pair.as(who)('GET', `${pair.base}/check-ins`);
      assert.equal(list.status, 404, who);
      assert.ok(!JSON.stringify(list.body).includes('budget draft'), who);
      assert.equal((await pair.as(who)('POST', `${pair.base}/check-ins`, { body: 'hello' })).status, 404, who);
    }
  });

  test('bad input names the field and writes nothing', async () => {
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(1001) }, {}, { body: 42 }]) {
      const res = await pair.as('mentee')('POST', `${pair.base}/check-ins`, body);
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(fieldIssuesOf(res)[0]?.field, 'body');
    }
    assert.equal(withSchema(await pair.as('mentee')('GET', `${pair.base}/check-ins`), CheckInPageSchema).body.items.length, 2);
  });

  test('a closed relationship keeps its check-ins and refuses new ones', async () => {
    await closeRelationshipForTest(t, pair.organizationId, pair.relationshipId);
    const res = await pair.as('mentee')('POST', `${pair.base}/check-ins`, { body: 'Are you still there?' });
    assert.equal(res.status, 409);
    assert.equal(errorOf(res).code, 'relationship_closed');
    assert.equal(withSchema(await pair.as('mentor')('GET', `${pair.base}/check-ins`), CheckInPageSchema).body.items.length, 2);
  });
});
