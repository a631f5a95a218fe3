import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { auditEntries, organizations } from '../schema/index.ts';
import { insertAuditEntry, listAuditEntries } from './audit-log.repository.ts';

/** Drizzle wraps the database's error; the trigger's message is in the cause. */
const refusedAsAppendOnly = (error: unknown) =>
  /append-only: (UPDATE|DELETE) refused/.test(String((error as { cause?: unknown }).cause ?? error));

describe('audit_entries is append-only', { timeout: 60_000 }, () => {
  let handle: DatabaseHandle;
  let organizationId: string;
  const entry = {
    actorId: null,
    action: 'person_erased' as const,
    targetType: 'person' as const,
    targetId: null,
    detail: { n: 1 },
    requestId: 'r-1',
    ipAddress: null,
  };

  before(async () => {
    handle = await openTestDatabase();
    const [org] = await handle.db.insert(organizations).values({ name: 'Audit Org', slug: 'audit-org' }).returning();
    organizationId = org!.id;
    await insertAuditEntry(handle.db, organizationId, entry);
  });
  after(() => handle.close());

  test('UPDATE and DELETE are refused by the database itself, whoever asks', async () => {
    await assert.rejects(handle.db.update(auditEntries).set({ action: 'audit_log_exported' }), refusedAsAppendOnly);
    await assert.rejects(handle.db.execute(sql`update audit_entries set detail = '{}'::jsonb`), refusedAsAppendOnly);
    await assert.rejects(handle.db.delete(auditEntries), refusedAsAppendOnly);
    await assert.rejects(handle.db.execute(sql`delete from audit_entries where organization_id = ${organizationId}`), refusedAsAppendOnly);
    const { items: entries } = await listAuditEntries(handle.db, organizationId, {}, { limit: 10 });
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.action, 'person_erased');
    assert.deepEqual(entries[0]?.detail, { n: 1 });
  });

  test('an entry written in a transaction that fails is gone with it', async () => {
    await assert.rejects(
      handle.db.transaction(async (trx) => {
        await insertAuditEntry(trx, organizationId, { ...entry, requestId: 'rolled-back' });
        throw new Error('the action failed');
      }),
      /the action failed/,
    );
    const { items: entries } = await listAuditEntries(handle.db, organizationId, {}, { limit: 10 });
    assert.equal(entries.length, 1);
    assert.ok(entries.every((e) => e.requestId !== 'rolled-back'));
  });
});
