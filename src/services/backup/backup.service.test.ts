import { NoteSchema, MeetingSchema, AgreementSchema, GoalSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../db/connection.ts';
import { listTablesInDependencyOrder, readTableRows } from '../../db/backup.ts';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { DomainError } from '../../domain/errors.ts';
import { call, withSchema } from '../../testing/http-client.ts';
import { makePairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import type { ServiceContext } from '../context.ts';
import { seedDemoOrganization } from '../demo/demo-seed.service.ts';
import { backupDatabase } from './backup.service.ts';
import { restoreDatabase } from './restore.service.ts';

/** Characters that break naive dumps: quotes, backslashes, control characters, emoji, markup. */
const awkward = 'Quote " backslash \\ tab \t CRLF \r\n line-sep \u2028 nul-free ☃ 😀 <script>alert(1)</script> \'; drop table people; --';

/** Every table's rows (derived tables included), as the server's JSON of each row, sorted: equal means equal row by row. */
async function snapshot(db: Database): Promise<Map<string, string[]>> {
  const tables = await listTablesInDependencyOrder(db, { derived: true });
  return db.transaction(async (trx) => {
    const all = new Map<string, string[]>();
    for (const table of tables) {
      const rows: string[] = [];
      for await (const page of readTableRows(trx, table.name)) rows.push(...page.map(canonical));
      all.set(table.name, rows.sort());
    }
    return all;
  });
}

/** Key order and number spelling as parsed values, so PostgreSQL and PGlite text compare equal. */
function canonical(rowJson: string): string {
  const row = JSON.parse(rowJson) as Record<string, unknown>;
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(row)
        .sort()
        .map((key) => [key, row[key]]),
    ),
  );
}

function contextOf(handle: DatabaseHandle, t: TestApp): ServiceContext {
  return { ...t.ctx, db: handle.db };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DomainError, String(error));
    return error;
  }
  assert.fail('expected the restore to be refused');
}

describe('backup and restore', { timeout: 120_000 }, () => {
  let t: TestApp;
  let file: string;
  let original: Map<string, string[]>;
  /** The tables a backup copies: all but the derived ones. */
  let copied: Set<string>;
  const folder = mkdtempSync(path.join(tmpdir(), 'constellation-backup-'));

  before(async () => {
    t = await openTestApp();
    await seedDemoOrganization(t.ctx);
    const s = await makePairSessions(t);
    const as = (who: keyof typeof s.cookies, method: string, url: string, body?: unknown) =>
      call(t.app, method, `/api/v1${url}`, body, { cookie: s.cookies[who] });
    const base = `/relationships/${s.relationshipId}`;
    const shared = withSchema(await as('mentor', 'POST', `${base}/notes`, { visibility: 'shared', body: awkward }), NoteSchema);
    assert.equal(shared.status, 201, JSON.stringify(shared.body));
    assert.equal((await as('mentee', 'POST', `${base}/notes/${shared.body.id}/comments`, { body: `Re: ${awkward}` })).status, 201);
    assert.equal((await as('mentee', 'POST', `${base}/notes`, { visibility: 'private', body: 'my private worry' })).status, 201);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const meeting = withSchema(
      await as('mentee', 'POST', `${base}/meetings`, {
        startsAt,
        durationMinutes: 45,
        channel: 'video',
        videoLink: 'https://meet.example.org/x',
      }),
      MeetingSchema,
    );
    assert.equal(meeting.status, 201, JSON.stringify(meeting.body));
    assert.equal((await as('mentor', 'POST', `${base}/meetings/${meeting.body.id}/accept`, {})).status, 200);
    const agreement = withSchema(await as('mentee', 'GET', `${base}/agreement`), AgreementSchema);
    const content = { ...agreement.body.current.content, firstGoals: [awkward] };
    const saved = await as('mentee', 'PUT', `${base}/agreement`, { version: agreement.body.currentVersion, content });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const goal = withSchema(
      await as('mentee', 'POST', `${base}/goals`, {
        specific: awkward,
        measure: '',
        achievable: 'Two hours a week',
        relevant: 'The gap in my plan',
      }),
      GoalSchema,
    );
    assert.equal(goal.status, 201, JSON.stringify(goal.body));
    assert.equal(
      (await as('mentee', 'POST', `${base}/goals/${goal.body.id}/milestones`, { title: 'First step', dueOn: '2040-06-01' })).status,
      201,
    );
    assert.equal((await as('mentee', 'POST', `${base}/learning-log`, { tried: 'Presented', learned: awkward, shared: true })).status, 201);
    original = await snapshot(t.handle.db);
    copied = new Set((await listTablesInDependencyOrder(t.handle.db)).map((table) => table.name));
    file = path.join(folder, 'constellation.backup.gz');
    const summary = await backupDatabase(t.ctx, file);
    assert.equal(
      summary.rows,
      [...original].reduce((sum, [name, rows]) => sum + (copied.has(name) ? rows.length : 0), 0),
    );
  });
  after(() => t.handle.close());

  test('the backup holds every table, and most of them have rows here', () => {
    const filled = [...original.values()].filter((rows) => rows.length > 0).length;
    assert.ok(original.size >= 30, `only ${original.size} tables`);
    assert.ok(filled >= 15, `only ${filled} tables with rows: the seed should cover more of the schema`);
    assert.ok(
      !copied.has('program_enrolment_counts') && (original.get('program_enrolment_counts')?.length ?? 0) > 0,
      'the derived counts are left out of the backup, and rebuilt on restore',
    );
  });

  test('restored into a fresh database: every table equal row by row; then refused without --force, rolled back when damaged', async () => {
    const target = await openTestDatabase();
    try {
      const ctx = contextOf(target, t);
      const summary = await restoreDatabase(ctx, file, { force: false });
      assert.equal(summary.tables, copied.size);
      assert.deepEqual(await snapshot(target.db), original);
      assert.equal((await rejection(restoreDatabase(ctx, file, { force: false }))).code, 'database_not_empty');

      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const truncated = path.join(folder, 'truncated.gz');
      writeFileSync(truncated, gzipSync(lines.slice(0, -3).join('\n')));
      assert.equal((await rejection(restoreDatabase(ctx, truncated, { force: true }))).code, 'backup_invalid');
      assert.deepEqual(await snapshot(target.db), original, 'a failed restore must roll back, the --force emptying included');

      const header = JSON.parse(lines[0] ?? '{}') as { migrations: { count: number } };
      header.migrations.count -= 1;
      const older = path.join(folder, 'older.gz');
      writeFileSync(older, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
      assert.equal((await rejection(restoreDatabase(ctx, older, { force: true }))).code, 'migration_level_mismatch');

      await restoreDatabase(ctx, file, { force: true });
      assert.deepEqual(await snapshot(target.db), original);
    } finally {
      await target.close();
    }
  });

  test('a PostgreSQL backup restores into embedded PGlite, every table equal row by row', {
    skip: !process.env.DATABASE_URL && 'runs with DATABASE_URL',
  }, async () => {
    const embedded = await openDatabase({ dataDir: 'memory://' });
    try {
      await embedded.migrate();
      await restoreDatabase(contextOf(embedded, t), file, { force: false });
      assert.deepEqual(await snapshot(embedded.db), original);
    } finally {
      await embedded.close();
    }
  });
});
