import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/connection.ts';
import { seedLargeOrganization } from '../testing/large-organization.ts';
import { type ServerProcess, startServerProcess } from '../testing/server-process.ts';
import { createScratchDatabase } from '../testing/test-database.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
/** Seconds instead of the defaults (10 s beats, failed after 45 s silent, swept every 15 s). */
const liveness = { MATCHING_HEARTBEAT_MS: '300', MATCHING_STALE_MS: '1500', MATCHING_SWEEP_MS: '300' };

type RunRow = { status: string; error: string | null };

async function signIn(server: ServerProcess, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie')?.match(/constellation_session=[^;]+/)?.[0];
  assert.ok(cookie, `signing in answered ${response.status}`);
  return cookie;
}

async function post(server: ServerProcess, cookie: string, url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/api/v1${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('matching runs outlive no server', { timeout: 180_000, skip: onPostgres ? false : 'runs with DATABASE_URL' }, () => {
  test('a run whose server was killed is failed by the other server within seconds; a coordinator cancels a run', async () => {
    const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-liveness-')));
    const handle = await openDatabase({ databaseUrl: scratch.env.DATABASE_URL, dataDir: 'memory://' });
    const servers: ServerProcess[] = [];
    try {
      await handle.migrate();
      // Large enough that loading and solving take seconds, so the run is still going when its server dies.
      const org = await seedLargeOrganization(handle.db, {
        people: 6500,
        mentees: 5000,
        mentors: 1500,
        mentorCapacity: 4,
        applications: 0,
      });
      const runOf = async (id: string): Promise<RunRow | undefined> =>
        ((await handle.db.execute(sql`select status, error from matching_runs where id = ${id}`)) as unknown as { rows: RunRow[] }).rows[0];
      const [doomed, survivor] = await Promise.all([
        startServerProcess({ ...scratch.env, ...liveness }),
        startServerProcess({ ...scratch.env, ...liveness }),
      ]);
      servers.push(doomed, survivor);
      const cookie = await signIn(doomed, org.coordinator.email, org.password);

      const started = await post(doomed, cookie, `/programs/${org.programId}/matching/runs`, {});
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const runId = (started.body as { id: string }).id;
      await doomed.stop('SIGKILL');
      assert.equal((await runOf(runId))?.status, 'running', 'the run was still going when its server died');
      const killedAt = Date.now();
      while ((await runOf(runId))?.status === 'running') {
        assert.ok(Date.now() - killedAt < 60_000, 'the dead run is still running after a minute');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(await runOf(runId), { status: 'failed', error: 'The server running this matching stopped; run it again' });
      const failedAfter = Date.now() - killedAt;
      assert.ok(failedAfter < 15_000, `failed ${failedAfter} ms after the kill (stale after 1.5 s, swept every 0.3 s)`);

      const again = await post(survivor, cookie, `/programs/${org.programId}/matching/runs`, {});
      assert.equal(again.status, 202, 'the program can be run again at once, on the other server');
      const againId = (again.body as { id: string }).id;
      const busy = await post(survivor, cookie, `/programs/${org.programId}/matching/runs`, {});
      assert.equal(busy.status, 409, 'a live run (its heartbeat beating) is not failed by the sweep');
      const cancelled = await post(survivor, cookie, `/matching-runs/${againId}/cancel`);
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      assert.equal((cancelled.body as { status: string }).status, 'cancelled');
      assert.equal((await post(survivor, cookie, `/matching-runs/${againId}/cancel`)).status, 409, 'a run is cancelled once');
      // Its worker stops, and it stores nothing: the run stays cancelled with no proposal.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal((await runOf(againId))?.status, 'cancelled');
      const [kept] = (
        (await handle.db.execute(sql`select count(*)::int as n from matching_proposals where run_id = ${againId}`)) as unknown as {
          rows: Array<{ n: number }>;
        }
      ).rows;
      assert.equal(kept?.n, 0);
      // The worker's stop is logged when it notices, which a busy machine may delay past the second above.
      for (let waited = 0; waited < 15_000 && !/matching run stopped: cancelled or failed elsewhere/.test(survivor.output()); waited += 250)
        await new Promise((resolve) => setTimeout(resolve, 250));
      assert.match(survivor.output(), /matching run stopped: cancelled or failed elsewhere/);
      assert.equal((await post(survivor, cookie, `/programs/${org.programId}/matching/runs`, {})).status, 202, 'and a new run may start');
    } finally {
      await Promise.all(servers.map((server) => server.stop('SIGKILL')));
      await handle.close();
      await scratch.drop();
    }
  });
});
