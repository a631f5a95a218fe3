import {
  NoteSchema,
  PersonalDataSchema,
  AuditPageSchema,
  ErasureSummarySchema,
  NotePageSchema,
  PeoplePageSchema,
  PublishResultSchema,
  RelationshipDetailSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { makePerson, makeProgram } from '../../testing/factories.ts';
import { call, withSchema, errorOf } from '../../testing/http-client.ts';
import { runMatchingToEnd } from '../../testing/matching-runs.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

// Each secret is written by the mentor in a place that is theirs alone.
const secrets = {
  privateNote: 'MENTOR-PRIVATE-NOTE-91c2',
  learningLog: 'MENTOR-LOG-UNSHARED-4d7e',
  tieNote: 'MENTOR-TIE-NOTE-0b55',
  planNeed: 'MENTOR-PLAN-NEED-77aa',
  attribute: 'MENTOR-ATTRIBUTE-3e19',
};
const sharedWords = 'Shared by the mentor: read chapter 3';
const menteePrivate = 'MENTEE-OWN-PRIVATE-5a01';

/** Every row of every table, as text: what is left in the database, wherever it hides. */
async function wholeDatabaseText(t: TestApp): Promise<string> {
  const tables = (await t.handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: Array<{ table_name: string }> };
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = (await t.handle.db.execute(sql`select t::text as row from ${sql.identifier(table_name)} t`)) as unknown as {
      rows: Array<{ row: string }>;
    };
    parts.push(...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('privacy rights: download my data, erase a person', { timeout: 90_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let sharedNoteId: string;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string, body?: unknown) =>
    call(t.app, method, path, body, { cookie: s.cookies[who] });
  const rel = () => `/api/v1/relationships/${s.relationshipId}`;
  const rowsOf = async (query: ReturnType<typeof sql>) =>
    ((await t.handle.db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    const expect201 = (r: { status: number; body: unknown }) => assert.equal(r.status, 201, JSON.stringify(r.body));
    expect201(await as('mentor', 'POST', `${rel()}/notes`, { visibility: 'private', body: secrets.privateNote }));
    expect201(await as('mentee', 'POST', `${rel()}/notes`, { visibility: 'private', body: menteePrivate }));
    const shared = withSchema(await as('mentor', 'POST', `${rel()}/notes`, { visibility: 'shared', body: sharedWords }), NoteSchema);
    expect201(shared);
    sharedNoteId = shared.body.id;
    expect201(await as('mentee', 'POST', `${rel()}/notes/${sharedNoteId}/comments`, { body: 'Will do' }));
    expect201(await as('mentor', 'POST', `${rel()}/notes/${sharedNoteId}/comments`, { body: 'Great, see you then' }));
    expect201(await as('mentor', 'POST', `${rel()}/learning-log`, { tried: secrets.learningLog }));
    expect201(
      await as('mentor', 'POST', '/api/v1/me/network/ties', {
        name: 'Old Friend',
        insideOrganization: false,
        kind: 'peer',
        functions: [],
        closeness: 3,
        frequency: 'monthly',
        note: secrets.tieNote,
      }),
    );
    assert.equal(
      (await as('mentor', 'PUT', '/api/v1/me/development-plan', { needs: [{ text: secrets.planNeed }], sharedWithSupervisor: false }))
        .status,
      200,
    );
    assert.equal(
      (
        await as('mentor', 'PATCH', '/api/v1/me/profile', {
          identityAttributes: [{ label: 'Private', value: secrets.attribute, visibility: 'private' }],
          commonGroundConsent: true,
        })
      ).status,
      200,
    );
  });
  after(() => t.handle.close());

  test('a person downloads their data: their own private content and the pair’s shared content, nothing private of the partner', async () => {
    const response = withSchema(await as('mentee', 'GET', '/api/v1/me/data-export'), PersonalDataSchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = response.body;
    assert.equal(data.person?.id, s.mentee.id);
    assert.equal(data.person?.email, s.mentee.email);
    assert.equal(data.relationships.length, 1);
    const noteBodies = data.notes.map((n) => String(n.body)).sort();
    assert.deepEqual(noteBodies, [menteePrivate, sharedWords].sort());
    assert.equal(data.noteComments.length, 2);
    const text = JSON.stringify(data);
    for (const secret of Object.values(secrets)) assert.ok(!text.includes(secret), secret);
    assert.ok(!/passwordHash|password_hash|\$argon2/.test(text));

    const mentor = (await as('mentor', 'GET', '/api/v1/me/data-export')).body;
    const mentorText = JSON.stringify(mentor);
    for (const secret of Object.values(secrets)) assert.ok(mentorText.includes(secret), `the mentor’s own ${secret}`);
    assert.ok(!mentorText.includes(menteePrivate));

    const audited = withSchema(
      await as('admin', 'GET', `/api/v1/audit-log?action=personal_data_downloaded&actorId=${s.mentee.id}`),
      AuditPageSchema,
    );
    assert.equal(audited.body.items.length, 1);
    assert.equal((await call(t.app, 'GET', '/api/v1/me/data-export')).status, 401);
  });

  test('only an org admin of the same organization erases, never themselves', async () => {
    for (const who of ['coordinator', 'mentee', 'third'] as const) {
      const response = await as(who, 'DELETE', `/api/v1/people/${s.mentor.id}`);
      assert.equal(response.status, 403, who);
    }
    assert.equal((await as('outsider', 'DELETE', `/api/v1/people/${s.mentor.id}`)).status, 404);
    assert.equal(errorOf(await as('admin', 'DELETE', `/api/v1/people/${s.admin.id}`)).code, 'cannot_erase_self');
    assert.equal((await as('admin', 'DELETE', '/api/v1/people/not-a-uuid')).status, 422);
    const [row] = await rowsOf(sql`select erased_at from people where id = ${s.mentor.id}`);
    assert.equal(row?.erased_at, null);
  });

  test('erasing the mentor: private content gone from every table, shared words stay with the partner as “a former participant”', async () => {
    const response = withSchema(await as('admin', 'DELETE', `/api/v1/people/${s.mentor.id}`), ErasureSummarySchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.relationshipsClosed, 1);
    assert.equal(response.body.counts.privateNotes, 1);

    const notes = withSchema(await as('mentee', 'GET', `${rel()}/notes`), NotePageSchema);
    assert.equal(notes.status, 200);
    const shared = notes.body.items.find((n: { id: string }) => n.id === sharedNoteId);
    assert.equal(shared?.body, sharedWords);
    assert.equal(shared?.author.name, 'A former participant');
    assert.deepEqual(
      shared?.comments.map((c: { author: { name: string }; body: string }) => [c.author.name, c.body]),
      [
        [s.mentee.displayName, 'Will do'],
        ['A former participant', 'Great, see you then'],
      ],
    );
    assert.ok(
      notes.body.items.some((n: { body: string }) => n.body === menteePrivate),
      'the partner’s own private note stays',
    );

    const relationship = withSchema(await as('mentee', 'GET', rel()), RelationshipDetailSchema);
    assert.equal(relationship.body.status, 'closed');
    assert.equal((await as('mentor', 'GET', '/api/v1/me/profile')).status, 401, 'their sessions ended');

    const everything = await wholeDatabaseText(t);
    for (const secret of Object.values(secrets)) assert.ok(!everything.includes(secret), `${secret} is still stored`);
    assert.ok(!everything.includes(s.mentor.email), 'their email is still stored');
    assert.ok(everything.includes(sharedWords));
    const [person] = await rowsOf(sql`select email, display_name, password_hash, status, department from people where id = ${s.mentor.id}`);
    assert.deepEqual(person, {
      email: `erased-${s.mentor.id}@erased.invalid`,
      display_name: 'A former participant',
      password_hash: null,
      status: 'disabled',
      department: null,
    });
    for (const table of ['sessions', 'profiles', 'development_plans']) {
      assert.deepEqual(await rowsOf(sql`select 1 from ${sql.identifier(table)} where person_id = ${s.mentor.id}`), [], table);
    }
    assert.deepEqual(await rowsOf(sql`select 1 from network_ties where owner_id = ${s.mentor.id}`), []);
    assert.deepEqual(
      await rowsOf(sql`select 1 from enrolments where person_id = ${s.mentor.id} and status = 'active'`),
      [],
      'places freed',
    );
    assert.deepEqual(
      await rowsOf(sql`select 1 from relationships where mentor_id = ${s.mentor.id} and status = 'active'`),
      [],
      'capacity freed',
    );

    const directory = withSchema(await as('admin', 'GET', '/api/v1/people?limit=100'), PeoplePageSchema);
    assert.equal(directory.status, 200);
    assert.ok(!directory.body.items.some((p: { id: string }) => p.id === s.mentor.id), 'gone from the directory');
    assert.ok(directory.body.items.some((p: { id: string }) => p.id === s.mentee.id));

    const audited = withSchema(await as('admin', 'GET', `/api/v1/audit-log?action=person_erased&targetId=${s.mentor.id}`), AuditPageSchema);
    assert.equal(audited.body.items.length, 1);
    assert.equal(audited.body.items[0]?.actor?.id, s.admin.id);
    assert.ok(!JSON.stringify(audited.body).includes(secrets.privateNote));
    assert.equal(errorOf(await as('admin', 'DELETE', `/api/v1/people/${s.mentor.id}`)).code, 'person_already_erased');
  });

  test('a proposal naming an erased person is dropped: publishing never pairs anyone with them', async () => {
    const mentor = await makePerson(t.ctx, s.organizationId, { name: 'Proposal Mentor' });
    const mentee = await makePerson(t.ctx, s.organizationId, { name: 'Proposal Mentee' });
    await upsertProfile(t.ctx.db, s.organizationId, mentor.id, {
      expertiseOffered: ['budgeting'],
      functionsOffered: ['coaching'],
      mentorCapacity: 1,
    });
    await upsertProfile(t.ctx.db, s.organizationId, mentee.id, { expertiseWanted: ['budgeting'], functionsSought: ['coaching'] });
    const program = await makeProgram(t.ctx, s.coordinator, [
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
    const run = await runMatchingToEnd(t.app, program.id, s.cookies.coordinator);
    assert.equal(run.body.proposals.length, 1, JSON.stringify(run.body));

    assert.equal(withSchema(await as('admin', 'DELETE', `/api/v1/people/${mentee.id}`), ErasureSummarySchema).body.counts.proposals, 1);
    const published = withSchema(await as('coordinator', 'POST', `/api/v1/matching-runs/${run.body.id}/publish`), PublishResultSchema);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.relationshipsCreated, 0);
    assert.deepEqual(await rowsOf(sql`select 1 from relationships where mentee_id = ${mentee.id}`), []);
    const actions = withSchema(await as('admin', 'GET', `/api/v1/audit-log?targetId=${run.body.id}`), AuditPageSchema).body.items.map(
      (e: { action: string }) => e.action,
    );
    assert.deepEqual(actions, ['matching_run_published', 'matching_run_started']);
  });
});
