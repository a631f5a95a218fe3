import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testPassword } from '../testing/factories.ts';
import { seedScratchAdmin, startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { createScratchDatabase } from '../testing/test-database.ts';

/** Parallel writers in the burst, and how many acknowledged writes to wait for before the kill. */
const WRITERS = 6;
const ACKNOWLEDGED_BEFORE_KILL = 40;

let email = '';

async function signIn(server: ServerProcess): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  });
  assert.equal(response.status, 200, await response.text());
  return /constellation_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

/**
 * Writers create programs with unique names; after `killAfter` acknowledged (201 received) the
 * server gets SIGKILL while the others are in flight. `acknowledged` lists the names to find again.
 */
function burstOfWrites(server: ServerProcess, cookie: string, killAfter: number) {
  const acknowledged: string[] = [];
  let stopped = false;
  let killed: Promise<void> | undefined;
  const writer = async (id: number) => {
    for (let i = 0; !stopped; i++) {
      const name = `Crash program ${id}-${i}`;
      try {
        const response = await fetch(`${server.url}/api/v1/programs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ name, type: 'one_to_one' }),
        });
        if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
        acknowledged.push(name);
        if (acknowledged.length >= killAfter) killed ??= server.stop('SIGKILL');
      } catch (error) {
        if (killed !== undefined) return; // the server was killed on purpose: this request may fail
        throw error;
      }
    }
  };
  const done = Promise.all(Array.from({ length: WRITERS }, (_, id) => writer(id))).then(() => killed);
  return { acknowledged, done, stop: () => (stopped = true) };
}

describe('kill -9 in the middle of a burst of writes', { timeout: 150_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  before(async () => {
    const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-crash-')));
    env = { ...scratch.env, SESSION_SECRET: 'crash-test-secret-crash-test-secret-0123' };
    drop = scratch.drop;
    email = (await seedScratchAdmin(env)).email;
  });
  after(() => drop());

  test('after a restart, every acknowledged write is there and the database opens', async (context) => {
    const server = await startServerProcess(env);
    let burst: ReturnType<typeof burstOfWrites> | undefined;
    try {
      const cookie = await signIn(server);
      burst = burstOfWrites(server, cookie, ACKNOWLEDGED_BEFORE_KILL);
      await burst.done;
      assert.equal(server.child.signalCode, 'SIGKILL', 'the server was killed, not stopped');
    } finally {
      burst?.stop();
      await server.stop('SIGKILL');
    }
    const acknowledged = burst.acknowledged;
    assert.ok(acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL);

    const again = await startServerProcess(env);
    try {
      const cookie = await signIn(again);
      const names = new Set<string>();
      for (let cursor: string | null = ''; cursor !== null; ) {
        const list = await fetch(`${again.url}/api/v1/programs?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie } });
        assert.equal(list.status, 200);
        const page = (await list.json()) as { items: Array<{ name: string }>; nextCursor: string | null };
        for (const program of page.items) names.add(program.name);
        cursor = page.nextCursor;
      }
      const lost = acknowledged.filter((name) => !names.has(name));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged writes lost`);
      context.diagnostic(`${acknowledged.length} writes acknowledged before the kill; ${names.size} programs found after the restart`);
      const write = await fetch(`${again.url}/api/v1/programs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await signIn(again) },
        body: JSON.stringify({ name: 'After the crash', type: 'one_to_one' }),
      });
      assert.equal(write.status, 201, 'the restarted server writes again');
    } finally {
      await again.stop();
    }
  });
});
