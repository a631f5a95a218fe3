import type { SearchPageQuery } from '../../../shared/schemas/paging.ts';
import {
  matchingHistogramBuckets,
  runViewCirclesMax,
  type MatchingProposalPageQuery,
  type MatchingSummary,
  type UnmatchedMenteePageQuery,
} from '../../../shared/schemas/matching.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { pageRunCircles } from '../../db/repositories/matching-run-circle-page.repository.ts';
import {
  pageRunProposals,
  pageRunUnmatched,
  type ProposalPageRow,
  type UnmatchedPageRow,
} from '../../db/repositories/matching-proposal-page.repository.ts';
import {
  findLatestMatchingRunHead,
  findMatchingRunHead,
  totalRunProposals,
  type MatchingRunHead,
} from '../../db/repositories/matching-run-summary.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { toCircleView, type CircleView } from '../circles/circle.view.ts';
import { getManageableProgram } from '../program.service.ts';

export type { ProposalPageRow, UnmatchedPageRow };

/** A run as the review shows it first: progress and summary; its proposals and unmatched mentees are paged. */
export type MatchingRunView = Omit<MatchingRunHead, 'summary'> & {
  summary: MatchingSummary | null;
  /** Group runs: the circles formed (proposed until published). */
  circles: CircleView[];
};

type StoredSummary = Omit<
  MatchingSummary,
  'proposalCount' | 'unmatchedCount' | 'lockedCount' | 'pairsWithWarnings' | 'warningsByKind' | 'histogram'
> &
  Partial<MatchingSummary>;

/** The score histogram's buckets from their counts. */
function histogramOf(counts: number[]): MatchingSummary['histogram'] {
  return counts.map((count, i) => ({ from: i / matchingHistogramBuckets, to: (i + 1) / matchingHistogramBuckets, count }));
}

/**
 * The run's summary with the review's figures: as the run stored them, or, for runs stored
 * before the summary carried them, totalled by the database in one aggregate query.
 */
async function summarize(ctx: ServiceContext, run: MatchingRunHead): Promise<MatchingSummary | null> {
  const stored = run.summary as StoredSummary | null;
  if (stored === null) return null;
  const complete = stored.histogram && stored.warningsByKind && stored.proposalCount !== undefined;
  if (complete && stored.lockedCount !== undefined && stored.pairsWithWarnings !== undefined) {
    return { ...(stored as MatchingSummary), unmatchedCount: run.unmatchedCount };
  }
  const totals = await totalRunProposals(ctx.db, run.organizationId, run.id);
  return {
    ...stored,
    proposalCount: totals.proposalCount,
    unmatchedCount: run.unmatchedCount,
    lockedCount: totals.lockedCount,
    pairsWithWarnings: totals.pairsWithWarnings,
    warningsByKind: totals.warningsByKind,
    histogram: histogramOf(totals.bucketCounts),
  };
}

async function viewRun(ctx: ServiceContext, run: MatchingRunHead): Promise<MatchingRunView> {
  const [summary, circles] = await Promise.all([
    summarize(ctx, run),
    pageRunCircles(ctx.db, run.organizationId, run.id, { limit: runViewCirclesMax }),
  ]);
  // A large group run's circles are paged (GET /matching-runs/{runId}/circles), none inline.
  const inline = circles.nextCursor === null ? circles.items : [];
  return { ...run, summary, circles: inline.map((c) => toCircleView(c, { withAffinity: true })) };
}

/** A run the actor coordinates, or not found. */
async function manageableRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<MatchingRunHead> {
  const run = await findMatchingRunHead(ctx.db, actor.organizationId, runId);
  if (!run) throw notFound('matching_run');
  await getManageableProgram(ctx, actor, run.programId);
  return run;
}

/** A run, its progress and summary: the program's coordinators only (participants never see scores). */
export async function getMatchingRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<MatchingRunView> {
  return viewRun(ctx, await manageableRun(ctx, actor, runId));
}

/** The program's latest run, or null before the first one. */
export async function getLatestMatchingRun(ctx: ServiceContext, actor: Actor, programId: string): Promise<MatchingRunView | null> {
  await getManageableProgram(ctx, actor, programId);
  const run = await findLatestMatchingRunHead(ctx.db, actor.organizationId, programId);
  return run ? viewRun(ctx, run) : null;
}

/** A page of a run's proposed pairs, filtered and ordered for review (coordinators only). */
export async function pageMatchingProposals(
  ctx: ServiceContext,
  actor: Actor,
  runId: string,
  query: MatchingProposalPageQuery,
): Promise<Page<ProposalPageRow>> {
  await manageableRun(ctx, actor, runId);
  return pageRunProposals(ctx.db, actor.organizationId, runId, query);
}

/** A page of a run's unmatched mentees, with why (coordinators only). */
export async function pageUnmatchedMentees(
  ctx: ServiceContext,
  actor: Actor,
  runId: string,
  query: UnmatchedMenteePageQuery,
): Promise<Page<UnmatchedPageRow>> {
  await manageableRun(ctx, actor, runId);
  return pageRunUnmatched(ctx.db, actor.organizationId, runId, query);
}

/** A page of a group run's circles by name, with their members and affinity (coordinators only). */
export async function pageMatchingRunCircles(
  ctx: ServiceContext,
  actor: Actor,
  runId: string,
  query: SearchPageQuery,
): Promise<Page<CircleView>> {
  await manageableRun(ctx, actor, runId);
  const page = await pageRunCircles(ctx.db, actor.organizationId, runId, query);
  return { items: page.items.map((c) => toCircleView(c, { withAffinity: true })), nextCursor: page.nextCursor };
}
