import { ImportErrorSchema, ImportPreviewSchema, ImportReportSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { people } from '../../db/schema/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { countRows } from '../../testing/count-rows.ts';
import { bodyOf, call, signInAs, errorOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const messyCsv = readFileSync(new URL('../../services/import/fixtures/messy-people.csv', import.meta.url), 'utf8');

describe('people import routes', () => {
  let t: TestApp;
  let org: Organization;
  let admin: Person;
  let adminCookie: string;
  let coordinatorCookie: string;
  const countInOrg = () => countRows(t.handle.db, 'people', eq(people.organizationId, org.id));

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    adminCookie = await signInAs(t.app, admin.email, testPassword);
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  test('only admins import: 401 without a session, 403 not_an_admin for others', async () => {
    for (const path of ['preview', 'commit', 'report.csv']) {
      const anonymous = await call(t.app, 'POST', `/api/v1/imports/people/${path}`, { csv: messyCsv });
      assert.equal(anonymous.status, 401, path);
      const coordinator = await call(t.app, 'POST', `/api/v1/imports/people/${path}`, { csv: messyCsv }, { cookie: coordinatorCookie });
      assert.equal(coordinator.status, 403, path);
      assert.equal(errorOf(coordinator).code, 'not_an_admin');
    }
  });

  test('preview: columns, automatic mapping, first rows and every error by line and column', async () => {
    const before = await countInOrg();
    const res = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/preview',
      { csv: messyCsv },
      { schema: ImportPreviewSchema, cookie: adminCookie },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.columns.length, 9);
    assert.equal(res.body.mapping.email, 'Work Email');
    assert.equal(res.body.mapping.timeZone, 'Time Zone');
    assert.equal(res.body.sampleRows.length, 10);
    assert.deepEqual([res.body.totalRows, res.body.validRows], [10, 3]);
    assert.deepEqual(
      res.body.errors.map((e) => `${e.line}:${e.column}`),
      ['5:Job Title', '5:Time Zone', '7:Grade', '9:Work Email', '10:Work Email', '11:Employee Name', '12:Manager Email', '16:Time Zone'],
    );
    assert.equal(await countInOrg(), before);
  });

  test('commit of a file with errors: 422 import_has_errors with the errors, nothing written', async () => {
    const before = await countRows(t.handle.db, 'people');
    const res = await call(t.app, 'POST', '/api/v1/imports/people/commit', { csv: messyCsv }, { cookie: adminCookie });
    assert.equal(res.status, 422);
    assert.equal(errorOf(res).code, 'import_has_errors');
    const importErrors = bodyOf({ ...res, body: errorOf(res).details }, ImportErrorSchema.array());
    assert.equal(importErrors.length, 8);
    assert.deepEqual(importErrors[0], {
      line: 5,
      column: 'Job Title',
      message: 'jobTitle: must be one line, without control characters',
    });
    assert.deepEqual(importErrors[1], {
      line: 5,
      column: 'Time Zone',
      message: 'timeZone: unknown time zone "Mars/Olympus_Mons" (must be an IANA time zone such as Europe/Lisbon)',
    });
    assert.equal(await countRows(t.handle.db, 'people'), before);
  });

  test('commit with skipInvalidRows imports the valid rows; the same file again changes nothing', async () => {
    const before = await countInOrg();
    const first = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/commit',
      { csv: messyCsv, skipInvalidRows: true },
      { schema: ImportReportSchema, cookie: adminCookie },
    );
    assert.equal(first.status, 200);
    assert.deepEqual(
      [first.body.created, first.body.updated, first.body.unchanged, first.body.skipped, first.body.errors.length],
      [3, 0, 0, 7, 8],
    );
    assert.equal(await countInOrg(), before + 3);
    const again = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/commit',
      { csv: messyCsv, skipInvalidRows: true },
      { schema: ImportReportSchema, cookie: adminCookie },
    );
    assert.deepEqual([again.body.created, again.body.updated, again.body.unchanged], [0, 0, 3]);
  });

  test('report.csv: the errors as a downloadable CSV', async () => {
    const res = await call(t.app, 'POST', '/api/v1/imports/people/report.csv', { csv: messyCsv }, { cookie: adminCookie });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
    const lines = String(res.body).trim().split('\r\n');
    assert.equal(lines[0], 'line,column,message');
    assert.equal(lines.length, 9);
    assert.equal(
      lines[2],
      '5,Time Zone,"timeZone: unknown time zone ""Mars/Olympus_Mons"" (must be an IANA time zone such as Europe/Lisbon)"',
    );
  });

  test('an explicit mapping; a mapped column missing from the file is an error on line 1', async () => {
    const csv = 'Mail,Who,Team\nmapped.one@x.example,Mapped One,Ops\n';
    const ok = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/preview',
      { csv, mapping: { email: 'Mail', displayName: 'Who', department: 'Team' } },
      { schema: ImportPreviewSchema, cookie: adminCookie },
    );
    assert.deepEqual([ok.body.validRows, ok.body.errors.length], [1, 0]);
    const bad = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/preview',
      { csv, mapping: { email: 'Mail', displayName: 'Name' } },
      { schema: ImportPreviewSchema, cookie: adminCookie },
    );
    assert.deepEqual(bad.body.errors, [{ line: 1, column: 'Name', message: 'column "Name" (mapped to displayName) is not in the file' }]);
    const invalid = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/preview',
      { csv, mapping: { nickname: 'Who' } },
      { cookie: adminCookie },
    );
    assert.equal(invalid.status, 422);
  });

  test('import bodies may exceed the API-wide body limit (100 kB in tests), up to 10 MB of CSV', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `bulk.${i}@big.example,Bulk Person ${i},Engineering,Europe/Lisbon`);
    const csv = ['email,name,department,time zone', ...rows].join('\n');
    assert.ok(csv.length > 100_000);
    const res = await call(t.app, 'POST', '/api/v1/imports/people/commit', { csv }, { schema: ImportReportSchema, cookie: adminCookie });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.created, 3000);
    const elsewhere = await call(t.app, 'POST', '/api/v1/programs', { name: 'x'.repeat(150_000) }, { cookie: adminCookie });
    assert.equal(elsewhere.status, 413, 'other routes keep the API-wide limit');
  });
});
