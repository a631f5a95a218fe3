import { type MatchingRun, MatchingRunSchema } from '../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import type { ConstellationApp } from '../api/app.ts';
import { call, type ApiResponse } from './http-client.ts';

/**
 * Starts a matching run through the API and polls it until it is no longer running.
 *
 * @example const run = await runMatchingToEnd(t.app, program.id, cookie);
 */
export async function runMatchingToEnd(
  app: ConstellationApp,
  programId: string,
  cookie: string,
  body: Record<string, unknown> = {},
): Promise<ApiResponse<MatchingRun>> {
  const started = await call(app, 'POST', `/api/v1/programs/${programId}/matching/runs`, body, { schema: MatchingRunSchema, cookie });
  assert.equal(started.status, 202, JSON.stringify(started.body));
  for (let i = 0; i < 200; i++) {
    const run = await call(app, 'GET', `/api/v1/matching-runs/${started.body.id}`, undefined, { schema: MatchingRunSchema, cookie });
    if (run.body.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('matching run did not finish');
}
