// First: the app loads @hono/zod-openapi, which must extend zod before any shared schema is built.
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { findPasswordHashOfPerson, findPersonByEmail } from '../../db/repositories/person.repository.ts';
import { findProfile } from '../../db/repositories/profile.repository.ts';
import { people } from '../../db/schema/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { emptyProfile } from '../../domain/profile.ts';
import type { Organization } from '../../domain/person.ts';
import { countRows } from '../../testing/count-rows.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { openPeopleCsv } from './csv-people-reader.ts';
import { checkPeopleImport, importPeople } from './people-import.service.ts';

const messy = { path: fileURLToPath(new URL('./fixtures/messy-people.csv', import.meta.url)) };

/** Every error of the messy fixture: [line, column, message pattern]. */
const messyErrors: Array<[number, string, RegExp]> = [
  [5, 'Job Title', /must be one line, without control characters/],
  [5, 'Time Zone', /unknown time zone "Mars\/Olympus_Mons"/],
  [7, 'Grade', /whole number from 1 to 20/],
  [9, 'Work Email', /ben\.oko@messy\.example already appears on line 4/],
  [10, 'Work Email', /"not-an-email" is not a valid email/],
  [11, 'Employee Name', /displayName: is required/],
  [12, 'Manager Email', /nobody@messy\.example/],
  [16, 'Time Zone', /unknown time zone "Moon\/Base"/],
];

const inOrg = (organization: Organization) => eq(people.organizationId, organization.id);

describe('people import service', () => {
  let t: TestApp;

  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('the reader gives the physical start line of each record (BOM, CRLF, quoted newlines, blank lines)', async () => {
    const csv = await openPeopleCsv(messy);
    assert.equal(csv.columns[0], 'Work Email', 'BOM stripped');
    assert.equal(csv.columns[1], 'Employee Name', 'header trimmed');
    const lines: number[] = [];
    for await (const row of csv.rows) lines.push(row.line);
    assert.deepEqual(lines, [2, 4, 5, 7, 9, 10, 11, 12, 13, 16]);
  });

  test('a tab-separated file with CRLF inside quotes keeps counting lines right', async () => {
    const text = 'email\tname\tnotes\r\n"a@x.org"\t"A"\t"one\r\ntwo\r\nthree"\r\n\r\nb@x.org\tB\t"x\r\ny"\r\nc@x.org\tC\tz\r\n';
    const csv = await openPeopleCsv({ text });
    const rows: Array<[number, string | undefined]> = [];
    for await (const row of csv.rows) rows.push([row.line, row.cells[0]]);
    assert.deepEqual(rows, [
      [2, 'a@x.org'],
      [6, 'b@x.org'],
      [8, 'c@x.org'],
    ]);
  });

  test('the preview lists every error of the messy file by line and column, and writes nothing', async () => {
    const org = await makeOrganization(t.ctx);
    const preview = await checkPeopleImport(t.ctx, org.id, messy);
    assert.equal(preview.totalRows, 10);
    assert.equal(preview.validRows, 3);
    assert.equal(preview.sampleRows[1]?.['Work Email'], 'BEN.OKO@messy.example');
    assert.equal(preview.sampleRows[2]?.['Job Title'], 'Product Manager\r\n(Payments)');
    assert.deepEqual(
      preview.errors.map((error) => [error.line, error.column]),
      messyErrors.map(([line, column]) => [line, column]),
    );
    for (const [i, [, , message]] of messyErrors.entries()) assert.match(preview.errors[i]?.message ?? '', message);
    assert.equal(await countRows(t.handle.db, 'people', inOrg(org)), 0);
  });

  test('with errors and skipInvalidRows=false nothing is written', async () => {
    const org = await makeOrganization(t.ctx);
    const before = await countRows(t.handle.db, 'people');
    await assert.rejects(importPeople(t.ctx, org.id, messy, { skipInvalidRows: false }), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'import_has_errors');
      assert.equal((error.details as unknown[]).length, messyErrors.length);
      return true;
    });
    assert.equal(await countRows(t.handle.db, 'people'), before);
  });

  test('skipInvalidRows imports the valid rows with supervisors; importing again changes nothing', async () => {
    const org = await makeOrganization(t.ctx);
    const first = await importPeople(t.ctx, org.id, messy, { skipInvalidRows: true });
    assert.deepEqual([first.created, first.updated, first.unchanged, first.skipped], [3, 0, 0, 7]);
    assert.equal(first.errors.length, messyErrors.length);
    assert.equal(await countRows(t.handle.db, 'people', inOrg(org)), 3);
    const ben = await findPersonByEmail(t.handle.db, org.id, 'ben.oko@messy.example');
    const ana = await findPersonByEmail(t.handle.db, org.id, 'ana.silva@messy.example');
    const gus = await findPersonByEmail(t.handle.db, org.id, 'gus.berg@messy.example');
    assert.ok(ben && ana && gus);
    assert.equal(await findPasswordHashOfPerson(t.handle.db, org.id, ben.id), null);
    assert.equal(ben.organizationRole, 'member');
    assert.equal(ben.jobTitle, 'Engineer, Platform');
    assert.deepEqual(ben.languages, ['English', 'Yoruba']);
    assert.equal(ben.seniorityLevel, 7);
    assert.equal(gus.jobTitle, 'Engineer "Backend"');
    assert.equal((await findProfile(t.handle.db, org.id, ben.id)).supervisorId, ana.id);
    assert.equal((await findProfile(t.handle.db, org.id, gus.id)).supervisorId, ben.id);

    const second = await importPeople(t.ctx, org.id, messy, { skipInvalidRows: true });
    assert.deepEqual([second.created, second.updated, second.unchanged, second.skipped], [0, 0, 3, 7]);
  });

  test('updates only mapped fields, keeps role and password, and counts a supervisor change as an update', async () => {
    const org = await makeOrganization(t.ctx);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin', department: 'Legal' });
    const boss = await makePerson(t.ctx, org.id);
    const text = `Email,Name,Title,Manager Email,Capacity\n${admin.email},Renamed Admin,General Counsel,,4\n`;
    const first = await importPeople(t.ctx, org.id, { text }, { skipInvalidRows: false });
    assert.deepEqual([first.created, first.updated, first.unchanged], [0, 1, 0]);
    const after = await findPersonByEmail(t.handle.db, org.id, admin.email);
    assert.equal(after?.displayName, 'Renamed Admin');
    assert.equal(after?.department, 'Legal', 'unmapped field kept');
    assert.equal(after?.organizationRole, 'admin');
    assert.ok(await findPasswordHashOfPerson(t.handle.db, org.id, admin.id));
    assert.equal((await findProfile(t.handle.db, org.id, admin.id)).mentorCapacity, 4);

    const withBoss = `Email,Name,Title,Manager Email,Capacity\n${admin.email},Renamed Admin,General Counsel,${boss.email},4\n`;
    const second = await importPeople(t.ctx, org.id, { text: withBoss }, { skipInvalidRows: false });
    assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 0]);
    assert.equal((await findProfile(t.handle.db, org.id, admin.id)).supervisorId, boss.id);
    const third = await importPeople(t.ctx, org.id, { text: withBoss }, { skipInvalidRows: false });
    assert.deepEqual([third.created, third.updated, third.unchanged], [0, 0, 1]);
  });

  test('empty optional cells are not given: no error, nothing cleared, defaults for someone new (issue 22)', async () => {
    const org = await makeOrganization(t.ctx);
    const kept = await makePerson(t.ctx, org.id, { name: 'Kept Kim', department: 'Legal' });
    const boss = await makePerson(t.ctx, org.id);
    const set = `Email,Name,Department,Title,Level,Manager Email,Location,TZ,Languages,Education,Profession,Expertise,Wants,Capacity
${kept.email},Kept Kim,Legal,Counsel,5,${boss.email},Oslo,Europe/Oslo,en|no,LLM,Lawyer,Contracts,Negotiation,4
`;
    await importPeople(t.ctx, org.id, { text: set }, { skipInvalidRows: false });
    const header = set.split('\n')[0];
    const empty = `${header}\n${kept.email},Kept Kim,,,,,,,,,,,,\nnew.person@x.example,New Person,,,,,,,,,,,,\n`;
    const preview = await checkPeopleImport(t.ctx, org.id, { text: empty });
    assert.deepEqual(preview.errors, [], 'no row is an error for its empty optional cells');
    const report = await importPeople(t.ctx, org.id, { text: empty }, { skipInvalidRows: false });
    assert.deepEqual([report.created, report.updated, report.unchanged, report.skipped], [1, 0, 1, 0]);
    const after = await findPersonByEmail(t.handle.db, org.id, kept.email);
    assert.deepEqual(
      [after?.department, after?.jobTitle, after?.seniorityLevel, after?.location, after?.timeZone, after?.languages],
      ['Legal', 'Counsel', 5, 'Oslo', 'Europe/Oslo', ['en', 'no']],
    );
    const keptProfile = await findProfile(t.handle.db, org.id, kept.id);
    assert.deepEqual(
      [keptProfile.mentorCapacity, keptProfile.supervisorId, keptProfile.education, keptProfile.expertiseOffered],
      [4, boss.id, 'LLM', ['Contracts']],
    );
    const added = await findPersonByEmail(t.handle.db, org.id, 'new.person@x.example');
    assert.ok(added);
    assert.deepEqual([added.department, added.languages], [null, []]);
    const addedProfile = await findProfile(t.handle.db, org.id, added.id);
    assert.deepEqual([addedProfile.mentorCapacity, addedProfile.supervisorId], [emptyProfile(new Date(0)).mentorCapacity, null]);
  });

  test('an email another organization holds is imported as this organization’s own person; theirs is untouched', async () => {
    const org = await makeOrganization(t.ctx);
    const other = await makeOrganization(t.ctx);
    const outsider = await makePerson(t.ctx, other.id, { name: 'Outsider' });
    const text = `email;name\n${outsider.email};Taken Over\nnew.one@x.example;New One\n`;
    const preview = await checkPeopleImport(t.ctx, org.id, { text });
    assert.deepEqual(preview.errors, []);
    const report = await importPeople(t.ctx, org.id, { text }, { skipInvalidRows: false });
    assert.deepEqual([report.created, report.updated, report.skipped], [2, 0, 0]);
    const [untouched] = await t.handle.db.select().from(people).where(eq(people.id, outsider.id));
    assert.deepEqual([untouched?.displayName, untouched?.organizationId], ['Outsider', other.id]);
    const [own] = await t.handle.db
      .select()
      .from(people)
      .where(and(inOrg(org), eq(people.email, outsider.email)));
    assert.equal(own?.displayName, 'Taken Over');
    assert.notEqual(own?.id, outsider.id);
    const again = await importPeople(t.ctx, org.id, { text }, { skipInvalidRows: false });
    assert.deepEqual([again.created, again.unchanged], [0, 2], 'upserted by email within the organization');
  });

  test('a file whose mapping lacks a required field is refused even with skipInvalidRows', async () => {
    const org = await makeOrganization(t.ctx);
    const text = 'Email,Department\na@x.example,Ops\n';
    await assert.rejects(importPeople(t.ctx, org.id, { text }, { skipInvalidRows: true }), /cannot be imported/);
    const mapped = await importPeople(
      t.ctx,
      org.id,
      { text },
      { skipInvalidRows: false, mapping: { email: 'Email', displayName: 'Email' } },
    );
    assert.equal(mapped.created, 1);
  });
});
