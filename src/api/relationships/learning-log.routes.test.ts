import { LearningLogEntrySchema, LearningLogPageSchema } from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeRelationshipForTest, openPairCallers, type PairCaller } from '../../testing/pair-callers.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const secret = 'I froze when the director asked about headcount';

describe('the learning log of a relationship', { timeout: 60_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof openPairCallers>>;
  let privateId = '';
  let sharedId = '';

  before(async () => {
    t = await openTestApp();
    pair = await openPairCallers(t);
  });
  after(() => t.handle.close());

  const listAs = async (who: PairCaller) => pair.as(who)('GET', `${pair.base}/learning-log`);

  test('an entry is private by default; the mentor logs too and shares one', async () => {
    const res = withSchema(
      await pair.as('mentee')('POST', `${pair.base}/learning-log`, {
        tried: 'Presented the budget draft',
        happened: secret,
        learned: 'Prepare the three numbers they always ask for',
      }),
      LearningLogEntrySchema,
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.shared, false);
    assert.equal(res.body.mine, true);
    privateId = res.body.id;
    const mentors = withSchema(
      await pair.as('mentor')('POST', `${pair.base}/learning-log`, {
        tried: 'Asked questions before giving advice',
        learned: 'She had the answer already',
        shared: true,
      }),
      LearningLogEntrySchema,
    );
    assert.equal(mentors.status, 201);
    sharedId = mentors.body.id;
  });

  test('the author reads their private entry; the partner never gets it in the body', async () => {
    const mine = withSchema(await listAs('mentee'), LearningLogPageSchema);
    assert.deepEqual(mine.body.items.map((e: { id: string }) => e.id).sort(), [privateId, sharedId].sort());
    const partner = withSchema(await listAs('mentor'), LearningLogPageSchema);
    assert.equal(partner.status, 200);
    assert.deepEqual(
      partner.body.items.map((e: { id: string }) => e.id),
      [sharedId],
    );
    assert.ok(!JSON.stringify(partner.body).includes(secret), 'the private text is absent from the partner’s body');
    assert.equal(partner.body.items[0]?.mine, true);
  });

  test('coordinators, admins, a third participant and another organization get 404 and no text', async () => {
    for (const who of ['coordinator', 'admin', 'third', 'outsider'] as const) {
      const res = await listAs(who);
      assert.equal(res.status, 404, who);
      assert.ok(!JSON.stringify(res.body).includes(secret), `${who}: the private text is absent`);
      assert.ok(!JSON.stringify(res.body).includes('Asked questions'), `${who}: shared entries are the pair’s too`);
      assert.equal((await pair.as(who)('PATCH', `${pair.base}/learning-log/${privateId}`, { shared: true })).status, 404, who);
    }
  });

  test('editing or deleting someone else’s entry is refused: their private one does not exist for you', async () => {
    const hidden = await pair.as('mentor')('PATCH', `${pair.base}/learning-log/${privateId}`, { learned: 'overwritten' });
    assert.equal(hidden.status, 404);
    assert.ok(!JSON.stringify(hidden.body).includes(secret));
    assert.equal((await pair.as('mentor')('DELETE', `${pair.base}/learning-log/${privateId}`)).status, 404);
    const shared = await pair.as('mentee')('PATCH', `${pair.base}/learning-log/${sharedId}`, { shared: false });
    assert.equal(shared.status, 403);
    assert.equal(errorOf(shared).code, 'not_entry_author');
    assert.equal((await pair.as('mentee')('DELETE', `${pair.base}/learning-log/${sharedId}`)).status, 403);
    const mentee = withSchema(await listAs('mentee'), LearningLogPageSchema);
    assert.equal(
      mentee.body.items.find((e: { id: string }) => e.id === privateId)?.learned,
      'Prepare the three numbers they always ask for',
    );
    assert.equal(mentee.body.items.find((e: { id: string }) => e.id === sharedId)?.shared, true);
  });

  test('the author shares, edits and makes private again; the partner sees exactly that', async () => {
    const shared = withSchema(
      await pair.as('mentee')('PATCH', `${pair.base}/learning-log/${privateId}`, {
        shared: true,
        learned: 'Bring the three numbers',
      }),
      LearningLogEntrySchema,
    );
    assert.equal(shared.status, 200);
    assert.equal(shared.body.shared, true);
    assert.equal(shared.body.happened, secret, 'fields not sent stay');
    assert.ok(JSON.stringify((await listAs('mentor')).body).includes(secret));
    assert.ok(!JSON.stringify((await listAs('coordinator')).body).includes(secret), 'shared means the partner, never the coordinator');
    await pair.as('mentee')('PATCH', `${pair.base}/learning-log/${privateId}`, { shared: false });
    assert.ok(!JSON.stringify((await listAs('mentor')).body).includes(secret));
  });

  test('bad input names the field and writes nothing', async () => {
    for (const [method, path, body, field] of [
      ['POST', '/learning-log', { tried: '  ' }, 'tried'],
      ['POST', '/learning-log', { tried: 'ok', learned: 'x'.repeat(4001) }, 'learned'],
      ['POST', '/learning-log', { tried: 'ok', shared: 'yes' }, 'shared'],
      ['PATCH', `/learning-log/${privateId}`, { tried: '' }, 'tried'],
    ] as const) {
      const res = await pair.as('mentee')(method, `${pair.base}${path}`, body);
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.ok(
        fieldIssuesOf(res).some((d: { field: string }) => d.field === field),
        `${field} in ${JSON.stringify(res.body)}`,
      );
    }
    assert.equal(withSchema(await listAs('mentee'), LearningLogPageSchema).body.items.length, 2);
  });

  test('the author deletes their entry', async () => {
    assert.equal((await pair.as('mentor')('DELETE', `${pair.base}/learning-log/${sharedId}`)).status, 204);
    assert.deepEqual(withSchema(await listAs('mentor'), LearningLogPageSchema).body.items, []);
    assert.equal((await pair.as('mentor')('DELETE', `${pair.base}/learning-log/${sharedId}`)).status, 404);
  });

  test('a closed relationship keeps its log readable and refuses changes', async () => {
    await closeRelationshipForTest(t, pair.organizationId, pair.relationshipId);
    assert.equal(errorOf(await pair.as('mentee')('POST', `${pair.base}/learning-log`, { tried: 'late' })).code, 'relationship_closed');
    assert.equal((await pair.as('mentee')('PATCH', `${pair.base}/learning-log/${privateId}`, { shared: true })).status, 409);
    assert.equal((await pair.as('mentee')('DELETE', `${pair.base}/learning-log/${privateId}`)).status, 409);
    assert.equal(withSchema(await listAs('mentee'), LearningLogPageSchema).body.items.length, 1);
  });
});
