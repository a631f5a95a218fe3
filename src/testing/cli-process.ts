import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/constellation.mjs', import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the real `constellation` command in a child process with extra environment variables.
 *
 * @example const result = await runCli(['db', 'migrate'], { DATA_DIR: dir });
 */
export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Where the command lives, for tests that start long-running processes themselves. */
export const cliBin = bin;
