import { MyNetworkSchema, NetworkTieSchema, TieCandidatePageSchema } from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { closeRelationshipForTest, openPairCallers } from '../../testing/pair-callers.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const offPlatform = {
  name: 'SECRET-NAME Ana Ruiz',
  note: 'SECRET-NOTE my former boss at the bank',
  kind: 'senior',
  insideOrganization: false,
  functions: ['sponsorship', 'role_modeling'],
  closeness: 4,
  frequency: 'quarterly',
  activities: ['Help me prepare a conference talk'],
  organizationName: 'Harbour Bank',
  profession: 'Finance',
};

describe('my developmental network', { timeout: 60_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof openPairCallers>>;
  let mentorTieId = '';
  let manualTieId = '';

  before(async () => {
    t = await openTestApp();
    pair = await openPairCallers(t);
    await upsertProfile(t.ctx.db, pair.organizationId, pair.mentor.id, { functionsOffered: ['coaching', 'counseling'] });
    await upsertProfile(t.ctx.db, pair.organizationId, pair.mentee.id, {
      functionsSought: ['coaching', 'sponsorship'],
      functionsOffered: ['exposure'],
    });
  });
  after(() => t.handle.close());

  test('a relationship gives both people a tie: the mentor to the mentee, the mentee (junior) to the mentor', async () => {
    const mentee = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.equal(mentee.status, 200, JSON.stringify(mentee.body));
    const [tie] = mentee.body.ties;
    assert.equal(mentee.body.ties.length, 1);
    assert.equal(tie?.source, 'relationship');
    assert.equal(tie?.relationshipId, pair.relationshipId);
    assert.equal(tie?.personId, pair.mentor.id);
    assert.equal(tie?.kind, 'senior');
    assert.deepEqual(tie?.functions, ['coaching', 'counseling'], 'from the mentor’s profile while no goal names functions');
    assert.equal(tie?.past, false);
    assert.deepEqual(mentee.body.measures.coverage.gaps, ['sponsorship']);
    assert.equal(mentee.body.measures.coverage.neededFrom, 'profile');
    mentorTieId = tie?.id;

    const mentor = withSchema(await pair.as('mentor')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.equal(mentor.body.ties.length, 1);
    assert.equal(mentor.body.ties[0]?.kind, 'junior');
    assert.equal(mentor.body.ties[0]?.personId, pair.mentee.id);
    assert.deepEqual(mentor.body.ties[0]?.functions, ['exposure'], 'the mentor learns too');
    const again = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.equal(again.body.ties.length, 1, 'reading twice adds nothing');
  });

  test('functions follow the goals; a correction is kept whatever the goals become, and the tie stays, past, once closed', async () => {
    const goal = await pair.as('mentee')('POST', `${pair.base}/goals`, {
      specific: 'Present the budget to finance',
      functions: ['sponsorship', 'exposure'],
    });
    assert.equal(goal.status, 201, JSON.stringify(goal.body));
    let network = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.deepEqual(network.body.ties[0]?.functions, ['sponsorship', 'exposure']);
    assert.deepEqual(network.body.measures.coverage.gaps, ['coaching']);

    const corrected = withSchema(
      await pair.as('mentee')('PATCH', `/api/v1/me/network/ties/${mentorTieId}`, {
        functions: ['coaching', 'sponsorship'],
        closeness: 5,
        frequency: 'weekly',
      }),
      NetworkTieSchema,
    );
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
    assert.equal(corrected.body.functionsCorrected, true);
    assert.deepEqual(corrected.body.relationshipFunctions, ['sponsorship', 'exposure']);
    assert.equal(corrected.body.strength, 1);

    await pair.as('mentor')('POST', `${pair.base}/goals`, { specific: 'Shadow the director once', functions: ['protection'] });
    await closeRelationshipForTest(t, pair.organizationId, pair.relationshipId);
    network = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema);
    const [tie] = network.body.ties;
    assert.deepEqual(tie?.functions, ['sponsorship', 'coaching'], 'the correction is kept (in the functions’ order)');
    assert.deepEqual(tie?.relationshipFunctions, ['sponsorship', 'exposure', 'protection']);
    assert.equal(tie?.past, true);
    assert.deepEqual(network.body.measures.coverage.gaps, ['sponsorship', 'coaching'], 'a past tie is shown but no longer counted');
    assert.equal(network.body.measures.strength.overall, null);

    const reset = withSchema(
      await pair.as('mentee')('PATCH', `/api/v1/me/network/ties/${mentorTieId}`, { functions: null }),
      NetworkTieSchema,
    );
    assert.deepEqual(reset.body.functions, ['sponsorship', 'exposure', 'protection']);
    const removal = await pair.as('mentee')('DELETE', `/api/v1/me/network/ties/${mentorTieId}`);
    assert.equal(removal.status, 409);
    assert.equal(errorOf(removal).code, 'relationship_tie');
  });

  test('an off-platform tie is its owner’s alone: nobody else reads, changes or removes it', async () => {
    const added = withSchema(await pair.as('mentee')('POST', '/api/v1/me/network/ties', offPlatform), NetworkTieSchema);
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.name, offPlatform.name);
    assert.equal(added.body.personId, null);
    manualTieId = added.body.id;
    for (const who of ['mentor', 'coordinator', 'admin', 'third', 'outsider'] as const) {
      const theirs = await pair.as(who)('GET', '/api/v1/me/network');
      assert.equal(theirs.status, 200);
      assert.doesNotMatch(JSON.stringify(theirs.body), /SECRET/, who);
      for (const [method, body] of [
        ['PATCH', { note: 'changed' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await pair.as(who)(method, `/api/v1/me/network/ties/${manualTieId}`, body);
        assert.equal(res.status, 404, `${who} ${method}`);
        assert.doesNotMatch(JSON.stringify(res.body), /SECRET/);
      }
    }
    const mine = await pair.as('mentee')('GET', '/api/v1/me/network');
    assert.match(JSON.stringify(mine.body), /SECRET-NOTE/);
  });

  test('a tie to someone on the platform uses their name; the measures count the network', async () => {
    const added = withSchema(
      await pair.as('mentee')('POST', '/api/v1/me/network/ties', {
        personId: pair.third.id,
        kind: 'peer',
        functions: ['acceptance', 'friendship'],
        closeness: 3,
        frequency: 'monthly',
      }),
      NetworkTieSchema,
    );
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.name, 'Third Participant');
    assert.equal(added.body.department, 'Engineering', 'the platform’s department where the owner gave none');
    const network = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.equal(network.body.ties.length, 3);
    const kind = network.body.measures.range.dimensions.find((d: { dimension: string }) => d.dimension === 'kind');
    assert.equal(kind?.known, 2, 'two current ties: the past one is left out');
    assert.equal(kind?.normalized, 0.625);
    assert.ok(network.body.measures.range.explanation.length > 0);
    assert.ok(network.body.measures.strength.explanation.length > 0);
  });

  test('colleagues to add are found by name, without emails or the searcher', async () => {
    const found = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network/people?q=person'), TieCandidatePageSchema);
    assert.equal(found.status, 200, JSON.stringify(found.body));
    const ids = found.body.items.map((p: { id: string }) => p.id);
    assert.ok(ids.includes(pair.mentor.id));
    assert.ok(!ids.includes(pair.mentee.id));
    assert.doesNotMatch(JSON.stringify(found.body), /@example\.test/);
    const short = await pair.as('mentee')('GET', '/api/v1/me/network/people?q=a');
    assert.equal(short.status, 422);
    assert.equal(fieldIssuesOf(short)[0]?.field, 'q');
  });

  test('bad input names the field and writes nothing', async () => {
    const before = withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema).body.ties.length;
    const valid = { kind: 'peer', functions: ['coaching'], closeness: 3, frequency: 'monthly', name: 'Sam' };
    for (const [body, field] of [
      [{ ...valid, name: null }, 'name'],
      [{ ...valid, name: '  ' }, 'name'],
      [{ ...valid, closeness: 9 }, 'closeness'],
      [{ ...valid, frequency: 'daily' }, 'frequency'],
      [{ ...valid, kind: 'boss' }, 'kind'],
      [{ ...valid, functions: ['coaching', 'coaching'] }, 'functions'],
      [{ ...valid, activities: ['x'.repeat(201)] }, 'activities.0'],
      [{ ...valid, name: null, personId: pair.mentee.id }, 'personId'],
      [{ ...valid, name: null, personId: pair.admin.id, insideOrganization: false }, 'insideOrganization'],
      [{ ...valid, name: null, personId: '00000000-0000-4000-8000-000000000000' }, 'personId'],
    ] as const) {
      const res = await pair.as('mentee')('POST', '/api/v1/me/network/ties', body);
      assert.equal(res.status, 422, `${field}: ${JSON.stringify(res.body)}`);
      assert.ok(
        fieldIssuesOf(res).some((issue: { field: string }) => issue.field === field),
        `${field}: ${JSON.stringify(fieldIssuesOf(res))}`,
      );
    }
    for (const [body, field] of [
      [{ closeness: 0 }, 'closeness'],
      [{ functions: null }, 'functions'],
      [{}, '(body)'],
    ] as const) {
      const res = await pair.as('mentee')('PATCH', `/api/v1/me/network/ties/${manualTieId}`, body);
      assert.equal(res.status, 422, `${field}: ${JSON.stringify(res.body)}`);
      assert.ok(
        fieldIssuesOf(res).some((issue: { field: string }) => issue.field === field),
        field,
      );
    }
    assert.equal(withSchema(await pair.as('mentee')('GET', '/api/v1/me/network'), MyNetworkSchema).body.ties.length, before);
    assert.equal((await pair.as('mentee')('PATCH', '/api/v1/me/network/ties/not-a-uuid', { closeness: 2 })).status, 422);
  });

  test('the owner removes a tie they added; anonymous callers must sign in', async () => {
    assert.equal((await pair.as('mentee')('DELETE', `/api/v1/me/network/ties/${manualTieId}`)).status, 204);
    assert.equal((await pair.as('mentee')('DELETE', `/api/v1/me/network/ties/${manualTieId}`)).status, 404);
    const { call } = await import('../../testing/http-client.ts');
    assert.equal((await call(t.app, 'GET', '/api/v1/me/network')).status, 401);
  });
});
