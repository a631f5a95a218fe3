import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
  /** Everything the process wrote so far, for failure messages. */
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
  const child = spawn(process.execPath, [cliBin, 'serve'], { env: merged });
  let output = '';
  let listening = false;
  // Once listening, only the tail is kept: a load test logs every request.
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (listening && output.length > 64_000) output = output.slice(-32_000);
  };
  child.stderr.on('data', keep);
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      const address = listening ? undefined : /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (address) {
        listening = true;
        clearTimeout(timer);
        resolve(address);
      }
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)} before listening:\n${output}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
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
    const ctx: ServiceContext = { db: handle.db, secret: 'unused-here-unused-here-unused-here-0123', now: () => new Date(), logger: createLogger('silent'), sessionTtlDays: 14 };
    const organization = await makeOrganization(ctx);
    const admin = await makePerson(ctx, organization.id, { role: 'admin' });
    return { email: admin.email };
  } finally {
    await handle.close();
  }
}
