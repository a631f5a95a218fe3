import { DevelopmentPlanSchema, MyNetworkSchema, PlanCommentSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const plan = {
  needs: [
    {
      text: 'SECRET-NEED lead my first team',
      transition: 'Engineer to team lead next spring',
      functions: ['coaching', 'sponsorship'],
      expertiseAreas: ['Budgeting'],
    },
    { text: 'Speak at a conference', functions: ['exposure'] },
  ],
  sharedWithSupervisor: false,
};

describe('my career development plan and my supervisor', { timeout: 60_000 }, () => {
  let t: TestApp;
  let people: Record<'owner' | 'supervisor' | 'coordinator' | 'admin' | 'colleague' | 'outsider', Person>;
  const cookies: Record<string, string> = {};
  const as = (who: keyof typeof people) => (method: string, path: string, json?: unknown) =>
    call(t.app, method, path, json, { cookie: cookies[who] });
  const supervisedPath = () => `/api/v1/people/${people.owner.id}/development-plan`;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    people = {
      owner: await makePerson(t.ctx, org.id, { name: 'Plan Owner' }),
      supervisor: await makePerson(t.ctx, org.id, { name: 'The Supervisor' }),
      coordinator: await makePerson(t.ctx, org.id, { role: 'coordinator' }),
      admin: await makePerson(t.ctx, org.id, { role: 'admin' }),
      colleague: await makePerson(t.ctx, org.id),
      outsider: await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id, { role: 'admin' }),
    };
    for (const [who, person] of Object.entries(people)) cookies[who] = await signInAs(t.app, person.email, testPassword);
  });
  after(() => t.handle.close());

  test('the owner saves needs mapped to functions; coverage then follows the plan', async () => {
    const empty = withSchema(await as('owner')('GET', '/api/v1/me/development-plan'), DevelopmentPlanSchema);
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.body.needs, []);
    const saved = withSchema(await as('owner')('PUT', '/api/v1/me/development-plan', plan), DevelopmentPlanSchema);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.needs.length, 2);
    assert.equal(saved.body.needs[1]?.transition, '');
    assert.deepEqual(saved.body.needs[0]?.expertiseAreas, ['Budgeting']);
    const keptId = saved.body.needs[0]?.id;
    const again = withSchema(
      await as('owner')('PUT', '/api/v1/me/development-plan', { ...plan, needs: [{ ...plan.needs[0], id: keptId }] }),
      DevelopmentPlanSchema,
    );
    assert.equal(again.body.needs[0]?.id, keptId, 'an edited need keeps its id');
    await as('owner')('PUT', '/api/v1/me/development-plan', plan);
    const network = withSchema(await as('owner')('GET', '/api/v1/me/network'), MyNetworkSchema);
    assert.equal(network.body.measures.coverage.neededFrom, 'plan');
    assert.deepEqual(network.body.measures.coverage.gaps, ['sponsorship', 'exposure', 'coaching']);
  });

  test('sharing needs a supervisor; unshared, nobody else sees the plan, the supervisor included', async () => {
    const refused = await as('owner')('PUT', '/api/v1/me/development-plan', { ...plan, sharedWithSupervisor: true });
    assert.equal(refused.status, 422);
    assert.equal(fieldIssuesOf(refused)[0]?.field, 'sharedWithSupervisor');
    await upsertProfile(t.ctx.db, people.owner.organizationId, people.owner.id, { supervisorId: people.supervisor.id });
    for (const who of ['supervisor', 'coordinator', 'admin', 'colleague', 'outsider'] as const) {
      const res = await as(who)('GET', supervisedPath());
      assert.equal(res.status, 404, who);
      assert.doesNotMatch(JSON.stringify(res.body), /SECRET/, who);
    }
  });

  test('shared, the supervisor reads it and adds encouragement; everyone else still gets 404', async () => {
    const shared = withSchema(
      await as('owner')('PUT', '/api/v1/me/development-plan', { ...plan, sharedWithSupervisor: true }),
      DevelopmentPlanSchema,
    );
    assert.equal(shared.status, 200, JSON.stringify(shared.body));
    assert.equal(shared.body.supervisor?.displayName, 'The Supervisor');
    assert.ok(shared.body.sharedAt);
    const read = withSchema(await as('supervisor')('GET', supervisedPath()), DevelopmentPlanSchema);
    assert.equal(read.status, 200);
    assert.equal(read.body.person.displayName, 'Plan Owner');
    assert.match(read.body.needs[0]?.text ?? '', /SECRET-NEED/);
    assert.equal(JSON.stringify(read.body).includes('ties'), false, 'the plan, never the network');
    const comment = withSchema(
      await as('supervisor')('POST', `${supervisedPath()}/comments`, {
        kind: 'encouragement',
        body: 'Take the budgeting course; I will cover for you.',
      }),
      PlanCommentSchema,
    );
    assert.equal(comment.status, 201, JSON.stringify(comment.body));
    assert.equal(comment.body.authorName, 'The Supervisor');
    for (const who of ['coordinator', 'admin', 'colleague', 'outsider'] as const) {
      for (const [method, path, body] of [
        ['GET', supervisedPath(), undefined],
        ['POST', `${supervisedPath()}/comments`, { kind: 'suggestion', body: 'x' }],
      ] as const) {
        const res = await as(who)(method, path, body);
        assert.equal(res.status, 404, `${who} ${method}`);
        assert.doesNotMatch(JSON.stringify(res.body), /SECRET/);
      }
    }
    assert.equal((await as('owner')('GET', supervisedPath())).status, 404, 'the owner reads their own plan at /me');
    const mine = withSchema(await as('owner')('GET', '/api/v1/me/development-plan'), DevelopmentPlanSchema);
    assert.deepEqual(
      mine.body.comments.map((c: { kind: string }) => c.kind),
      ['encouragement'],
    );
  });

  test('unshared again, the supervisor loses sight of it', async () => {
    await as('owner')('PUT', '/api/v1/me/development-plan', plan);
    assert.equal((await as('supervisor')('GET', supervisedPath())).status, 404);
    assert.equal((await as('supervisor')('POST', `${supervisedPath()}/comments`, { kind: 'suggestion', body: 'x' })).status, 404);
  });

  test('bad input names the field and writes nothing', async () => {
    for (const [body, field] of [
      [{ ...plan, needs: [{ text: ' ' }] }, 'needs.0.text'],
      [{ ...plan, needs: [{ text: 'ok', functions: ['magic'] }] }, 'needs.0.functions.0'],
      [{ ...plan, needs: [{ text: 'ok', expertiseAreas: ['x'.repeat(81)] }] }, 'needs.0.expertiseAreas.0'],
      [{ needs: [] }, 'sharedWithSupervisor'],
      [{ ...plan, needs: Array.from({ length: 21 }, () => ({ text: 'a' })) }, 'needs'],
    ] as const) {
      const res = await as('owner')('PUT', '/api/v1/me/development-plan', body);
      assert.equal(res.status, 422, field);
      assert.ok(
        fieldIssuesOf(res).some((issue: { field: string }) => issue.field === field),
        `${field}: ${JSON.stringify(fieldIssuesOf(res))}`,
      );
    }
    const id = '11111111-1111-4111-8111-111111111111';
    const duplicate = await as('owner')('PUT', '/api/v1/me/development-plan', {
      ...plan,
      needs: [
        { id, text: 'a' },
        { id, text: 'b' },
      ],
    });
    assert.equal(duplicate.status, 422);
    assert.equal(fieldIssuesOf(duplicate)[0]?.field, 'needs');
    const mine = withSchema(await as('owner')('GET', '/api/v1/me/development-plan'), DevelopmentPlanSchema);
    assert.equal(mine.body.needs.length, 2);
    await upsertProfile(t.ctx.db, people.owner.organizationId, people.owner.id, { supervisorId: people.supervisor.id });
    await as('owner')('PUT', '/api/v1/me/development-plan', { ...plan, sharedWithSupervisor: true });
    const empty = await as('supervisor')('POST', `${supervisedPath()}/comments`, { kind: 'praise', body: '' });
    assert.equal(empty.status, 422);
    assert.deepEqual(
      fieldIssuesOf(empty)
        .map((issue: { field: string }) => issue.field)
        .sort(),
      ['body', 'kind'],
    );
  });
});
