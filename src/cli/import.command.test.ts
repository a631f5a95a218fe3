import assert from 'node:assert/strict';

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../testing/test-database.ts';
import { runCli } from '../testing/cli-process.ts';

const messy = fileURLToPath(new URL('../services/import/fixtures/messy-people.csv', import.meta.url));

const run = runCli;

describe('constellation import people', { timeout: 180_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'constellation-import-'));
    const scratch = await createScratchDatabase(dir);
    env = { ...scratch.env, SESSION_SECRET: 'cli-test-secret-cli-test-secret-0123456789' };
    drop = scratch.drop;
    const org = await run(['org', 'create', '--name', 'Import Org', '--slug', 'import-org'], env);
    assert.equal(org.code, 0, org.stderr);
  });
  after(() => drop());

  test('--dry-run lists every error by line and writes nothing', async () => {
    const dry = await run(['import', 'people', messy, '--org', 'import-org', '--dry-run'], env);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /Dry run: 10 rows, 3 valid, 8 error\(s\); nothing was written/);
    assert.match(dry.stdout, /line 5 \[Time Zone\]: timeZone: unknown time zone "Mars\/Olympus_Mons"/);
    assert.match(dry.stdout, /line 9 \[Work Email\]: email ben\.oko@messy\.example already appears on line 4/);
    // Nothing written: a real import afterwards still creates everyone.
  });

  test('a file with errors is refused without --skip-invalid-rows, then imported once with it', async () => {
    const refused = await run(['import', 'people', messy, '--org', 'import-org'], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /import_has_errors/);
    assert.match(refused.stdout, /line 16 \[Time Zone\]/);
    assert.match(refused.stdout, /--skip-invalid-rows/);

    const first = await run(['import', 'people', messy, '--org', 'import-org', '--skip-invalid-rows'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Created 3, updated 0, unchanged 0, skipped 7\./);
    assert.match(first.stdout, /line 12 \[Manager Email\]/);

    const again = await run(['import', 'people', messy, '--org', 'import-org', '--skip-invalid-rows'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Created 0, updated 0, unchanged 3, skipped 7\./);
  });

  test('--map maps fields to columns the automatic matching does not know', async () => {
    const file = path.join(dir, 'odd-headers.csv');
    writeFileSync(file, 'Correo,Nombre,Zona\nluz@odd.example,Luz Ortega,America/Bogota\n');
    const unmapped = await run(['import', 'people', file, '--org', 'import-org'], env);
    assert.equal(unmapped.code, 1);
    assert.match(unmapped.stdout, /no column is mapped to email/);
    const mapped = await run(
      ['import', 'people', file, '--org', 'import-org', '--map', 'email=Correo', '--map', 'displayName=Nombre', '--map', 'timeZone=Zona'],
      env,
    );
    assert.equal(mapped.code, 0, mapped.stderr);
    assert.match(mapped.stdout, /Created 1, updated 0, unchanged 0, skipped 0\./);
    const wrong = await run(['import', 'people', file, '--org', 'import-org', '--map', 'nickname=Nombre'], env);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /--map expects field=Column/);
  });
});
