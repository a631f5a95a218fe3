import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { testPassword } from '../testing/factories.ts';
import { seedScratchAdmin, startServerProcess } from '../testing/server-process.ts';
import { createScratchDatabase } from '../testing/test-database.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe('constellation serve with WORKERS', { timeout: 120_000 }, () => {
  test('WORKERS=2 on PostgreSQL: two processes serve the port, a killed one is replaced, SIGTERM stops all cleanly', {
    skip: onPostgres ? false : 'runs with DATABASE_URL',
  }, async () => {
    const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-workers-')));
    try {
      const { email } = await seedScratchAdmin(scratch.env);
      const server = await startServerProcess({ ...scratch.env, WORKERS: '2' });
      const listening = () => server.output().match(/Constellation is listening/g)?.length ?? 0;
      const pids = () => [...server.output().matchAll(/"pid":(\d+),[^\n]*Constellation is listening/g)].map((match) => Number(match[1]));
      while (listening() < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(new Set(pids()).size, 2, 'two worker processes listen');
      assert.ok(!pids().includes(server.child.pid ?? -1), 'the primary itself does not serve');
      const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: testPassword }),
      });
      assert.equal(signIn.status, 200, 'a worker signs in against the shared database');
      for (let i = 0; i < 20; i++) assert.equal((await fetch(`${server.url}/healthz`)).status, 200);

      process.kill(pids()[0] ?? -1, 'SIGKILL');
      while (listening() < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(server.output(), /a server worker stopped; starting another/);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      await server.stop('SIGTERM');
      assert.equal(server.child.exitCode, 0, server.output());
    } finally {
      await scratch.drop();
    }
  });
});
