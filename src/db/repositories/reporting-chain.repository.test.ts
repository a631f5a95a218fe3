import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { upsertProfile } from './profile.repository.ts';
import { findReportsAmong, findSupervisorsAbove } from './reporting-chain.repository.ts';

describe('reporting chains, walked by key from the people asked about', () => {
  let t: TestApp;
  let organizationId: string;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx, 'Chains')).id;
    for (const name of ['chief', 'director', 'manager', 'engineer', 'intern', 'outsider', 'loopA', 'loopB', 'loopC'])
      ids[name] = (await makePerson(t.ctx, organizationId, { name })).id;
    const reportsTo: Array<[string, string]> = [
      ['director', 'chief'],
      ['manager', 'director'],
      ['engineer', 'manager'],
      ['intern', 'engineer'],
      // A loop in the links (data entered by hand): walks stop, nobody is listed twice.
      ['loopA', 'loopB'],
      ['loopB', 'loopC'],
      ['loopC', 'loopA'],
    ];
    for (const [person, supervisor] of reportsTo)
      await upsertProfile(t.ctx.db, organizationId, ids[person]!, { supervisorId: ids[supervisor]! });
  });
  after(() => t.handle.close());

  it('lists the supervisors above a person, nearest first', async () => {
    const above = await findSupervisorsAbove(t.ctx.db, organizationId, ids.engineer!);
    assert.deepEqual(above, [ids.manager, ids.director, ids.chief]);
    assert.deepEqual(await findSupervisorsAbove(t.ctx.db, organizationId, ids.chief!), []);
    assert.deepEqual(await findSupervisorsAbove(t.ctx.db, organizationId, ids.loopA!), [ids.loopB, ids.loopC]);
  });

  it('tells which candidates report to the person at any depth, and only those', async () => {
    const candidates = [ids.director!, ids.engineer!, ids.intern!, ids.outsider!, ids.loopA!];
    assert.deepEqual(
      await findReportsAmong(t.ctx.db, organizationId, ids.chief!, candidates),
      new Set([ids.director, ids.engineer, ids.intern]),
    );
    assert.deepEqual(await findReportsAmong(t.ctx.db, organizationId, ids.manager!, candidates), new Set([ids.engineer, ids.intern]));
    assert.deepEqual(
      await findReportsAmong(t.ctx.db, organizationId, ids.loopC!, [ids.loopA!, ids.loopB!]),
      new Set([ids.loopA, ids.loopB]),
    );
    assert.deepEqual(await findReportsAmong(t.ctx.db, organizationId, ids.chief!, []), new Set());
  });
});
