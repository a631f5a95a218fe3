import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { createLogger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { cliBin } from './cli-process.ts';
import { makeOrganization, makePerson } from './factories.ts';

/** A `constellation serve` child process and where it listens. */
export type ServerProcess = {
  child: ChildProcess;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything the process logged so far (read from its log file), for failure messages. */
  output: () => string;
  /** Sends `signal` (SIGTERM by default; SIGKILL for crash tests) and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Starts the real server (`constellation serve`) on a free port with the given environment
 * (from `createScratchDatabase`) and resolves once it logs its address.
 *
 * @example const server = await startServerProcess(scratch.env); await server.stop('SIGKILL');
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  // A PGlite scratch environment names no DATABASE_URL: one inherited from this process would
  // point the server at that PostgreSQL database instead of the data folder.
  if (!('DATABASE_URL' in env)) delete merged.DATABASE_URL;
  // The log goes to a file, as in production: through a pipe, a busy parent (a load generator)
  // would block the server's log writes and show up as server latency.
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'constellation-server-')), 'server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [cliBin, 'serve'], { env: merged, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const output = () => readFileSync(logFile, 'utf8');
  const exited = once(child, 'exit');
  let running = true;
  void exited.then(() => (running = false));
  const started = Date.now();
  let url: string | undefined;
  while (!url) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    url = /"url":"(http:\/\/[^"]+)"/.exec(output())?.[1];
    if (!url && !running) throw new Error(`the server exited with ${String(child.exitCode)} before listening:\n${output()}`);
    if (!url && Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within ${timeoutMs} ms:\n${output()}`);
    }
  }
  return {
    child,
    url,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (!running) return;
      child.kill(signal);
      await exited;
    },
  };
}

/**
 * Prepares a scratch database (from `createScratchDatabase`) for a server process in this
 * process, without spawning the CLI twice: migrates it and adds an organization with one admin
 * who signs in with `testPassword`.
 *
 * @example const { email } = await seedScratchAdmin(scratch.env);
 */
export async function seedScratchAdmin(env: Record<string, string>): Promise<{ email: string }> {
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? 'memory://' });
  try {
    await handle.migrate();
    const ctx: ServiceContext = {
      db: handle.db,
      secret: 'unused-here-unused-here-unused-here-0123',
      now: () => new Date(),
      logger: createLogger('silent'),
      sessionTtlDays: 14,
    };
    const organization = await makeOrganization(ctx);
    const admin = await makePerson(ctx, organization.id, { role: 'admin' });
    return { email: admin.email };
  } finally {
    await handle.close();
  }
}
