// Spawns a process the way a user would and times it: wall time from spawn to exit (or to its
// HTTP server answering), and peak RSS reported by the peak-rss.mjs preload.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));
export const cliBin = fileURLToPath(new URL('../../bin/constellation.mjs', import.meta.url));

export type Sample = { seconds: number; peakMiB: number };

/** The median of the samples' times and of their peak RSS. */
export function median(samples: readonly Sample[]): Sample {
  const middle = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
  };
  return { seconds: middle(samples.map((s) => s.seconds)), peakMiB: middle(samples.map((s) => s.peakMiB)) };
}

/** `env` is added to this process's environment; a variable set to undefined is removed. */
type Run = { args: string[]; env?: Record<string, string | undefined>; readyUrl?: (port: number) => string };

/**
 * Runs `node ARGS` once. Without `readyUrl` it times spawn to exit (a non-zero exit fails); with
 * it, spawn to the URL answering 200 (on a free port given as PORT), then stops it with SIGTERM.
 */
export async function timeProcess(run: Run): Promise<Sample> {
  const dir = mkdtempSync(path.join(tmpdir(), 'constellation-startup-'));
  const rssFile = path.join(dir, 'peak-rss');
  const port = run.readyUrl ? await freePort() : 0;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...run.env,
    BENCH_PEAK_RSS_FILE: rssFile,
    ...(run.readyUrl ? { PORT: String(port) } : {}),
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', preload, ...run.args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let seconds: number;
  if (run.readyUrl) {
    const url = run.readyUrl(port);
    while (!(await answers(url))) {
      if (child.exitCode !== null) throw new Error(`${run.args.join(' ')} stopped before answering: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    seconds = (performance.now() - started) / 1000;
    child.kill('SIGTERM');
    await exited;
  } else {
    const code = await exited;
    seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`${run.args.join(' ')} exited with ${code}: ${stderr}`);
  }
  const peakMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, peakMiB };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs `timeProcess` `runs` times after one unreported warm-up run (page cache, compile cache). */
export async function measure(run: Run, runs: number): Promise<Sample> {
  await timeProcess(run);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeProcess(run));
  return median(samples);
}
