import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SkillPageSchema, SkillSchema } from '../../../shared/schemas/index.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /skills, a page at a time by name', () => {
  let t: TestApp;
  let coordinator: string;
  let member: string;
  const approved: string[] = [];
  let pendingId = '';

  async function addSkill(name: string, cookie: string): Promise<string> {
    return (await call(t.app, 'POST', '/api/v1/skills', { name }, { schema: SkillSchema, cookie })).body.id;
  }

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Skilled');
    coordinator = await signInAs(t.app, (await makePerson(t.ctx, org.id, { role: 'coordinator' })).email, testPassword);
    member = await signInAs(t.app, (await makePerson(t.ctx, org.id)).email, testPassword);
    for (const name of ['budgeting', 'Accounting', 'coaching', 'Design', 'Forecasting', 'ethics', 'Hiring'])
      approved.push(await addSkill(name, coordinator));
    pendingId = await addSkill('Gardening', member);
  });
  after(() => t.handle.close());

  test('in name order whatever the case, every skill once while skills are added between pages', async () => {
    let added = 0;
    const seen = await pageThrough(t.app, '/api/v1/skills?status=approved', coordinator, SkillPageSchema, 2, async () => {
      await addSkill(`Zeta ${added++}`, coordinator);
    });
    assertEveryRowOnce(seen, approved, 'skills');
    const all = await call(t.app, 'GET', '/api/v1/skills?limit=500', undefined, { schema: SkillPageSchema, cookie: coordinator });
    const names = all.body.items.map((skill) => skill.name);
    assert.deepEqual(names.slice(0, 5), ['Accounting', 'budgeting', 'coaching', 'Design', 'ethics']);
    assert.ok(names.includes('Gardening'), 'reviewers see pending suggestions');
  });

  test('q finds a skill by part of its name; members never see pending suggestions', async () => {
    const found = await call(t.app, 'GET', '/api/v1/skills?q=CAST', undefined, { schema: SkillPageSchema, cookie: member });
    assert.deepEqual(
      found.body.items.map((skill) => skill.name),
      ['Forecasting'],
    );
    const memberView = await call(t.app, 'GET', '/api/v1/skills?limit=500', undefined, { schema: SkillPageSchema, cookie: member });
    assert.ok(memberView.body.items.every((skill) => skill.status === 'approved'));
    assert.ok(!memberView.body.items.some((skill) => skill.id === pendingId));
    const pending = await call(t.app, 'GET', '/api/v1/skills?status=pending', undefined, { schema: SkillPageSchema, cookie: coordinator });
    assert.deepEqual(
      pending.body.items.map((skill) => skill.id),
      [pendingId],
    );
  });

  test('a bad limit or cursor is a 422 naming it', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['cursor=!', 'cursor'],
      ['cursor=WyJuZXdlc3QiLCIxIl0', 'cursor'],
      ['status=lost', 'status'],
    ] as const) {
      const response = await call(t.app, 'GET', `/api/v1/skills?${query}`, undefined, { cookie: member });
      assert.equal(response.status, 422, query);
      assert.equal(fieldIssuesOf(response)[0]?.field, field, query);
    }
  });
});
