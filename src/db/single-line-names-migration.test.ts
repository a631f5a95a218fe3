import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './database.ts';
import { openTestDatabase } from '../testing/test-database.ts';

const migration = readFileSync(new URL('./migrations/0012_single_line_names.sql', import.meta.url), 'utf8');

let handle: DatabaseHandle;
before(async () => {
  handle = await openTestDatabase();
});
after(() => handle.close());

const rowsOf = async <Row>(query: ReturnType<typeof sql>) => ((await handle.db.execute(query)) as unknown as { rows: Row[] }).rows;

test('migration 0012 makes names stored by earlier versions one line (a planted calendar event becomes plain text)', async () => {
  const [organization] = await rowsOf<{ id: string }>(
    sql`insert into organizations (name, slug) values (${'Legacy\u0085Org'}, 'legacy-org') returning id`,
  );
  assert.ok(organization);
  const planted = 'Ana\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\u2028';
  await handle.db.execute(sql`insert into people (organization_id, email, display_name, department, job_title)
    values (${organization.id}, 'ana@legacy.example', ${planted}, ${'\t\t'}, ${'Lead\u000bengineer'}), (${organization.id}, 'bo@legacy.example', ${'\r\n'}, null, 'Fine title')`);
  for (const statement of migration.split('--> statement-breakpoint')) await handle.db.execute(sql.raw(statement));
  const people = await rowsOf<{ display_name: string; department: string | null; job_title: string | null }>(
    sql`select display_name, department, job_title from people where organization_id = ${organization.id} order by email`,
  );
  assert.deepEqual(people, [
    { display_name: 'Ana END:VCALENDAR BEGIN:VEVENT', department: null, job_title: 'Lead engineer' },
    { display_name: 'Unnamed person', department: null, job_title: 'Fine title' },
  ]);
  assert.deepEqual(await rowsOf(sql`select name from organizations where id = ${organization.id}`), [{ name: 'Legacy Org' }]);
});
