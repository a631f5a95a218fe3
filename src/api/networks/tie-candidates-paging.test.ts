import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TieCandidatePageSchema } from '../../../shared/schemas/index.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /me/network/people, a page at a time', () => {
  let t: TestApp;
  let cookie: string;
  let searcherId: string;
  let organizationId: string;
  const colleagues: string[] = [];

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx, 'Colleagues Inc')).id;
    const searcher = await makePerson(t.ctx, organizationId, { name: 'Colleague Searcher' });
    searcherId = searcher.id;
    cookie = await signInAs(t.app, searcher.email, testPassword);
    for (let i = 0; i < 7; i++) colleagues.push((await makePerson(t.ctx, organizationId, { name: `Colleague ${i}` })).id);
  });
  after(() => t.handle.close());

  test('every matching colleague once, by name, never the searcher, while people join between pages', async () => {
    let joined = 0;
    const seen = await pageThrough(t.app, '/api/v1/me/network/people?q=colleague', cookie, TieCandidatePageSchema, 3, async () => {
      await makePerson(t.ctx, organizationId, { name: `Colleague late ${joined++}` });
    });
    assertEveryRowOnce(seen, colleagues, 'colleagues');
    assert.ok(!seen.includes(searcherId));
    const first = await call(t.app, 'GET', '/api/v1/me/network/people?q=colleague&limit=4', undefined, {
      schema: TieCandidatePageSchema,
      cookie,
    });
    assert.deepEqual(
      first.body.items.map((person) => person.displayName),
      ['Colleague 0', 'Colleague 1', 'Colleague 2', 'Colleague 3'],
    );
    assert.notEqual(first.body.nextCursor, null);
  });

  test('q of one letter, a bad limit or cursor is a 422 naming it', async () => {
    for (const [query, field] of [
      ['q=c', 'q'],
      ['q=colleague&limit=501', 'limit'],
      ['q=colleague&cursor=WyJ4Il0', 'cursor'],
    ] as const) {
      const response = await call(t.app, 'GET', `/api/v1/me/network/people?${query}`, undefined, { cookie });
      assert.equal(response.status, 422, query);
      assert.equal(fieldIssuesOf(response)[0]?.field, field, query);
    }
  });
});
