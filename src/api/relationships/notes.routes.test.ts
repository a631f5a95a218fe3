import { RelationshipDetailSchema, NoteCommentSchema, NoteSchema, NotePageSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { meetings } from '../../db/schema/index.ts';
import { call, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const secret = 'PRIVATE-mentee-worry-7f3a';

describe('relationship notes', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let notesPath: string;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string, body?: unknown) =>
    call(t.app, method, path, body, { cookie: s.cookies[who] });

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    notesPath = `/api/v1/relationships/${s.relationshipId}/notes`;
  });
  after(() => t.handle.close());

  test('a private note is its author’s alone: never in the partner’s, a coordinator’s or an admin’s bodies', async () => {
    const written = withSchema(await as('mentee', 'POST', notesPath, { visibility: 'private', body: secret }), NoteSchema);
    assert.equal(written.status, 201, JSON.stringify(written.body));
    assert.equal(written.body.visibility, 'private');
    assert.equal(written.body.mine, true);
    const mine = withSchema(await as('mentee', 'GET', notesPath), NotePageSchema);
    assert.equal(mine.body.items.length, 1);
    assert.equal(mine.body.items[0]?.body, secret);

    const partner = withSchema(await as('mentor', 'GET', notesPath), NotePageSchema);
    assert.equal(partner.status, 200);
    assert.deepEqual(partner.body.items, []);
    assert.ok(!JSON.stringify(partner.body).includes(secret));
    for (const who of ['coordinator', 'admin', 'third', 'outsider'] as const) {
      const response = await as(who, 'GET', notesPath);
      assert.equal(response.status, 404, who);
      assert.ok(!JSON.stringify(response.body).includes(secret), who);
    }
    for (const path of [
      `/api/v1/relationships/${s.relationshipId}`,
      `/api/v1/relationships/${s.relationshipId}/stage-history`,
      `/api/v1/relationships/${s.relationshipId}/signals`,
      `/api/v1/relationships/${s.relationshipId}/closure`,
      `/api/v1/programs/${s.program.id}/relationship-overview`,
    ]) {
      const response = await as('coordinator', 'GET', path);
      assert.equal(response.status, 200, path);
      assert.ok(!JSON.stringify(response.body).includes(secret), path);
    }
    const noteId = written.body.id;
    assert.equal((await as('mentor', 'PATCH', `${notesPath}/${noteId}`, { body: 'hijack' })).status, 404);
    assert.equal((await as('mentor', 'DELETE', `${notesPath}/${noteId}`)).status, 404);
    assert.equal((await as('mentor', 'POST', `${notesPath}/${noteId}/comments`, { body: 'peek' })).status, 404);
    assert.equal(errorOf(await as('mentee', 'POST', `${notesPath}/${noteId}/comments`, { body: 'self' })).code, 'private_note_no_comments');
  });

  test('a shared note: both see it, both comment, each is a touch point; only the author edits', async () => {
    const before = withSchema(await as('mentor', 'GET', `/api/v1/relationships/${s.relationshipId}`), RelationshipDetailSchema).body
      .lastTouchAt;
    assert.equal(before, null);
    const shared = withSchema(
      await as('mentor', 'POST', notesPath, { visibility: 'shared', body: 'Read chapter 3 before we meet' }),
      NoteSchema,
    );
    assert.equal(shared.status, 201);
    const touched = withSchema(await as('mentee', 'GET', `/api/v1/relationships/${s.relationshipId}`), RelationshipDetailSchema).body
      .lastTouchAt;
    assert.ok(touched);
    const seen = withSchema(await as('mentee', 'GET', notesPath), NotePageSchema);
    const note = seen.body.items.find((n: { id: string }) => n.id === shared.body.id);
    assert.equal(note?.mine, false);
    assert.equal(note?.author.id, s.mentor.id);
    const comment = withSchema(
      await as('mentee', 'POST', `${notesPath}/${shared.body.id}/comments`, { body: 'Done, great chapter' }),
      NoteCommentSchema,
    );
    assert.equal(comment.status, 201);
    assert.equal(comment.body.author.id, s.mentee.id);
    const listed = withSchema(await as('mentor', 'GET', notesPath), NotePageSchema);
    assert.deepEqual(
      listed.body.items.find((n: { id: string }) => n.id === shared.body.id)?.comments.map((c: { body: string }) => c.body),
      ['Done, great chapter'],
    );
    assert.ok(!JSON.stringify(listed.body).includes(secret), 'the mentee’s private note stays out of the mentor’s list');

    assert.equal((await as('mentee', 'PATCH', `${notesPath}/${shared.body.id}`, { body: 'changed by partner' })).status, 403);
    const edited = withSchema(await as('mentor', 'PATCH', `${notesPath}/${shared.body.id}`, { body: 'Read chapters 3 and 4' }), NoteSchema);
    assert.equal(edited.status, 200);
    assert.equal(edited.body.body, 'Read chapters 3 and 4');
    const refused = await as('mentor', 'DELETE', `${notesPath}/${shared.body.id}`);
    assert.equal(refused.status, 409);
    assert.equal(errorOf(refused).code, 'note_has_partner_comments');
  });

  test('the author deletes a note; bad input names the field and writes nothing', async () => {
    const own = withSchema(await as('mentor', 'POST', notesPath, { visibility: 'private', body: 'to delete' }), NoteSchema);
    assert.equal((await as('mentor', 'DELETE', `${notesPath}/${own.body.id}`)).status, 204);
    assert.ok(
      !withSchema(await as('mentor', 'GET', notesPath), NotePageSchema).body.items.some((n: { id: string }) => n.id === own.body.id),
    );

    const count = withSchema(await as('mentor', 'GET', notesPath), NotePageSchema).body.items.length;
    const cases: Array<[unknown, string]> = [
      [{ visibility: 'shared', body: '   ' }, 'body'],
      [{ visibility: 'public', body: 'x' }, 'visibility'],
      [{ visibility: 'shared', body: 'x'.repeat(10_001) }, 'body'],
      [{ visibility: 'shared', body: 'x', meetingId: 'nope' }, 'meetingId'],
      [{ visibility: 'shared', body: 'x', meetingId: crypto.randomUUID() }, 'meetingId'],
    ];
    for (const [body, field] of cases) {
      const response = await as('mentor', 'POST', notesPath, body);
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.ok(
        fieldIssuesOf(response).some((d: { field: string }) => d.field === field),
        JSON.stringify(response.body),
      );
    }
    assert.equal(withSchema(await as('mentor', 'GET', notesPath), NotePageSchema).body.items.length, count);
  });

  test('a note can point at one of the pair’s meetings', async () => {
    const [meeting] = await t.ctx.db
      .insert(meetings)
      .values({
        organizationId: s.organizationId,
        relationshipId: s.relationshipId,
        proposedById: s.mentor.id,
        startsAt: new Date(),
        durationMinutes: 30,
        timeZone: 'UTC',
        channel: 'video',
      })
      .returning({ id: meetings.id });
    const linked = withSchema(
      await as('mentee', 'POST', notesPath, { visibility: 'shared', body: 'Agreed next steps', meetingId: meeting?.id }),
      NoteSchema,
    );
    assert.equal(linked.status, 201, JSON.stringify(linked.body));
    assert.equal(linked.body.meetingId, meeting?.id);
  });
});
