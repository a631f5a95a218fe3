import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { createScratchDatabase } from '../testing/test-database.ts';
import { cliBin, runCli } from '../testing/cli-process.ts';

const bin = cliBin;

const run = runCli;

/** Starts `constellation serve` on a free port and waits for its "listening" log line. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; logs: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
  });
  let logs = '';
  child.stderr?.on('data', (chunk) => (logs += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      logs += chunk;
      const match = logs.match(/"url":"(http:\/\/[^"]+)"/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${logs}`)));
  });
  return { child, url, logs: () => logs };
}

describe('constellation CLI and server process', { timeout: 180_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  before(async () => {
    const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-cli-')));
    env = { ...scratch.env, SESSION_SECRET: 'cli-test-secret-cli-test-secret-0123456789' };
    drop = scratch.drop;
  });
  after(() => drop());

  test('db migrate, org create and user create', async () => {
    const migrate = await run(['db', 'migrate'], env);
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, /Migrations applied/);
    const org = await run(['org', 'create', '--name', 'Cli Org', '--slug', 'cli-org'], env);
    assert.equal(org.code, 0, org.stderr);
    const user = await run(['user', 'create', '--org', 'cli-org', '--email', 'Owner@Cli.test', '--name', 'Owner', '--role', 'admin'], {
      ...env,
      CONSTELLATION_PASSWORD: 'a long cli passphrase',
    });
    assert.equal(user.code, 0, user.stderr);
    assert.match(user.stdout, /owner@cli\.test/);
    const duplicate = await run(
      ['user', 'create', '--org', 'cli-org', '--email', 'owner@cli.test', '--name', 'Again', '--password', 'another long passphrase'],
      env,
    );
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /email_taken/);
    // The same address in another organization is another person, not a duplicate.
    assert.equal((await run(['org', 'create', '--name', 'Other Org', '--slug', 'other-org'], env)).code, 0);
    const elsewhere = await run(
      [
        'user',
        'create',
        '--org',
        'other-org',
        '--email',
        'owner@cli.test',
        '--name',
        'Owner Elsewhere',
        '--password',
        'a consultant keeps two separate lives',
      ],
      env,
    );
    assert.equal(elsewhere.code, 0, elsewhere.stderr);
    assert.match(elsewhere.stdout, /Created Owner Elsewhere <owner@cli\.test>/);
    const weak = await run(
      ['user', 'create', '--org', 'cli-org', '--email', 'weak@cli.test', '--name', 'Weak', '--password', 'short'],
      env,
    );
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /at least 12 /);
    const common = await run(
      ['user', 'create', '--org', 'cli-org', '--email', 'common@cli.test', '--name', 'Common', '--password', 'password1234'],
      env,
    );
    assert.equal(common.code, 1);
    assert.match(common.stderr, /password: is too easy to guess/);
  });

  test('seed --demo creates the demo organization once', async () => {
    const first = await run(['seed', '--demo'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Demo organization created/);
    const second = await run(['seed', '--demo'], env);
    assert.match(second.stdout, /already exists/);
  });

  test('serve answers, finishes in-flight requests on SIGTERM, and keeps data across restarts', async () => {
    const server = await startServer(env);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200); // also opens a keep-alive connection
    const signIn = () =>
      fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@cli.test', password: 'a long cli passphrase' }),
      });
    const inFlight = signIn();
    // argon2 verification keeps the sign-in busy for tens of milliseconds: SIGTERM lands mid-request.
    await new Promise((resolve) => setTimeout(resolve, 15));
    server.child.kill('SIGTERM');
    const [exitCode] = await once(server.child, 'exit');
    assert.equal((await inFlight).status, 200, 'the request in flight at SIGTERM was answered');
    assert.equal(exitCode, 0, server.logs());
    assert.match(server.logs(), /stopped cleanly/);

    const again = await startServer(env);
    try {
      const res = await fetch(`${again.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'priya.raman@aurora.example', password: 'constellation-demo' }),
      });
      assert.equal(res.status, 200, 'demo data persisted across restarts');
    } finally {
      again.child.kill('SIGTERM');
      await once(again.child, 'exit');
    }
  });
});
