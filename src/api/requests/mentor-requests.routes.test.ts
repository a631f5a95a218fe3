import { MentorRequestSchema, MentorRequestPageSchema, RelationshipDetailSchema, AgreementSchema } from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { areaRequest, mentorWithMentees, signedIn, type SignedIn } from '../../testing/mentor-request-setup.ts';

describe('mentor requests: the conversation between mentee and mentor', { timeout: 120_000 }, () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: Person;
  let outsider: SignedIn;
  let admin: SignedIn;

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, orgId, { role: 'coordinator' });
    outsider = await signedIn(t, await makePerson(t.ctx, orgId));
    admin = await signedIn(t, await makePerson(t.ctx, orgId, { role: 'admin' }));
  });
  after(() => t.handle.close());

  test('send, question, answer, accept: an area request starts a relationship in stage 1 with a draft agreement', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const sent = withSchema(
      await mentee.as(
        'POST',
        '/mentor-requests',
        areaRequest(mentor.person.id, { reverseOffer: 'I can help you with the new analytics tools' }),
      ),
      MentorRequestSchema,
    );
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.status, 'open');
    assert.equal(sent.body.reverseOffer, 'I can help you with the new analytics tools');
    const id = sent.body.id;
    const inbox = withSchema(await mentor.as('GET', '/me/mentor-requests?box=received'), MentorRequestPageSchema);
    assert.deepEqual(
      inbox.body.items.map((r: { id: string }) => r.id),
      [id],
    );
    assert.equal(inbox.body.items[0]?.need.text, 'Giving hard feedback as a new manager');
    assert.equal(withSchema(await mentee.as('GET', '/me/mentor-requests?box=sent'), MentorRequestPageSchema).body.items[0]?.id, id);

    const selfAccept = await mentee.as('POST', `/mentor-requests/${id}/accept`);
    assert.equal(selfAccept.status, 403);
    assert.equal(errorOf(selfAccept).code, 'only_the_mentor_answers');
    assert.equal((await mentee.as('POST', `/mentor-requests/${id}/question`, { question: 'Me?' })).status, 403);

    const asked = withSchema(
      await mentor.as('POST', `/mentor-requests/${id}/question`, { question: 'What have you tried so far?' }),
      MentorRequestSchema,
    );
    assert.equal(asked.body.status, 'question_asked');
    assert.equal((await mentor.as('POST', `/mentor-requests/${id}/answer`, { answer: 'x' })).status, 403);
    const answered = withSchema(
      await mentee.as('POST', `/mentor-requests/${id}/answer`, { answer: 'Two difficult one-to-ones, both went badly.' }),
      MentorRequestSchema,
    );
    assert.equal(answered.body.status, 'open');
    assert.equal(answered.body.answer, 'Two difficult one-to-ones, both went badly.');
    const again = await mentor.as('POST', `/mentor-requests/${id}/question`, { question: 'And?' });
    assert.equal(errorOf(again).code, 'question_already_asked');

    const accepted = withSchema(await mentor.as('POST', `/mentor-requests/${id}/accept`), MentorRequestSchema);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.status, 'accepted');
    assert.equal(accepted.body.meetingId, null);
    const relationship = withSchema(await mentee.as('GET', `/relationships/${accepted.body.relationshipId}`), RelationshipDetailSchema);
    assert.equal(relationship.body.source, 'request');
    assert.equal(relationship.body.stage, 'creating');
    assert.equal(
      withSchema(await mentee.as('GET', `/relationships/${accepted.body.relationshipId}/agreement`), AgreementSchema).body.currentVersion,
      1,
    );
    const twice = await mentor.as('POST', `/mentor-requests/${id}/accept`);
    assert.equal(twice.status, 409);
    assert.equal(errorOf(twice).code, 'request_not_open');
    assert.equal(errorOf(await mentee.as('POST', `/mentor-requests/${id}/withdraw`)).code, 'request_not_open');
  });

  test('only the two people read a request: a third person, an admin and a coordinator get 404 with nothing of it', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const sent = withSchema(
      await (mentees[0] as SignedIn).as(
        'POST',
        '/mentor-requests',
        areaRequest(mentor.person.id, { message: 'A private message about my burnout' }),
      ),
      MentorRequestSchema,
    );
    const coordinatorIn = await signedIn(t, coordinator);
    for (const other of [outsider, admin, coordinatorIn]) {
      const read = await other.as('GET', `/mentor-requests/${sent.body.id}`);
      assert.equal(read.status, 404);
      assert.ok(!JSON.stringify(read.body).includes('burnout'));
      for (const box of ['sent', 'received']) {
        const mine = await other.as('GET', `/me/mentor-requests?box=${box}`);
        assert.equal(mine.status, 200);
        assert.ok(!JSON.stringify(mine.body).includes('burnout'));
      }
      assert.equal((await other.as('POST', `/mentor-requests/${sent.body.id}/accept`)).status, 404);
      assert.equal((await other.as('POST', `/mentor-requests/${sent.body.id}/withdraw`)).status, 404);
    }
    assert.equal(
      withSchema(await mentor.as('GET', `/mentor-requests/${sent.body.id}`), MentorRequestSchema).body.message,
      'A private message about my burnout',
    );
  });

  test('decline needs a reason from the list (and text for "other"); withdraw frees the request; neither can change it again', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 3, 2);
    const [first, second] = mentees as [SignedIn, SignedIn];
    const a = withSchema(await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema).body.id;
    const b = withSchema(
      await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id, { kind: 'period' })),
      MentorRequestSchema,
    ).body.id;
    for (const [body, field] of [
      [{ reason: 'busy' }, 'reason'],
      [{ reason: 'other' }, 'text'],
      [{ reason: 'other', text: '   ' }, 'text'],
    ] as const) {
      const bad = await mentor.as('POST', `/mentor-requests/${a}/decline`, body);
      assert.equal(bad.status, 422, JSON.stringify(bad.body));
      assert.ok(
        fieldIssuesOf(bad).some((d: { field: string }) => d.field === field),
        JSON.stringify(bad.body),
      );
    }
    assert.equal((await first.as('POST', `/mentor-requests/${a}/decline`, { reason: 'timing' })).status, 403);
    const declined = withSchema(
      await mentor.as('POST', `/mentor-requests/${a}/decline`, {
        reason: 'better_person',
        text: 'Ask Dana, she ran this programme.',
      }),
      MentorRequestSchema,
    );
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.declineReason, 'better_person');
    assert.equal(
      withSchema(await first.as('GET', `/mentor-requests/${a}`), MentorRequestSchema).body.declineText,
      'Ask Dana, she ran this programme.',
    );
    assert.equal(errorOf(await mentor.as('POST', `/mentor-requests/${a}/accept`)).code, 'request_not_open');
    assert.equal((await mentor.as('POST', `/mentor-requests/${b}/withdraw`)).status, 403);
    const withdrawn = withSchema(await second.as('POST', `/mentor-requests/${b}/withdraw`), MentorRequestSchema);
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.equal((await mentor.as('POST', `/mentor-requests/${b}/accept`)).status, 409);
  });

  test('an accepted conversation becomes one proposed meeting on a new request relationship, then in the pair’s relationship', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const id = withSchema(
      await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id, { kind: 'conversation' })),
      MentorRequestSchema,
    ).body.id;
    const accepted = withSchema(await mentor.as('POST', `/mentor-requests/${id}/accept`), MentorRequestSchema);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.ok(accepted.body.meetingId);
    const meetings = await mentee.as('GET', `/relationships/${accepted.body.relationshipId}/meetings`);
    assert.equal(meetings.status, 200, JSON.stringify(meetings.body));
    assert.ok(JSON.stringify(meetings.body).includes(accepted.body.meetingId));
    assert.ok(JSON.stringify(meetings.body).includes('proposed'));

    // Now a pair: another conversation is a meeting in the same relationship; an area request would duplicate it.
    const second = withSchema(
      await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id, { kind: 'conversation' })),
      MentorRequestSchema,
    ).body.id;
    const again = withSchema(await mentor.as('POST', `/mentor-requests/${second}/accept`), MentorRequestSchema);
    assert.equal(again.body.relationshipId, accepted.body.relationshipId);
    assert.notEqual(again.body.meetingId, accepted.body.meetingId);
    const area = withSchema(await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema).body.id;
    const duplicate = await mentor.as('POST', `/mentor-requests/${area}/accept`);
    assert.equal(duplicate.status, 409);
    assert.equal(errorOf(duplicate).code, 'relationship_exists');
  });

  test('bad input is a 4xx naming the field, and nothing is written', async () => {
    const { mentor, mentees, program } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    for (const [body, field] of [
      [areaRequest(mentor.person.id, { message: '' }), 'message'],
      [areaRequest(mentor.person.id, { kind: 'lunch' }), 'kind'],
      [areaRequest(mentor.person.id, { need: { text: '' } }), 'need.text'],
      [areaRequest(mentor.person.id, { need: { text: 'x', functions: ['magic'] } }), 'need.functions.0'],
      [areaRequest(mentor.person.id, { investment: 'x'.repeat(1001) }), 'investment'],
      [areaRequest('not-a-uuid'), 'mentorId'],
      [areaRequest(mentee.person.id), 'mentorId'],
      [areaRequest(outsider.person.id, { programId: program.id }), 'programId'],
    ] as const) {
      const bad = await mentee.as('POST', '/mentor-requests', body);
      assert.ok(bad.status === 422 || bad.status === 400, `${field}: ${bad.status}`);
      assert.ok(
        fieldIssuesOf(bad).some((d: { field: string }) => d.field === field),
        `${field} named in ${JSON.stringify(bad.body)}`,
      );
    }
    assert.deepEqual(withSchema(await mentee.as('GET', '/me/mentor-requests?box=sent'), MentorRequestPageSchema).body.items, []);
  });
});
