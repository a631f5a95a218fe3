import {
  matchingHistogramBucketOf,
  matchingHistogramBuckets,
  matchingWarningKindOf,
  type MatchingWarningKind,
} from '../../../shared/schemas/matching.ts';

/** What a run's review shows before any row, stored in the run's summary when the run finishes. */
export type RunTotals = {
  proposalCount: number;
  unmatchedCount: number;
  lockedCount: number;
  pairsWithWarnings: number;
  /** Warnings by kind (a pair with two warnings of a kind counts twice); kinds with none left out. */
  warningsByKind: Partial<Record<MatchingWarningKind, number>>;
  /** Every bucket of `matchingHistogramBuckets`, `from` inclusive, `to` exclusive but the last. */
  histogram: Array<{ from: number; to: number; count: number }>;
};

/**
 * The run's totals in one pass over its proposals: counts, the score histogram and the warnings
 * by kind (the kinds and buckets of shared/schemas/matching.ts, as the review reads them).
 *
 * @example totalRun([{ score: 0.85, warnings: [], locked: true }], 0).histogram[8] // { from: 0.8, to: 0.9, count: 1 }
 */
export function totalRun(
  proposals: ReadonlyArray<{ score: number; warnings: readonly string[]; locked: boolean }>,
  unmatchedCount: number,
): RunTotals {
  const counts = new Array<number>(matchingHistogramBuckets).fill(0);
  const warningsByKind: Partial<Record<MatchingWarningKind, number>> = {};
  let lockedCount = 0;
  let pairsWithWarnings = 0;
  for (const proposal of proposals) {
    const bucket = matchingHistogramBucketOf(Number.isFinite(proposal.score) ? proposal.score : 0);
    counts[bucket] = (counts[bucket] as number) + 1;
    if (proposal.locked) lockedCount++;
    if (proposal.warnings.length > 0) pairsWithWarnings++;
    for (const warning of proposal.warnings) {
      const kind = matchingWarningKindOf(warning);
      warningsByKind[kind] = (warningsByKind[kind] ?? 0) + 1;
    }
  }
  return {
    proposalCount: proposals.length,
    unmatchedCount,
    lockedCount,
    pairsWithWarnings,
    warningsByKind,
    histogram: counts.map((count, k) => ({ from: k / matchingHistogramBuckets, to: (k + 1) / matchingHistogramBuckets, count })),
  };
}
