import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { jobs, people } from '../src/db/schema/index.ts';
import { demoAdmin, demoPassword } from '../src/services/demo/demo-people.ts';
import { enqueueJob } from '../src/services/jobs/enqueue-job.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

describe('background jobs journey', { skip: skipWithoutChromium(), timeout: 90_000 }, () => {
  const environment = useServerAndBrowser();

  test('an admin finds a job that gave up, reads its last error and runs it again', async () => {
    const { server, browser } = environment();
    const [admin] = await server.ctx.db.select().from(people).where(eq(people.email, demoAdmin.email));
    assert.ok(admin);
    const jobId = await server.ctx.db.transaction(async (trx) => {
      const id = await enqueueJob(trx, { name: 'email_delivery', payload: {}, organizationId: admin.organizationId });
      assert.ok(id);
      await trx.update(jobs).set({ state: 'dead', attempts: 5, lastError: 'Error: 550 mailbox <b>unavailable</b>' }).where(eq(jobs.id, id));
      return id;
    });

    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoAdmin.email, demoPassword);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Background jobs' }).click();
    await waitForPath(page, '/admin/jobs');
    const row = page.getByRole('row').filter({ hasText: 'Error: 550 mailbox <b>unavailable</b>' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /email_delivery/);
    await screenshot(page, 'background-jobs-01-dead');

    await row.getByRole('button', { name: 'Retry now' }).click();
    await page.getByText('It runs again now.').waitFor();
    await page.getByText('No jobs in this state').waitFor();
    const [retried] = await server.ctx.db.select({ state: jobs.state, attempts: jobs.attempts }).from(jobs).where(eq(jobs.id, jobId));
    assert.deepEqual(retried, { state: 'queued', attempts: 0 });
    await page.locator('label', { hasText: 'Waiting to run' }).click();
    await page.getByRole('row').filter({ hasText: 'email_delivery' }).waitFor();
    await screenshot(page, 'background-jobs-02-queued');
    assert.deepEqual(errors, [], 'no console errors');
  });
});
