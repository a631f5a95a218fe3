import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrganization, makePerson, testPassword } from '../testing/factories.ts';
import { call, signInAs } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

describe('calendar dates in input', { timeout: 60_000 }, () => {
  let t: TestApp;
  let cookie: string;
  before(async () => {
    t = await openTestApp();
    const admin = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id, { role: 'admin' });
    cookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('year 0000 (valid ISO, not a PostgreSQL date) is a 422 naming the field, never a 500', async () => {
    const refused = await call(t.app, 'POST', '/api/v1/programs', { name: 'Year zero', type: 'one_to_one', startsOn: '0000-01-01' }, { cookie });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.deepEqual(refused.body.error.details.map((d: { field: string }) => d.field), ['startsOn']);
    const first = await call(t.app, 'POST', '/api/v1/programs', { name: 'Year one', type: 'one_to_one', startsOn: '0001-01-01', endsOn: '9999-12-31' }, { cookie });
    assert.equal(first.status, 201, JSON.stringify(first.body));
  });
});
