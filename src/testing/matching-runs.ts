import {
  type MatchingProposal,
  MatchingProposalPageSchema,
  type MatchingRun,
  MatchingRunSchema,
  UnmatchedMenteePageSchema,
} from '../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { ConstellationApp } from '../api/app.ts';
import { call, type ApiResponse } from './http-client.ts';

type UnmatchedMentee = z.infer<typeof UnmatchedMenteePageSchema>['items'][number];

/** A finished run with its whole proposal and unmatched list, read through their paged routes. */
export type ReviewedRun = MatchingRun & { proposals: MatchingProposal[]; unmatched: UnmatchedMentee[] };

async function readAllPages<Item>(
  app: ConstellationApp,
  path: string,
  cookie: string,
  schema: z.ZodType<{ items: Item[]; nextCursor: string | null }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '?limit=500' : `?limit=500&cursor=${cursor}`;
    const page = await call(app, 'GET', `${path}${query}`, undefined, { schema, cookie });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor !== null);
  return items;
}

/** Every proposal of a run, highest score first, through GET /matching-runs/{runId}/proposals. */
export function readRunProposals(app: ConstellationApp, runId: string, cookie: string): Promise<MatchingProposal[]> {
  return readAllPages(app, `/api/v1/matching-runs/${runId}/proposals`, cookie, MatchingProposalPageSchema);
}

/** Every unmatched mentee of a run, through GET /matching-runs/{runId}/unmatched. */
export function readRunUnmatched(app: ConstellationApp, runId: string, cookie: string): Promise<UnmatchedMentee[]> {
  return readAllPages(app, `/api/v1/matching-runs/${runId}/unmatched`, cookie, UnmatchedMenteePageSchema);
}

/**
 * Starts a matching run through the API, polls it until it is no longer running, and reads its
 * proposals and unmatched mentees page by page.
 *
 * @example const run = await runMatchingToEnd(t.app, program.id, cookie);
 */
export async function runMatchingToEnd(
  app: ConstellationApp,
  programId: string,
  cookie: string,
  body: Record<string, unknown> = {},
): Promise<ApiResponse<ReviewedRun>> {
  const started = await call(app, 'POST', `/api/v1/programs/${programId}/matching/runs`, body, { schema: MatchingRunSchema, cookie });
  assert.equal(started.status, 202, JSON.stringify(started.body));
  for (let i = 0; i < 200; i++) {
    const run = await call(app, 'GET', `/api/v1/matching-runs/${started.body.id}`, undefined, { schema: MatchingRunSchema, cookie });
    if (run.body.status !== 'running') {
      const [proposals, unmatched] = await Promise.all([
        readRunProposals(app, run.body.id, cookie),
        readRunUnmatched(app, run.body.id, cookie),
      ]);
      return { ...run, body: { ...run.body, proposals, unmatched } };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('matching run did not finish');
}
