import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.stringbool().default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL: one statement's limit in ms (0: none); long background work lifts it (withLongStatements). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  MATCHING_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MATCHING_STALE_MS: z.coerce.number().int().min(300).max(3_600_000).default(45_000),
  MATCHING_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  sessionTtlDays: number;
  /** Server processes sharing the port (PostgreSQL only: a PGlite data folder has one process). */
  workers: number;
  /** Connections each server process keeps open to PostgreSQL. */
  databasePoolSize: number;
  /** PostgreSQL cancels a statement running longer (0: no limit; not applied on PGlite). */
  databaseStatementTimeoutMs: number;
  /** A running matching run's heartbeat, when a silent one is failed, and how often servers look. */
  matchingLiveness: { heartbeatMs: number; staleAfterMs: number; sweepMs: number };
};

/** A configuration error names the variable and what is wrong with it. */
export class ConfigError extends Error {}

/**
 * Reads the environment once, at startup. A session secret not given is generated on first
 * start and kept in the data folder, so sessions survive restarts.
 *
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  if (env.WORKERS > 1 && !env.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: WORKERS: more than one server process needs DATABASE_URL (embedded PGlite is used by one process at a time)',
    );
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSessionSecret(dataDir),
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    sessionTtlDays: env.SESSION_TTL_DAYS,
    workers: env.WORKERS,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    matchingLiveness: { heartbeatMs: env.MATCHING_HEARTBEAT_MS, staleAfterMs: env.MATCHING_STALE_MS, sweepMs: env.MATCHING_SWEEP_MS },
  };
}

function readOrCreateSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
