import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HomeSchema, ProgramPageSchema } from '../../../shared/schemas/index.ts';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /programs and the home page at the size of a large organization', () => {
  let t: TestApp;
  let coordinator: Person;
  let member: Person;
  let coordinatorCookie: string;
  let memberCookie: string;
  let adminCookie: string;
  const programIds: string[] = [];
  const memberProgramIds: string[] = [];

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Many Programs');
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    member = await makePerson(t.ctx, org.id);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    for (let i = 0; i < 23; i++) {
      const enrol: Array<[Person, 'mentee']> = i % 10 === 0 ? [[member, 'mentee']] : [];
      const program = await makeProgram(t.ctx, coordinator, enrol);
      programIds.push(program.id);
      if (enrol.length > 0) memberProgramIds.push(program.id);
    }
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
    memberCookie = await signInAs(t.app, member.email, testPassword);
    adminCookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('a coordinator pages through every program once, by name, while programs are created', async () => {
    const existing = [...programIds];
    const seen = await pageThrough(t.app, '/api/v1/programs', coordinatorCookie, ProgramPageSchema, 5, async () => {
      await makeProgram(t.ctx, coordinator);
    });
    assertEveryRowOnce(seen, existing, 'programs');
    const all = await call(t.app, 'GET', '/api/v1/programs?limit=500', undefined, { schema: ProgramPageSchema, cookie: coordinatorCookie });
    const names = all.body.items.map((program) => program.name.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    assert.ok(all.body.items.every((program) => program.myRoles.includes('coordinator') && program.canManage));
  });

  test('a member sees only the programs they take part in, with their roles; q and status narrow', async () => {
    const mine = await call(t.app, 'GET', '/api/v1/programs', undefined, { schema: ProgramPageSchema, cookie: memberCookie });
    assert.deepEqual(mine.body.items.map((program) => program.id).sort(), [...memberProgramIds].sort());
    assert.ok(mine.body.items.every((program) => program.myRoles.join() === 'mentee' && !program.canManage));
    assert.ok(mine.body.items.every((program) => program.enrolmentCounts.mentee === 1 && program.enrolmentCounts.coordinator === 1));
    const [first] = mine.body.items;
    const byName = await call(t.app, 'GET', `/api/v1/programs?q=${encodeURIComponent(first?.name.slice(-4) ?? '')}`, undefined, {
      schema: ProgramPageSchema,
      cookie: memberCookie,
    });
    assert.deepEqual(
      byName.body.items.map((program) => program.id),
      [first?.id],
    );
    const drafts = await call(t.app, 'GET', '/api/v1/programs?status=draft', undefined, { schema: ProgramPageSchema, cookie: adminCookie });
    assert.deepEqual(drafts.body.items, []);
    const bad = await call(t.app, 'GET', '/api/v1/programs?status=open&limit=0', undefined, { cookie: adminCookie });
    assert.equal(bad.status, 422);
  });

  test('home lists at most 20 programs of each kind and says when more follow', async () => {
    const asAdmin = await call(t.app, 'GET', '/api/v1/home', undefined, { schema: HomeSchema, cookie: adminCookie });
    assert.equal(asAdmin.body.coordinating.length, 20);
    assert.equal(asAdmin.body.coordinatingMore, true);
    assert.deepEqual(asAdmin.body.participating, []);
    const asMember = await call(t.app, 'GET', '/api/v1/home', undefined, { schema: HomeSchema, cookie: memberCookie });
    assert.deepEqual(asMember.body.coordinating, []);
    assert.equal(asMember.body.participating.length, memberProgramIds.length);
    assert.equal(asMember.body.participatingMore, false);
  });
});
