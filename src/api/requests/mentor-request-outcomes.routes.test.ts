import {
  DevelopmentPlanSchema,
  MentorRequestSchema,
  MentorRequestPageSchema,
  MentorAvailabilitySchema,
  AgreementSchema,
  MyNetworkSchema,
} from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Person } from '../../domain/person.ts';
import { countRows } from '../../testing/count-rows.ts';
import { makeOrganization, makePerson, makeProgram } from '../../testing/factories.ts';
import { areaRequest, mentorWithMentees, type SignedIn } from '../../testing/mentor-request-setup.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

type Tie = {
  personId: string | null;
  functions: string[];
  relationshipFunctions: string[] | null;
  reciprocity: { direction: string; offer: string } | null;
};

const plan = {
  sharedWithSupervisor: false,
  needs: [
    {
      text: 'Lead my first team through a reorganisation',
      transition: 'Engineer to manager',
      functions: ['coaching', 'sponsorship'],
      expertiseAreas: ['change management'],
    },
    { text: 'Private: decide whether to leave the company', transition: '', functions: ['counseling'], expertiseAreas: [] },
  ],
};

describe('mentor requests: what the mentor reads and what an accepted request leaves in both networks', { timeout: 120_000 }, () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: Person;

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, orgId, { role: 'coordinator' });
  });
  after(() => t.handle.close());

  test('the mentor reads the plan needs the mentee chose, as they read when sent, and nothing else of the plan', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const saved = withSchema(await mentee.as('PUT', '/me/development-plan', plan), DevelopmentPlanSchema);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const [shown, kept] = saved.body.needs as Array<{ id: string }>;
    const sent = await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id, { planNeedIds: [shown?.id] }));
    assert.equal(sent.status, 201, JSON.stringify(sent.body));

    // The mentee rewrites the plan afterwards: the request keeps the words the mentor was sent.
    await mentee.as('PUT', '/me/development-plan', {
      ...plan,
      needs: [
        { ...plan.needs[0], id: shown?.id, text: 'Rewritten later' },
        { ...plan.needs[1], id: kept?.id },
      ],
    });
    const inbox = withSchema(await mentor.as('GET', '/me/mentor-requests?box=received'), MentorRequestPageSchema);
    const received = inbox.body.items[0];
    assert.deepEqual(received?.planExcerpt, [
      {
        text: plan.needs[0]?.text,
        transition: 'Engineer to manager',
        functions: ['coaching', 'sponsorship'],
        expertiseAreas: ['change management'],
      },
    ]);
    assert.ok(!JSON.stringify(inbox.body).includes('Private: decide'), 'a need the mentee did not choose never reaches the mentor');
    assert.equal(
      withSchema(await mentee.as('GET', '/me/mentor-requests?box=sent'), MentorRequestPageSchema).body.items[0]?.planExcerpt.length,
      1,
    );
  });

  test('a need that is not in the sender’s plan is refused naming planNeedIds, and nothing is written', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const before = await countRows(t.ctx.db, 'mentor_requests');
    const unknown = await mentee.as(
      'POST',
      '/mentor-requests',
      areaRequest(mentor.person.id, { planNeedIds: ['7f1c6f3e-5d2b-4c8e-9f1a-2b3c4d5e6f70'] }),
    );
    assert.equal(unknown.status, 422);
    assert.equal(fieldIssuesOf(unknown)[0]?.field, 'planNeedIds');
    const twice = await mentee.as(
      'POST',
      '/mentor-requests',
      areaRequest(mentor.person.id, { planNeedIds: ['7f1c6f3e-5d2b-4c8e-9f1a-2b3c4d5e6f70', '7f1c6f3e-5d2b-4c8e-9f1a-2b3c4d5e6f70'] }),
    );
    assert.equal(twice.status, 422);
    assert.match(JSON.stringify(fieldIssuesOf(twice)), /planNeedIds/);
    assert.equal(await countRows(t.ctx.db, 'mentor_requests'), before);
  });

  test('a request to someone in no open one-to-one or self-directed program with the mentee is refused before it waits', async () => {
    const { mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const stranger = await makePerson(t.ctx, orgId, { name: 'Not In Any Program' });
    await makeProgram(
      t.ctx,
      coordinator,
      [
        [mentee.person, 'mentee'],
        [stranger, 'mentor'],
      ],
      'group',
    );
    const availability = withSchema(await mentee.as('GET', `/mentor-requests/availability/${stranger.id}`), MentorAvailabilitySchema);
    assert.deepEqual([availability.body.canRequest, availability.body.reason], [false, 'no_shared_program']);
    const sent = await mentee.as('POST', '/mentor-requests', areaRequest(stranger.id));
    assert.equal(sent.status, 409);
    assert.equal(errorOf(sent).code, 'no_shared_program');
  });

  test('an accepted request names its functions in the agreement; the tie shows them and the reverse offer in both networks', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    const offer = 'I can help you with the new analytics tools';
    const sent = withSchema(
      await mentee.as(
        'POST',
        '/mentor-requests',
        areaRequest(mentor.person.id, { reverseOffer: offer, need: { text: 'Hard feedback', functions: ['coaching', 'role_modeling'] } }),
      ),
      MentorRequestSchema,
    );
    const accepted = withSchema(await mentor.as('POST', `/mentor-requests/${sent.body.id}/accept`), MentorRequestSchema);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const relationshipId = accepted.body.relationshipId as string;
    const agreement = withSchema(await mentee.as('GET', `/relationships/${relationshipId}/agreement`), AgreementSchema);
    assert.deepEqual(agreement.body.current.content.functions, ['coaching', 'role_modeling']);

    const menteeTie = async (): Promise<Tie | undefined> =>
      (withSchema(await mentee.as('GET', '/me/network'), MyNetworkSchema).body.ties as Tie[]).find(
        (tie) => tie.personId === mentor.person.id,
      );
    assert.deepEqual((await menteeTie())?.functions, ['coaching', 'role_modeling']);
    assert.deepEqual((await menteeTie())?.reciprocity, { direction: 'you_give', offer });
    const mentorTie = (withSchema(await mentor.as('GET', '/me/network'), MyNetworkSchema).body.ties as Tie[]).find(
      (tie) => tie.personId === mentee.person.id,
    );
    assert.deepEqual(mentorTie?.reciprocity, { direction: 'they_give', offer });

    // The pair rewrite what the relationship is for; the mentee's tie follows the latest version.
    const content = { ...agreement.body.current.content, functions: ['sponsorship'] };
    const edited = withSchema(
      await mentor.as('PUT', `/relationships/${relationshipId}/agreement`, {
        version: agreement.body.currentVersion,
        content,
      }),
      AgreementSchema,
    );
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual((await menteeTie())?.functions, ['sponsorship']);
    const badFunction = await mentor.as('PUT', `/relationships/${relationshipId}/agreement`, {
      version: edited.body.currentVersion,
      content: { ...content, functions: ['wizardry'] },
    });
    assert.equal(badFunction.status, 422);
    assert.match(JSON.stringify(fieldIssuesOf(badFunction)), /content\.functions/);
  });
});
