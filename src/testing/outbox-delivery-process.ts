/**
 * A delivery process for the outbox crash test: opens DATABASE_URL (or the PGlite folder in
 * DATA_DIR), runs delivery passes of DELIVERY_BATCH messages to SMTP_URL with a lease of
 * LEASE_MS until a pass finds nothing due, then prints `drained` and exits. Prints `ready` first.
 * Run: node src/testing/outbox-delivery-process.ts
 */
import { openDatabase } from '../db/connection.ts';
import { createLogger } from '../logger.ts';
import { deliverOutbox } from '../services/email/deliver-outbox.ts';
import { closeMailTransports } from '../services/email/smtp-transport.ts';

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? 'memory://', poolSize: 4 });
const ctx = {
  db: handle.db,
  secret: 'outbox-delivery-process-secret-0123456789',
  now: () => new Date(),
  logger: createLogger('error'),
  sessionTtlDays: 14,
  email: { smtpUrl: process.env.SMTP_URL, from: 'Constellation <mentoring@example.org>', publicUrl: 'https://mentoring.example.org' },
};
console.log('ready');
const limit = Number(process.env.DELIVERY_BATCH ?? 20);
for (;;) {
  const report = await deliverOutbox(ctx, { limit, leaseMs: Number(process.env.LEASE_MS ?? 120_000), concurrency: 4 });
  if (report.claimed === 0) break;
}
closeMailTransports();
await handle.close();
console.log('drained');
