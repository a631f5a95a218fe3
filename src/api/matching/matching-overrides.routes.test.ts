import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { MatchingOverridePageSchema, type MatchingOverrideSchema } from '../../../shared/schemas/index.ts';
import { listMatchingOverrides } from '../../db/repositories/matching-override.repository.ts';
import { call, fieldIssuesOf, signInAs, type ApiResponse } from '../../testing/http-client.ts';
import { type LargeOrganization, seedLargeOrganization } from '../../testing/large-organization.ts';
import { countRowsRead } from '../../testing/rows-read.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

type Override = z.infer<typeof MatchingOverrideSchema>;
type OverridePage = z.infer<typeof MatchingOverridePageSchema>;

const kindOrder = { lock: 0, forbid: 1, exclude: 2 } as const;

describe('a program’s matching overrides, paged', { timeout: 120_000 }, () => {
  let t: TestApp;
  let large: LargeOrganization;
  let cookie: string;
  /** Every override of the program, by id, with its kind and when it was made. */
  let seeded: Map<string, { kind: Override['kind']; createdAt: string }>;
  /** A mentee who is in a lock, in a forbid and left out. */
  let busy: { id: string; name: string };

  const fields = (response: ApiResponse): string[] => fieldIssuesOf(response).map((issue) => issue.field);
  const path = () => `/api/v1/programs/${large.programId}/matching/overrides`;
  const overrides = (query: string): Promise<ApiResponse<OverridePage>> =>
    call(t.app, 'GET', `${path()}${query}`, undefined, { schema: MatchingOverridePageSchema, cookie });
  const refused = (query: string): Promise<ApiResponse> => call(t.app, 'GET', `${path()}${query}`, undefined, { cookie });

  /** Every page of a query, followed to its end. */
  async function everyPage(query: string, limit: number): Promise<Override[]> {
    const seen: Override[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 500 && (seen.length === 0 || cursor !== null); guard++) {
      const page = await overrides(`?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.ok(page.body.items.length <= limit);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      if (page.body.items.length === 0) break;
    }
    assert.equal(cursor, null, 'the list ends');
    return seen;
  }

  before(async () => {
    t = await openTestApp();
    large = await seedLargeOrganization(t.handle.db, { people: 700, mentees: 600, mentors: 90, mentorCapacity: 4, applications: 0 });
    cookie = await signInAs(t.app, large.coordinator.email, large.password);
    // 600 locks, 300 forbids and 120 people left out; many share a creation time, so the id decides.
    await t.handle.db.execute(sql`
      with enrolled as (select person_id, role, row_number() over (partition by role order by person_id) as n
                        from enrolments where program_id = ${large.programId}),
           mentees as (select * from enrolled where role = 'mentee'), mentors as (select * from enrolled where role = 'mentor')
      insert into matching_overrides (organization_id, program_id, kind, mentee_id, mentor_id, person_id, created_by_id, created_at)
      select ${large.organizationId}::uuid, ${large.programId}::uuid, 'lock', e.person_id, o.person_id, null::uuid, ${large.coordinator.id}::uuid,
             timestamptz '2026-11-01 09:00:00.123456+00' + (e.n / 7) * interval '1 second'
        from mentees e join mentors o on o.n = e.n % 90 + 1
      union all
      select ${large.organizationId}::uuid, ${large.programId}::uuid, 'forbid', e.person_id, o.person_id, null, ${large.coordinator.id}::uuid,
             timestamptz '2026-11-02 09:00:00+00' + (e.n / 5) * interval '1 millisecond'
        from mentees e join mentors o on o.n = (e.n + 1) % 90 + 1 where e.n % 2 = 0
      union all
      select ${large.organizationId}::uuid, ${large.programId}::uuid, 'exclude', null::uuid, null::uuid, e.person_id, ${large.coordinator.id}::uuid,
             timestamptz '2026-11-03 09:00:00+00'
        from mentees e where e.n % 5 = 0`);
    const rows = (await t.handle.db.execute(sql`
      select id, kind, created_at::text as "createdAt" from matching_overrides where program_id = ${large.programId}`)) as unknown as {
      rows: Array<{ id: string; kind: Override['kind']; createdAt: string }>;
    };
    seeded = new Map(rows.rows.map((r) => [r.id, { kind: r.kind, createdAt: r.createdAt }]));
    assert.equal(seeded.size, 600 + 300 + 120);
    const named = (await t.handle.db.execute(sql`
      select p.id, p.display_name as name from matching_overrides o join people p on p.id = o.person_id
      where o.program_id = ${large.programId} and o.kind = 'exclude' and p.id in (
        select mentee_id from matching_overrides where program_id = ${large.programId} and kind = 'forbid')
      order by p.id limit 1`)) as unknown as { rows: Array<{ id: string; name: string }> };
    const first = named.rows[0];
    assert.ok(first, 'a mentee locked, forbidden and left out');
    busy = first;
  });
  after(() => t.handle.close());

  test('paging gives every override exactly once: locks, forbidden pairs, people left out, newest first in each', async () => {
    const seen = await everyPage('', 37);
    const ids = seen.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length, 'no override twice');
    assert.deepEqual([...ids].sort(), [...seeded.keys()].sort(), 'every override');
    const keys = seen.map((o) => {
      const row = seeded.get(o.id);
      assert.ok(row);
      return { kind: kindOrder[o.kind], at: new Date(row.createdAt).getTime(), createdAt: row.createdAt, id: o.id };
    });
    for (const [i, key] of keys.entries()) {
      const before = keys[i - 1];
      if (!before) continue;
      const inOrder =
        before.kind < key.kind ||
        (before.kind === key.kind && (before.createdAt > key.createdAt || (before.createdAt === key.createdAt && before.id > key.id)));
      assert.ok(inOrder, `row ${i} follows its predecessor: ${JSON.stringify(before)} then ${JSON.stringify(key)}`);
    }
    assert.ok(
      seen.every((o) => !o.description.includes('someone')),
      'everyone is named',
    );
    const lock = seen.find((o) => o.kind === 'lock');
    assert.match(lock?.description ?? '', / is always paired with /);
  });

  test('kind, personId and q narrow the list', async () => {
    const forbids = await everyPage('&kind=forbid', 500);
    assert.equal(forbids.length, 300);
    assert.ok(forbids.every((o) => o.kind === 'forbid' && o.personId === null && o.menteeId && o.mentorId));
    const excludes = await overrides('?kind=exclude&limit=500');
    assert.equal(excludes.body.items.length, 120);
    assert.equal(excludes.body.nextCursor, null);
    assert.ok(excludes.body.items.every((o) => o.kind === 'exclude' && o.personId !== null));

    const theirs = await overrides(`?personId=${busy.id}`);
    assert.deepEqual(
      theirs.body.items.map((o) => o.kind),
      ['lock', 'forbid', 'exclude'],
    );
    assert.ok(theirs.body.items.every((o) => [o.menteeId, o.personId].includes(busy.id)));
    const mentorId = theirs.body.items[0]?.mentorId;
    assert.ok(mentorId);
    const mentors = await everyPage(`&personId=${mentorId}`, 500);
    assert.ok(mentors.length > 1 && mentors.every((o) => o.mentorId === mentorId), 'a mentor is found on the mentor side');

    const searched = await everyPage(`&q=${encodeURIComponent(busy.name)}`, 500);
    assert.ok(searched.length >= 3, `q finds the overrides naming ${busy.name}`);
    assert.ok(searched.length < seeded.size);
    assert.ok(searched.every((o) => o.description.toLowerCase().includes(busy.name.toLowerCase())));
    const lockedOnly = await overrides(`?kind=lock&personId=${busy.id}`);
    assert.deepEqual(
      lockedOnly.body.items.map((o) => o.kind),
      ['lock'],
    );
  });

  test('a limit over 500, a cursor not given by this list and unknown filters are refused, naming the field', async () => {
    const tooMany = await refused('?limit=501');
    assert.equal(tooMany.status, 422);
    assert.deepEqual(fields(tooMany), ['limit']);
    const first = await overrides('?limit=5');
    const other = await overrides('?kind=forbid&limit=5');
    assert.ok(first.body.nextCursor && other.body.nextCursor);
    for (const cursor of [
      'bad',
      'no!',
      Buffer.from('["preference-stater","x","y"]').toString('base64url'),
      Buffer.from('["override-kind","lock"]').toString('base64url'),
      Buffer.from('["override-kind",{"a":1},"x","y"]').toString('base64url'),
    ]) {
      const answer = await refused(`?cursor=${encodeURIComponent(cursor)}`);
      assert.equal(answer.status, 422, `cursor ${cursor}: ${JSON.stringify(answer.body)}`);
      assert.deepEqual(fields(answer), ['cursor']);
    }
    assert.deepEqual(fields(await refused('?kind=veto')), ['kind']);
    assert.deepEqual(fields(await refused('?personId=ana')), ['personId']);
    assert.deepEqual(fields(await refused('?limit=0')), ['limit']);
    // A cursor of the unfiltered list still pages a filtered one: the order is the same.
    assert.equal((await overrides(`?kind=exclude&cursor=${first.body.nextCursor}`)).status, 200);
  });

  test('overrides added while a coordinator pages never make one come twice or go missing', async () => {
    const firstPage = await overrides('?limit=200');
    const person = (await t.handle.db.execute(sql`
      select person_id as id from enrolments where program_id = ${large.programId} and role = 'mentee'
      order by person_id desc limit 1`)) as unknown as { rows: Array<{ id: string }> };
    const added = await call(t.app, 'POST', path(), { kind: 'exclude', personId: person.rows[0]?.id }, { cookie });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const seen = [...firstPage.body.items];
    let cursor = firstPage.body.nextCursor;
    while (cursor !== null) {
      const page = await overrides(`?limit=200&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const ids = seen.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length, 'no override twice');
    for (const id of seeded.keys()) assert.ok(ids.includes(id), `override ${id} is listed`);
    const removed = await call(t.app, 'DELETE', `${path()}/${(added.body as { id: string }).id}`, undefined, { cookie });
    assert.equal(removed.status, 204);
    const excludes = await overrides('?kind=exclude&limit=500');
    assert.equal(excludes.body.items.length, 120, 'the new one is gone again');
  });

  test('a page costs what it returns, not the program: rows read stay near the page size', async (context) => {
    for (const query of ['?limit=10', '?limit=10&kind=exclude', `?limit=10&personId=${busy.id}`]) {
      const { result, rows } = await countRowsRead(t.handle.db, () => call(t.app, 'GET', `${path()}${query}`, undefined, { cookie }));
      assert.equal(result.status, 200, query);
      context.diagnostic(`${query}: ${rows} rows read`);
      // The page (11 rows), the names of at most 20 people, the session and the program: far below
      // the 1,020 overrides the whole-program answer returned.
      assert.ok(rows < 100, `${query} read ${rows} rows for a page of 10 among 1,020 overrides`);
    }
    const control = await countRowsRead(t.handle.db, () => listMatchingOverrides(t.handle.db, large.organizationId, large.programId));
    assert.ok(control.rows >= 1020, `the count sees the rows a query reads: ${control.rows} for every override`);
  });
});
