import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/connection.ts';
import { runCli } from '../testing/cli-process.ts';
import { createScratchDatabase } from '../testing/test-database.ts';

describe('constellation enrol', { timeout: 180_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let dir: string;
  let programId: string;

  /** Runs SQL on the scratch database between commands (the CLI has no program command). */
  async function query<Row>(statement: ReturnType<typeof sql>): Promise<Row[]> {
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? dir });
    try {
      return ((await handle.db.execute(statement)) as unknown as { rows: Row[] }).rows;
    } finally {
      await handle.close();
    }
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'constellation-enrol-'));
    const scratch = await createScratchDatabase(dir);
    env = { ...scratch.env, SESSION_SECRET: 'cli-test-secret-cli-test-secret-0123456789' };
    drop = scratch.drop;
    assert.equal((await runCli(['org', 'create', '--name', 'Enrol Org', '--slug', 'enrol-org'], env)).code, 0);
    const admin = await runCli(
      [
        'user',
        'create',
        '--org',
        'enrol-org',
        '--email',
        'admin@enrol.example',
        '--name',
        'Ada Admin',
        '--role',
        'admin',
        '--password',
        'correct horse battery staple',
      ],
      env,
    );
    assert.equal(admin.code, 0, admin.stderr);
    const people = path.join(dir, 'people.csv');
    writeFileSync(people, 'email,name\nana@enrol.example,Ana\nbo@enrol.example,Bo\ncy@enrol.example,Cy\n');
    const imported = await runCli(['import', 'people', people, '--org', 'enrol-org'], env);
    assert.equal(imported.code, 0, imported.stderr);
    const [program] = await query<{ id: string }>(sql`
      insert into programs (organization_id, name, type, status, design_checklist, created_by_id)
      select organization_id, 'CLI cohort', 'one_to_one', 'active', '{}', id from people where email = 'admin@enrol.example'
      returning id`);
    assert.ok(program);
    programId = program.id;
  });
  after(() => drop());

  test('a file with a bad row is refused, each problem by line, and nothing is written', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'email,role\nbo@enrol.example,mentee\nnobody@enrol.example,mentee\ncy@enrol.example,sponsor\n');
    const refused = await runCli(['enrol', '--org', 'enrol-org', '--program', programId, '--file', file], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /nothing was written/);
    assert.match(refused.stdout, /line\.4\.role: must be one of/);
    const enrolled = await query<{ n: number }>(sql`select count(*)::int as n from enrolments where program_id = ${programId}`);
    assert.equal(enrolled[0]?.n, 0);
  });

  test('a good file enrols everyone in one go; again, everyone is already enrolled', async () => {
    const file = path.join(dir, 'good.csv');
    writeFileSync(file, 'Email;Role\nbo@enrol.example;mentee\ncy@enrol.example;mentor\n');
    const first = await runCli(['enrol', '--org', 'enrol-org', '--program', programId, '--file', file], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Enrolled 2, re-activated 0, already enrolled 0 \(1 mentor, 1 mentee\)/);
    const again = await runCli(['enrol', '--org', 'enrol-org', '--program', programId, '--file', file], env);
    assert.match(again.stdout, /Enrolled 0, re-activated 0, already enrolled 2/);
  });
});
