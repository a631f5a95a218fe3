import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../db/connection.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { createLogger } from '../../logger.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.ts';
import { createScratchDatabase } from '../../testing/test-database.ts';
import type { ServiceContext } from '../context.ts';
import { type EmailToQueue, queueEmails } from './queue-email.ts';

const MESSAGES = 300;
const ARRIVED_BEFORE_KILL = 100;
const LEASE_MS = 1500;
/** Sends in flight at once in the delivery process: at most this many can be cut between the server's 250 and the row marked sent. */
const IN_FLIGHT = 4;
const deliveryProcess = fileURLToPath(new URL('../../testing/outbox-delivery-process.ts', import.meta.url));

function startDelivery(env: Record<string, string>): { child: ChildProcess; exited: Promise<string> } {
  const child = spawn(process.execPath, [deliveryProcess], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<string>((resolve) => child.on('exit', () => resolve(output)));
  return { child, exited };
}

async function withDatabase<T>(env: Record<string, string>, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? 'memory://', poolSize: 2 });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

describe('kill -9 of a delivering process in the middle of a burst', { timeout: 180_000 }, () => {
  let sink: SmtpSink;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  before(async () => {
    sink = await startSmtpSink();
    const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-outbox-crash-')));
    env = { ...scratch.env, SMTP_URL: sink.url, LEASE_MS: String(LEASE_MS), DELIVERY_BATCH: '20' };
    drop = scratch.drop;
    await withDatabase(env, async (handle) => {
      await handle.migrate();
      const ctx: ServiceContext = {
        db: handle.db,
        secret: 'outbox-crash-secret-outbox-crash-secret-0',
        now: () => new Date(),
        logger: createLogger('silent'),
        sessionTtlDays: 14,
        email: { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl: 'https://mentoring.example.org' },
      };
      const organizationId = (await makeOrganization(ctx)).id;
      const people = await Promise.all(Array.from({ length: 10 }, () => makePerson(ctx, organizationId)));
      const emails: EmailToQueue[] = Array.from({ length: MESSAGES }, (_, n) => {
        const person = people[n % people.length];
        assert.ok(person);
        return {
          organizationId,
          recipient: { personId: person.id, address: person.email, name: person.displayName },
          kind: 'match_published',
          category: 'activity',
          idempotencyKey: `crash:${n}:${person.id}`,
          content: {
            subject: `Introduction ${n}`,
            headline: 'Meet your mentor',
            paragraphs: [],
            action: { label: 'Open', path: '/' },
            reason: 'Test',
          },
        };
      });
      await handle.db.transaction((trx) => queueEmails(ctx, trx, emails));
    });
  });
  after(async () => {
    await sink.close();
    await drop();
  });

  test('after a restart every message has arrived, and none twice by Message-ID beyond the sends cut mid-flight', async () => {
    const first = startDelivery(env);
    await sink.waitForCount(ARRIVED_BEFORE_KILL, 60_000);
    first.child.kill('SIGKILL');
    await first.exited;
    assert.equal(first.child.signalCode, 'SIGKILL', 'the delivering process was killed, not finished');
    const arrivedAtKill = sink.messages.length;
    assert.ok(arrivedAtKill < MESSAGES, `killed in the middle (${arrivedAtKill} of ${MESSAGES} had arrived)`);

    // Its claims are leased: once the lease has passed, the restarted process takes them again.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));
    const second = startDelivery(env);
    const output = await second.exited;
    assert.equal(second.child.exitCode, 0, output);
    assert.match(output, /drained/);

    const rows = await withDatabase(env, (handle) =>
      handle.db.select({ messageId: outboxMessages.messageId, status: outboxMessages.status }).from(outboxMessages),
    );
    assert.equal(rows.length, MESSAGES);
    assert.deepEqual(
      rows.filter((row) => row.status !== 'sent'),
      [],
      'every message is marked sent',
    );
    const arrivals = new Map<string, number>();
    for (const mail of sink.messages) arrivals.set(mail.messageId ?? '', (arrivals.get(mail.messageId ?? '') ?? 0) + 1);
    assert.deepEqual(
      rows.filter((row) => !arrivals.has(row.messageId)).map((row) => row.messageId),
      [],
      'every message arrived',
    );
    assert.equal(arrivals.size, MESSAGES, 'nothing arrived that was not queued');
    // SMTP cannot make the server's 250 and our "sent" one step: a send cut between the two is
    // sent again after the restart, with the same Message-ID (so mail clients show it once).
    // Only the sends in flight at the kill can be such; everything else arrived exactly once.
    const twice = [...arrivals.values()].filter((count) => count > 1);
    assert.ok(twice.length <= IN_FLIGHT && twice.every((count) => count === 2), `sent again after the kill: ${twice.length}`);
    console.log(
      `outbox crash: ${arrivedAtKill} arrived before the kill, ${sink.messages.length} arrivals in all, ${twice.length} sent again`,
    );
  });
});
