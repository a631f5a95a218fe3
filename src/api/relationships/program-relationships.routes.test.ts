import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { ProgramRelationshipPageSchema, RelationshipOverviewSchema } from '../../../shared/schemas/index.ts';
import { relationships } from '../../db/schema/index.ts';
import type { Person } from '../../domain/person.ts';
import { startRelationships } from '../../services/relationships/start-relationships.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const day = 86_400_000;

describe('a program’s relationships, a page at a time', { timeout: 120_000 }, () => {
  let t: TestApp;
  let coordinator: Person;
  let mentors: Person[];
  let mentees: Person[];
  let programId: string;
  let ids: string[];
  let coordinatorCookie: string;
  let menteeCookie: string;
  let path: string;

  const start = async (pairs: Array<[Person, Person]>) =>
    startRelationships(
      t.ctx.db,
      coordinator.organizationId,
      pairs.map(([mentor, mentee]) => ({
        programId,
        mentorId: mentor.id,
        menteeId: mentee.id,
        source: 'manual' as const,
        matchingRunId: null,
        createdById: coordinator.id,
      })),
    );
  const listAs = (cookie: string, query: string) =>
    call(t.app, 'GET', `${path}?${query}`, undefined, { schema: ProgramRelationshipPageSchema, cookie });

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    mentors = await Promise.all(['Zoe Mentor', 'adam Mentor', 'Maya Mentor'].map((name) => makePerson(t.ctx, org.id, { name })));
    mentees = await Promise.all(
      Array.from({ length: 11 }, (_, i) => makePerson(t.ctx, org.id, { name: `Mentee ${String(i).padStart(2, '0')}` })),
    );
    const program = await makeProgram(t.ctx, coordinator, [
      [mentors[0] as Person, 'mentor'],
      [mentees[0] as Person, 'mentee'],
    ]);
    programId = program.id;
    path = `/api/v1/programs/${programId}/relationships`;
    ids = await start(mentees.map((mentee, i) => [mentors[i % 3] as Person, mentee]));
    // Spread the starts and touch points: the i-th relationship started i*7 days ago, the even ones touched i days ago.
    for (const [i, id] of ids.entries())
      await t.ctx.db
        .update(relationships)
        .set({ startedAt: new Date(Date.now() - i * 7 * day), lastTouchAt: i % 2 === 0 ? new Date(Date.now() - i * day) : null })
        .where(eq(relationships.id, id));
    await t.ctx.db
      .update(relationships)
      .set({ stage: 'building' })
      .where(inArray(relationships.id, ids.slice(0, 3)));
    await t.ctx.db
      .update(relationships)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(relationships.id, ids[10] as string));
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
    menteeCookie = await signInAs(t.app, (mentees[0] as Person).email, testPassword);
  });
  after(() => t.handle.close());

  for (const sort of ['name', 'last_touch', 'started'] as const) {
    test(`sorted by ${sort}: every relationship once across pages, while relationships are started`, async () => {
      const more = mentees.slice(0, 3);
      const seen = await pageThrough(t.app, `${path}?sort=${sort}`, coordinatorCookie, ProgramRelationshipPageSchema, 3, async () => {
        await start([[mentors[1] as Person, more.pop() ?? (mentees[5] as Person)]]);
      });
      assertEveryRowOnce(seen, ids, sort);
    });
  }

  test('the orders: names, longest untouched first, newest first', async () => {
    const all = (await listAs(coordinatorCookie, 'limit=500')).body.items;
    const names = all.map((r) => `${r.mentor.name.toLowerCase()}|${r.mentee.name.toLowerCase()}`);
    assert.deepEqual(names, [...names].sort(), 'by mentor, then mentee, case ignored');
    assert.equal(all[0]?.mentor.name, 'adam Mentor');
    const byTouch = (await listAs(coordinatorCookie, 'limit=500&sort=last_touch')).body.items;
    const touched = byTouch.map((r) => new Date(r.lastTouchAt ?? r.startedAt).getTime());
    assert.deepEqual(
      touched,
      [...touched].sort((a, b) => a - b),
    );
    const started = (await listAs(coordinatorCookie, 'limit=500&sort=started')).body.items.map((r) => Date.parse(r.startedAt));
    assert.deepEqual(
      started,
      [...started].sort((a, b) => b - a),
    );
  });

  test('filters: stage, status, risk, last touch point, mentor and names', async () => {
    const only = async (query: string) => (await listAs(coordinatorCookie, `limit=500&${query}`)).body.items;
    const original = new Set(ids);
    const mine = (rows: Array<{ id: string }>) =>
      rows
        .filter((r) => original.has(r.id))
        .map((r) => r.id)
        .sort();
    assert.deepEqual(mine(await only('stage=building')), ids.slice(0, 3).sort());
    assert.deepEqual(mine(await only('status=closed')), [ids[10]]);
    // At risk: active, and no touch point (or start) for 30 days: i = 5, 7, 9 (never touched, started 35+ days ago).
    const atRisk = await only('risk=at_risk');
    assert.deepEqual(mine(atRisk), [ids[5], ids[7], ids[9]].sort());
    assert.ok(atRisk.every((r) => r.atRisk && r.suggestions.some((s) => s.kind === 'at_risk')));
    const onTrack = await only('risk=on_track');
    assert.ok(onTrack.every((r) => !r.atRisk && r.status === 'active') && onTrack.length > 0);
    // Untouched for 20 days or more: i = 3 (21 days), 5, 7, 9; i = 10 is closed but still counts here.
    assert.deepEqual(mine(await only('lastTouchBefore=20&status=active')), [ids[3], ids[5], ids[7], ids[9]].sort());
    const ofAdam = await only(`mentorId=${mentors[1]?.id}`);
    assert.ok(ofAdam.length >= 3 && ofAdam.every((r) => r.mentor.name === 'adam Mentor'));
    assert.deepEqual(
      (await only('q=ENTEE 07')).map((r) => r.mentee.name),
      ['Mentee 07'],
      'q matches a name anywhere, case ignored',
    );
    assert.equal(
      (await only('q=zoe')).every((r) => r.mentor.name === 'Zoe Mentor'),
      true,
    );
    assert.equal((await only('q=%25')).length, 0, 'a % is a character, not a wildcard');
  });

  test('a participant sees only their own relationships', async () => {
    const { body } = await listAs(menteeCookie, 'limit=500');
    const own = await t.ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(eq(relationships.menteeId, (mentees[0] as Person).id));
    assert.ok(own.length >= 1);
    assert.deepEqual(body.items.map((r) => r.id).sort(), own.map((r) => r.id).sort());
  });

  test('a bad cursor, a cursor of another order, and a bad filter are 422 naming the field', async () => {
    const first = await listAs(coordinatorCookie, 'limit=2&sort=started');
    assert.ok(first.body.nextCursor);
    for (const [query, field] of [
      ['cursor=not-a-cursor', 'cursor'],
      [`sort=name&cursor=${first.body.nextCursor}`, 'cursor'],
      ['stage=finished', 'stage'],
      ['risk=maybe', 'risk'],
      ['lastTouchBefore=-1', 'lastTouchBefore'],
      ['mentorId=nobody', 'mentorId'],
      ['limit=501', 'limit'],
    ] as const) {
      const response = await call(t.app, 'GET', `${path}?${query}`, undefined, { cookie: coordinatorCookie });
      assert.equal(response.status, 422, query);
      assert.equal(fieldIssuesOf(response)[0]?.field, field, query);
    }
  });

  test('the overview counts them for coordinators', async () => {
    const { body } = await call(t.app, 'GET', `/api/v1/programs/${programId}/relationship-overview`, undefined, {
      schema: RelationshipOverviewSchema,
      cookie: coordinatorCookie,
    });
    const total = (await listAs(coordinatorCookie, 'limit=500')).body.items.length;
    assert.equal(body.counts.total, total);
    assert.equal(body.counts.closed, 1);
    assert.equal(body.counts.active, total - 1);
    assert.equal(body.counts.atRisk, 3);
    assert.equal(body.counts.byStage.building, 3);
    assert.equal(body.counts.byStage.creating, total - 4);
  });
});
