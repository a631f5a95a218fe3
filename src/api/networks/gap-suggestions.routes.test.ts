import { MyGapSuggestionsSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Person } from '../../domain/person.ts';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { makeOrganization, makePerson, makeProgram, makeRelationship, testPassword } from '../../testing/factories.ts';
import { call, signInAs, withSchema } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('gap-driven suggestions', { timeout: 60_000 }, () => {
  let t: TestApp;
  const people: Record<string, Person> = {};
  const cookies: Record<string, string> = {};
  const get = (who: string) => call(t.app, 'GET', '/api/v1/me/network/suggestions', undefined, { cookie: cookies[who] });

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    const person = async (key: string, department: string, profile: Parameters<typeof upsertProfile>[3] = {}) => {
      people[key] = await makePerson(t.ctx, org.id, { name: key, department });
      await upsertProfile(t.ctx.db, org.id, people[key].id, { functionsOffered: ['sponsorship'], ...profile });
    };
    await person('Boss', 'Engineering', { profession: 'Director' });
    await person('BossesBoss', 'Engineering');
    await person('Me', 'Engineering', { functionsSought: ['sponsorship', 'coaching'], supervisorId: people.Boss!.id });
    await upsertProfile(t.ctx.db, org.id, people.Boss!.id, { supervisorId: people.BossesBoss!.id });
    await person('Paused', 'Finance', { mentoringPaused: true });
    await person('Full', 'Finance', { mentorCapacity: 1 });
    await makeRelationship(t.ctx, org.id, { mentor: people.Full! });
    await person('Tied', 'Sales');
    await person('Report', 'Legal', { supervisorId: people.Me!.id });
    await person('Fatima', 'Finance', { profession: 'Accountant', mentorCapacity: 3 });
    await person('Eli', 'Engineering', { mentorCapacity: 3 });
    await person('Popular', 'Engineering', { mentorCapacity: 1 });
    await person('Coach', 'Engineering', { functionsOffered: ['coaching'], mentorCapacity: 3 });
    await person('Budgeter', 'Procurement', { functionsOffered: [], expertiseOffered: ['budgeting'], mentorCapacity: 2 });
    await person('Other', 'Sales', { functionsOffered: [], functionsSought: ['coaching'] });
    // A request needs a program both take part in: everyone but Unreachable shares a self-directed one.
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    await makeProgram(
      t.ctx,
      coordinator,
      Object.values(people).map((p) => [p, 'mentee']),
      'self_directed',
    );
    await person('Unreachable', 'Marketing', { mentorCapacity: 3 });
    const otherOrg = await makeOrganization(t.ctx, 'Elsewhere');
    people.Outsider = await makePerson(t.ctx, otherOrg.id, { name: 'Outsider' });
    await upsertProfile(t.ctx.db, otherOrg.id, people.Outsider.id, { functionsOffered: ['sponsorship', 'coaching'] });
    for (const key of ['Me', 'Other']) cookies[key] = await signInAs(t.app, people[key]!.email, testPassword);
    const tie = await call(
      t.app,
      'POST',
      '/api/v1/me/network/ties',
      { personId: people.Tied!.id, kind: 'peer', functions: ['friendship'], closeness: 3, frequency: 'monthly' },
      { cookie: cookies.Me },
    );
    assert.equal(tie.status, 201, JSON.stringify(tie.body));
  });
  after(() => t.handle.close());

  test('each gap gets people who offer it, never oneself, the reporting chain, existing ties, or anyone full or paused', async () => {
    const response = withSchema(await get('Me'), MyGapSuggestionsSchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.neededFrom, 'profile');
    assert.deepEqual(
      response.body.gaps.map((gap: { function: string }) => gap.function),
      ['sponsorship', 'coaching'],
    );
    const ids = (index: number): string[] => response.body.gaps[index]?.suggestions.map((s) => s.personId) ?? [];
    const names = (index: number): string[] => response.body.gaps[index]?.suggestions.map((s) => s.name) ?? [];
    const everyone = [...ids(0), ...ids(1)];
    for (const never of ['Me', 'Boss', 'BossesBoss', 'Report', 'Tied', 'Paused', 'Full', 'Outsider', 'Other', 'Unreachable']) {
      assert.ok(!everyone.includes(people[never]!.id), `${never} is never suggested`);
    }
    assert.deepEqual(names(1), ['Coach']);
    assert.deepEqual(names(0), ['Fatima', 'Eli', 'Popular'], 'range first (Finance is new), the mentor with one place left last');
    const fatima = response.body.gaps[0]?.suggestions[0];
    assert.match(fatima?.reason ?? '', /^offers sponsorship, which your network lacks; from Finance, where you have no ties/);
    assert.equal(fatima?.nearCapacity, false);
    assert.ok(fatima?.details.includes('offers sponsorship, which you seek'), 'the engine’s reasons speak to the person');
    assert.equal(response.body.gaps[0]?.suggestions[2]?.nearCapacity, true);
  });

  test('another person reading suggestions gets only their own, nothing of mine', async () => {
    const response = withSchema(await get('Other'), MyGapSuggestionsSchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(
      response.body.gaps.map((gap: { function: string }) => gap.function),
      ['coaching'],
    );
    const text = JSON.stringify(response.body);
    assert.ok(!text.includes('sponsorship'), 'my gaps are not theirs');
    assert.ok(text.includes(people.Coach!.id));
    const anonymous = await call(t.app, 'GET', '/api/v1/me/network/suggestions');
    assert.equal(anonymous.status, 401);
  });

  test('with a plan, its needs and the expertise mapped to them find people who do not list the function', async () => {
    const plan = await call(
      t.app,
      'PUT',
      '/api/v1/me/development-plan',
      { needs: [{ text: 'Own the team budget', functions: ['protection'], expertiseAreas: ['Budgeting'] }], sharedWithSupervisor: false },
      { cookie: cookies.Me },
    );
    assert.equal(plan.status, 200, JSON.stringify(plan.body));
    const response = withSchema(await get('Me'), MyGapSuggestionsSchema);
    assert.equal(response.body.neededFrom, 'plan');
    assert.deepEqual(
      response.body.gaps.map((gap: { function: string }) => gap.function),
      ['protection'],
    );
    const [suggestion] = response.body.gaps[0]?.suggestions ?? [];
    assert.equal(suggestion?.personId, people.Budgeter!.id);
    assert.match(suggestion?.reason, /^knows Budgeting, which your plan needs for protection; from Procurement, where you have no ties/);
  });

  test('people out of reach never crowd out those in reach, however many there are', async () => {
    // 500 people who offer what the plan needs, named to sort first, in no program with Me: more than the scored pool holds.
    const org = people.Me!.organizationId;
    for (let n = 0; n < 500; n++) {
      const outOfReach = await makePerson(t.ctx, org, { name: `Aaron ${String(n).padStart(3, '0')}`, department: 'Procurement' });
      await upsertProfile(t.ctx.db, org, outOfReach.id, { functionsOffered: [], expertiseOffered: ['budgeting'], mentorCapacity: 2 });
    }
    const response = withSchema(await get('Me'), MyGapSuggestionsSchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(
      response.body.gaps[0]?.suggestions.map((s: { personId: string }) => s.personId),
      [people.Budgeter!.id],
    );
  });
});
