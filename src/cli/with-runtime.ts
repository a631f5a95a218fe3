import { loadConfig } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { createLogger } from '../logger.ts';
import { openRuntime, type Runtime } from '../services/runtime.ts';

/**
 * Runs one CLI command against the configured database and closes it afterwards. Domain errors
 * become a one-line message and exit code 1.
 */
export async function withRuntime(work: (runtime: Runtime) => Promise<void>): Promise<void> {
  const config = loadConfig(process.env);
  const runtime = await openRuntime(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    await work(runtime);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new Error(`${error.message} (${error.code})`);
  } finally {
    await runtime.handle.close();
  }
}
