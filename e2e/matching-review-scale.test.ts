import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { MatchingProposalPageSchema, MatchingRunSchema } from '../shared/schemas/index.ts';
import { insertFakeProposedRun } from '../src/testing/fake-matching-run.ts';
import { testPassword } from '../src/testing/factories.ts';
import { seedLargeOrganization } from '../src/testing/large-organization.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';

// The run's size: 2,000 pairs by default; REVIEW_SCALE_PAIRS=20000 measures the (on PostgreSQL, with DATABASE_URL).
const pairs = Number(process.env.REVIEW_SCALE_PAIRS ?? 2000);
/** The budget for the page with its proposal, whatever its size. */
const domElementBudget = 3000;

async function domElements(page: Page): Promise<number> {
  // A string, evaluated in the page: the server's TypeScript has no DOM types.
  return page.evaluate<number>("document.getElementsByTagName('*').length");
}

async function jsHeapMegabytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round(used / 1e5) / 10;
}

/** Opens the Matching page and waits for the first proposed pair: the milliseconds it took. */
async function openReview(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.getByRole('table').getByRole('row').nth(1).waitFor({ timeout: 30_000 });
  return Math.round(performance.now() - started);
}

describe('the matching review at scale', { skip: skipWithoutChromium(), timeout: 900_000 }, () => {
  const environment = useServerAndBrowser();

  test(`a run of ${pairs.toLocaleString('en')} pairs: summary, a page of pairs, lowest first, and a lock on page two`, async () => {
    const { server, browser } = environment();
    const mentors = Math.ceil(pairs / 4);
    const org = await seedLargeOrganization(server.ctx.db, {
      people: pairs + 100 + mentors + 50,
      mentees: pairs + 100,
      mentors,
      mentorCapacity: 4,
      applications: 0,
    });
    const runId = await insertFakeProposedRun(server.ctx.db, {
      organizationId: org.organizationId,
      programId: org.programId,
      createdById: org.coordinator.id,
      pairs,
    });

    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(org.coordinator.email);
    await page.getByLabel('Password', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/');

    // The API as the page calls it, with the coordinator's session.
    const figures: string[] = [];
    for (const path of [
      `/matching-runs/${runId}`,
      `/matching-runs/${runId}/proposals?limit=25`,
      `/matching-runs/${runId}/proposals?limit=25&sort=score`,
      `/matching-runs/${runId}/proposals?limit=25&sort=mentee`,
      `/matching-runs/${runId}/proposals?limit=25&warnings=only&maxScore=0.3`,
      `/matching-runs/${runId}/proposals?limit=25&q=kim`,
      `/matching-runs/${runId}/unmatched`,
    ]) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await page.request.get(`${server.url}/api/v1${path}`);
        const body = await response.body();
        times.push(performance.now() - started);
        assert.equal(response.status(), 200, `${path}: ${body.toString().slice(0, 300)}`);
        bytes = body.length;
        if (path === `/matching-runs/${runId}`) {
          const run = MatchingRunSchema.parse(JSON.parse(body.toString()));
          assert.equal(run.summary?.proposalCount, pairs);
        } else if (path.includes('/proposals')) MatchingProposalPageSchema.parse(JSON.parse(body.toString()));
      }
      times.sort((a, b) => a - b);
      figures.push(
        `GET ${path.replace(runId, '{id}')}: ${bytes.toLocaleString('en')} bytes, median ${Math.round(times[2] ?? 0)} ms, slowest ${Math.round(times[4] ?? 0)} ms`,
      );
      assert.ok(bytes < 40_000, `${path} answers ${bytes} bytes`);
    }

    const url = `${server.url}/programs/${org.programId}/matching`;
    const firstLoad = await openReview(page, url);
    await page.getByText(`Pairs 1–25 of ${pairs.toLocaleString('en')}`).waitFor();
    const elements = await domElements(page);
    const heap = await jsHeapMegabytes(page);
    const reload = await openReview(page, url);
    await screenshot(page, `matching-review-${pairs}-pairs`);

    // One click for the lowest-scoring pairs; then a lock on a row of the second page.
    await page.getByRole('button', { name: 'Review the lowest-scoring pairs' }).click();
    await page.getByRole('table').getByRole('row').nth(1).getByText('0%', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Pairs 26–50').waitFor();
    const row = page.getByRole('table').getByRole('row').nth(3);
    await row.getByRole('button', { name: /^Overrides for / }).click();
    await page.getByRole('menuitem', { name: /^Lock / }).click();
    await page.getByText('Override added').waitFor();
    // The overrides list (paged from the server) shows the new lock.
    await page.getByRole('region', { name: 'Overrides' }).getByText('Locked pair').waitFor();
    const afterPaging = await domElements(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `matching-review-${pairs}-pairs-390px`);

    figures.push(
      `Matching page: first load ${firstLoad} ms, reload ${reload} ms to the first pair; ${elements} DOM elements (${afterPaging} on page two); JS heap ${heap} MB`,
    );
    console.log(`matching review with ${pairs.toLocaleString('en')} pairs:\n  ${figures.join('\n  ')}`);
    assert.ok(elements < domElementBudget, `${elements} DOM elements`);
    assert.ok(afterPaging < domElementBudget, `${afterPaging} DOM elements on page two`);
    assert.ok(heap < 100, `${heap} MB of JS heap`);
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);
  });
});
