import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type pg from 'pg';
import type { DatabaseHandle } from '../db/database.ts';
import { makeOrganization, makePerson, testPassword } from '../testing/factories.ts';
import { call, errorOf, signInAs } from '../testing/http-client.ts';
import { openShortTimeoutDatabase } from '../testing/short-timeout-database.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { createApp } from './app.ts';

const onPglite = process.env.DATABASE_URL ? false : 'PGlite has no statement timeout (one in-process connection, no timer to cancel with)';

describe('a request whose query runs past the statement timeout', { skip: onPglite }, () => {
  let t: TestApp;
  let short: DatabaseHandle | undefined;
  let cookie: string;
  before(async () => {
    t = await openTestApp();
    short = await openShortTimeoutDatabase(t.handle, 300);
    const org = await makeOrganization(t.ctx, 'Slow Plans Inc');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    cookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(async () => {
    await short?.close();
    await t.handle.close();
  });

  it('answers 503 query_timeout within the bound, and the server answers again after', async () => {
    if (!short) return;
    const warnings: unknown[] = [];
    const logger = Object.assign(Object.create(t.ctx.logger), { warn: (entry: unknown) => warnings.push(entry) });
    const app = createApp(
      { ...t.ctx, db: short.db, logger },
      { publicUrl: undefined, webRoot: undefined, trustProxy: true, bodyLimitBytes: 100_000 },
    );
    // Another session holds the invitations table: the list's query waits on the lock until cancelled.
    const pool = (t.handle.db as unknown as { $client: pg.Pool }).$client;
    const holder = await pool.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table invitations in access exclusive mode');
      const started = Date.now();
      const response = await call(app, 'GET', '/api/v1/invitations', undefined, { cookie });
      assert.equal(response.status, 503);
      assert.equal(errorOf(response).code, 'query_timeout');
      assert.ok(Date.now() - started < 3000, `answered after ${Date.now() - started} ms`);
      assert.equal(warnings.length, 1);
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    assert.equal((await call(app, 'GET', '/api/v1/invitations', undefined, { cookie })).status, 200);
  });
});
