import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { PeoplePageSchema } from '../../../shared/schemas/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /people: the directory, paged by name', () => {
  let t: TestApp;
  let org: Organization;
  let admin: Person;
  let cookie: string;
  const names = ['bea Lund', 'Bea Lund', 'Carl Ode', 'amir Haddad', 'Zoe Quist', 'Dana Ruiz', 'Eli Sand'];

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    admin = await makePerson(t.ctx, org.id, { role: 'admin', name: 'Adele Admin' });
    cookie = await signInAs(t.app, admin.email, testPassword);
    for (const [i, name] of names.entries()) await makePerson(t.ctx, org.id, { name, department: i % 2 === 0 ? 'Finance' : 'Legal' });
    // Another organization's people never show.
    const other = await makeOrganization(t.ctx);
    await makePerson(t.ctx, other.id, { name: 'Aaron Outsider' });
  });
  after(() => t.handle.close());

  const page = (query: string) => call(t.app, 'GET', `/api/v1/people${query}`, undefined, { schema: PeoplePageSchema, cookie });

  async function pageThroughPeople(query: string, limit: number, between?: (n: number) => Promise<void>) {
    const seen: Array<{ id: string; displayName: string }> = [];
    let cursor: string | null = null;
    for (let n = 0; n < 100; n++) {
      const res = await page(`?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      assert.ok(res.body.items.length <= limit);
      seen.push(...res.body.items);
      if (between) await between(n);
      if (res.body.nextCursor === null) return seen;
      cursor = res.body.nextCursor;
    }
    throw new Error('paging did not end');
  }

  test('pages by name, case aside, each person once, none missed, while people are added', async () => {
    const before = await pageThroughPeople('', 100);
    const inserted: string[] = [];
    const seen = await pageThroughPeople('', 2, async (n) => {
      const added = await makePerson(t.ctx, org.id, { name: n % 2 === 0 ? 'Aardvark Early' : 'Zz Late' });
      inserted.push(added.id);
    });
    const ids = seen.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, 'nobody twice');
    for (const person of before) assert.ok(ids.includes(person.id), `${person.displayName} was missed`);
    const keys = seen.map((p) => p.displayName.toLowerCase());
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      'in name order',
    );
    assert.ok(!seen.some((p) => p.displayName === 'Aaron Outsider'));
    assert.ok(inserted.length > 0);
  });

  test('searches and filters on the server', async () => {
    const found = await page('?q=lund');
    assert.deepEqual(found.body.items.map((p) => p.displayName).sort(), ['Bea Lund', 'bea Lund']);
    const finance = await page('?department=FINANCE&limit=500');
    assert.ok(finance.body.items.length >= 4 && finance.body.items.every((p) => p.department === 'Finance'));
    const admins = await page('?organizationRole=admin');
    assert.deepEqual(
      admins.body.items.map((p) => p.id),
      [admin.id],
    );
    await t.handle.db.execute(sql`update people set status = 'disabled' where organization_id = ${org.id} and display_name = 'Carl Ode'`);
    const disabled = await page('?status=disabled');
    assert.deepEqual(
      disabled.body.items.map((p) => [p.displayName, p.status]),
      [['Carl Ode', 'disabled']],
    );
    const literal = await page('?q=%25');
    assert.equal(literal.body.items.length, 0, 'a % is searched for, not a wildcard');
  });

  test('bad paging input is a 422 naming the field', async () => {
    const badCursor = await call(t.app, 'GET', '/api/v1/people?cursor=bm90LWEtY3Vyc29y', undefined, { cookie });
    assert.equal(badCursor.status, 422);
    assert.equal(fieldIssuesOf(badCursor)[0]?.field, 'cursor');
    const badRole = await call(t.app, 'GET', '/api/v1/people?organizationRole=owner', undefined, { cookie });
    assert.equal(badRole.status, 422);
    assert.equal(fieldIssuesOf(badRole)[0]?.field, 'organizationRole');
  });
});
