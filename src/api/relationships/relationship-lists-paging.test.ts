import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CheckInPageSchema, LearningLogPageSchema, NotePageSchema } from '../../../shared/schemas/index.ts';
import { checkIns, learningLogEntries, notes } from '../../db/schema/index.ts';
import { call, fieldIssuesOf } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

/** The relationship's lists of what the pair wrote: notes, check-ins and the learning log, newest first, a page at a time. */
describe('a relationship’s notes, check-ins and learning log, paged', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let base: string;

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    base = `/api/v1/relationships/${s.relationshipId}`;
  });
  after(() => t.handle.close());

  // Rows of one insert share their created_at: the order falls back to the id, and the cursor must too.
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
  const lists = {
    notes: {
      schema: NotePageSchema,
      insert: (n: number, shared: boolean) =>
        t.ctx.db
          .insert(notes)
          .values(
            rows(n).map((i) => ({
              organizationId: s.organizationId,
              relationshipId: s.relationshipId,
              authorId: s.mentee.id,
              visibility: shared ? ('shared' as const) : ('private' as const),
              body: `note ${i}`,
            })),
          )
          .returning({ id: notes.id }),
    },
    'check-ins': {
      schema: CheckInPageSchema,
      insert: (n: number) =>
        t.ctx.db
          .insert(checkIns)
          .values(
            rows(n).map((i) => ({
              organizationId: s.organizationId,
              relationshipId: s.relationshipId,
              authorId: s.mentee.id,
              body: `hi ${i}`,
            })),
          )
          .returning({ id: checkIns.id }),
    },
    'learning-log': {
      schema: LearningLogPageSchema,
      insert: (n: number, shared: boolean) =>
        t.ctx.db
          .insert(learningLogEntries)
          .values(
            rows(n).map((i) => ({
              organizationId: s.organizationId,
              relationshipId: s.relationshipId,
              authorId: s.mentee.id,
              tried: `tried ${i}`,
              shared,
            })),
          )
          .returning({ id: learningLogEntries.id }),
    },
  } as const;

  for (const [name, list] of Object.entries(lists)) {
    test(`${name}: every row once across pages, newest first, while rows are written; a bad cursor is 422`, async () => {
      const shared = (await list.insert(12, true)).map((r) => r.id);
      const privateOnes = name === 'check-ins' ? [] : (await list.insert(3, false)).map((r) => r.id);
      const path = `${base}/${name}`;
      const seen = await pageThrough(t.app, path, s.cookies.mentee, list.schema, 5, async () => {
        await list.insert(1, true);
      });
      assertEveryRowOnce(seen, [...shared, ...privateOnes], name);
      const partner = await pageThrough(t.app, path, s.cookies.mentor, list.schema, 4);
      assertEveryRowOnce(partner, shared, `${name} (partner)`);
      assert.ok(!privateOnes.some((id) => partner.includes(id)), `${name}: the partner never gets a private row`);
      const all = await call(t.app, 'GET', `${path}?limit=500`, undefined, { schema: list.schema, cookie: s.cookies.mentee });
      const inOrder = all.body.items.map((r) => r.id).filter((id) => seen.includes(id));
      assert.deepEqual(seen, inOrder, `${name}: pages follow the list's own order`);
      const bad = await call(t.app, 'GET', `${path}?cursor=not-ours`, undefined, { cookie: s.cookies.mentee });
      assert.equal(bad.status, 422);
      assert.equal(fieldIssuesOf(bad)[0]?.field, 'cursor');
      assert.equal((await call(t.app, 'GET', `${path}?limit=0`, undefined, { cookie: s.cookies.mentee })).status, 422);
    });
  }
});
