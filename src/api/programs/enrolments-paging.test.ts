import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EnrolmentPageSchema } from '../../../shared/schemas/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /programs/{programId}/enrolments: the roster, paged by name', () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;
  let programId: string;
  const enrolled: Array<[Person, 'mentor' | 'mentee']> = [];

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator', name: 'Cora Ordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
    const names = ['ann Berg', 'Ann Berg', 'Bo Chen', 'Cy Dale', 'Di Eno', 'Ed Fox', 'Flo Gale', 'Gus Hale', 'Hal Ivy', 'Ida Jay'];
    for (const [i, name] of names.entries()) {
      const person = await makePerson(t.ctx, org.id, { name, department: i < 5 ? 'Sales' : 'Legal' });
      enrolled.push([person, i % 3 === 0 ? 'mentor' : 'mentee']);
    }
    const both = enrolled[2]?.[0];
    assert.ok(both);
    const program = await makeProgram(t.ctx, coordinator, [...enrolled, [both, 'mentor']]);
    programId = program.id;
  });
  after(() => t.handle.close());

  const page = (query: string) =>
    call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments${query}`, undefined, { schema: EnrolmentPageSchema, cookie });

  test('every enrolment once, in name order, while people are enrolled between pages', async () => {
    const all = (await page('?limit=500')).body.items;
    assert.equal(all.length, enrolled.length + 2, 'the coordinator, the ten, and a second role');
    const seen: typeof all = [];
    let cursor: string | null = null;
    for (let n = 0; n < 50; n++) {
      const res = await page(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      assert.ok(res.body.items.length <= 3);
      seen.push(...res.body.items);
      const newcomer = await makePerson(t.ctx, org.id, { name: n % 2 === 0 ? 'Aaa First' : 'Zzz Last' });
      await call(t.app, 'POST', `/api/v1/programs/${programId}/enrolments`, { personId: newcomer.id, role: 'mentee' }, { cookie });
      cursor = res.body.nextCursor;
      if (cursor === null) break;
    }
    assert.equal(cursor, null, 'paging ended');
    const ids = seen.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no enrolment twice');
    for (const enrolment of all) assert.ok(ids.includes(enrolment.id), `${enrolment.person.displayName} was missed`);
    const names = seen.map((e) => e.person.displayName.toLowerCase());
    assert.deepEqual(
      names,
      [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  test('filters by role, department and name on the server', async () => {
    const mentors = (await page('?role=mentor&limit=500')).body.items;
    assert.ok(mentors.length === 5 && mentors.every((e) => e.role === 'mentor'));
    const legal = (await page('?department=legal&limit=500')).body.items;
    assert.deepEqual(
      legal.map((e) => e.person.displayName),
      ['Ed Fox', 'Flo Gale', 'Gus Hale', 'Hal Ivy', 'Ida Jay'],
    );
    const named = (await page('?q=BERG')).body.items;
    assert.deepEqual(
      named.map((e) => e.person.displayName.toLowerCase()),
      ['ann berg', 'ann berg'],
    );
    const bad = await call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments?status=gone`, undefined, { cookie });
    assert.equal(bad.status, 422);
  });
});
