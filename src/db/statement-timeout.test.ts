import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './database.ts';
import { openShortTimeoutDatabase } from '../testing/short-timeout-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { isStatementTimeout, withLongStatements } from './statement-timeout.ts';

const onPglite = process.env.DATABASE_URL ? false : 'PGlite has no statement timeout (one in-process connection, no timer to cancel with)';

describe('statement timeout', () => {
  let handle: DatabaseHandle;
  let short: DatabaseHandle | undefined;
  before(async () => {
    handle = await openTestDatabase();
    // One connection: what withLongStatements sets must be seen not to outlive its transaction.
    short = await openShortTimeoutDatabase(handle, 300, 1);
  });
  after(async () => {
    await short?.close();
    await handle.close();
  });

  it('cancels a statement past the limit, fast, as a recognisable error', { skip: onPglite }, async () => {
    const started = Date.now();
    const failure = await short?.db.execute(sql`select pg_sleep(5)`).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(isStatementTimeout(failure), `expected a statement timeout, got ${String(failure)}`);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });

  it('lets long background work run inside its transaction, and only there', { skip: onPglite }, async () => {
    await short?.db.transaction(async (trx) => {
      await withLongStatements(trx);
      await trx.execute(sql`select pg_sleep(0.6)`);
    });
    await assert.rejects(short?.db.execute(sql`select pg_sleep(0.6)`) ?? Promise.resolve(), (error) => isStatementTimeout(error));
  });

  it('is harmless on either database, and tells a timeout from other failures', async () => {
    await handle.db.transaction(async (trx) => {
      await withLongStatements(trx, 1234);
      const result = (await trx.execute(sql`select current_setting('statement_timeout') as value`)) as unknown as {
        rows: Array<{ value: string }>;
      };
      assert.match(result.rows[0]?.value ?? '', /^1234(ms)?$/);
    });
    assert.equal(isStatementTimeout(new Error('canceling statement due to statement timeout')), false);
    const cancelled = Object.assign(new Error('canceling statement due to user request'), { code: '57014' });
    assert.equal(isStatementTimeout(new Error('query failed', { cause: cancelled })), false);
    const timedOut = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    assert.equal(isStatementTimeout(new Error('query failed', { cause: timedOut })), true);
  });
});
