import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isSingleLine, singleLineMessage } from '../shared/schemas/common.ts';

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
  /** Background jobs each server process runs at once (0: none; it still schedules). */
  JOB_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(2),
  MATCHING_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MATCHING_STALE_MS: z.coerce.number().int().min(300).max(3_600_000).default(45_000),
  MATCHING_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** smtp://user:pass@host:port or smtps://…; unset: email is kept in the Outbox, marked not sent. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .max(2000)
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .max(320)
    .regex(/<?[^\s@<>]+@[^\s@<>]+>?$/, 'must end with an address, e.g. Constellation <mentoring@example.org>')
    .refine(isSingleLine, singleLineMessage)
    .optional(),
});

/** How email leaves: the mail server (none: kept as not sent), the sender, and the address links point to. */
export type EmailConfig = { smtpUrl: string | undefined; from: string; publicUrl: string };

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
  /** Background jobs this process runs at once (JOB_CONCURRENCY). */
  jobConcurrency: number;
  /** A running matching run's heartbeat, when a silent one is failed, and how often servers look. */
  matchingLiveness: { heartbeatMs: number; staleAfterMs: number; sweepMs: number };
  /** SMTP_URL, MAIL_FROM (default no-reply at PUBLIC_URL's host) and the links' base (PUBLIC_URL, or this server on localhost). */
  email: EmailConfig;
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
  const publicUrl = env.PUBLIC_URL?.replace(/\/$/, '');
  const linkBase = publicUrl ?? `http://localhost:${env.PORT}`;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSessionSecret(dataDir),
    publicUrl,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    sessionTtlDays: env.SESSION_TTL_DAYS,
    workers: env.WORKERS,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    jobConcurrency: env.JOB_CONCURRENCY,
    matchingLiveness: { heartbeatMs: env.MATCHING_HEARTBEAT_MS, staleAfterMs: env.MATCHING_STALE_MS, sweepMs: env.MATCHING_SWEEP_MS },
    email: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? `Constellation <no-reply@${new URL(linkBase).hostname}>`,
      publicUrl: linkBase,
    },
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
