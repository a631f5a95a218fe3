import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { matchingHistogramBuckets, matchingWarningRules, type MatchingWarningKind } from '../../../shared/schemas/matching.ts';
import type { Database } from '../database.ts';
import { matchingProposals, matchingRuns } from '../schema/index.ts';

const { unmatched: _unmatched, ...headColumns } = getTableColumns(matchingRuns);

/** A run without its unmatched list (which can hold thousands of mentees): that list is paged. */
export type MatchingRunHead = Omit<typeof matchingRuns.$inferSelect, 'unmatched'> & { unmatchedCount: number };

const head = { ...headColumns, unmatchedCount: sql<number>`jsonb_array_length(${matchingRuns.unmatched})::int` };

/** A run's head (its row less the unmatched list, with that list's length). */
export async function findMatchingRunHead(db: Database, organizationId: string, runId: string): Promise<MatchingRunHead | undefined> {
  const [row] = await db
    .select(head)
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId)));
  return row;
}

/** The program's latest run's head, or undefined before the first run. */
export async function findLatestMatchingRunHead(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<MatchingRunHead | undefined> {
  const [row] = await db
    .select(head)
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programId, programId)))
    .orderBy(desc(matchingRuns.createdAt), desc(matchingRuns.id))
    .limit(1);
  return row;
}

/** What a run's proposals add up to: counts, the score histogram and the warnings by kind. */
export type ProposalTotals = {
  proposalCount: number;
  lockedCount: number;
  pairsWithWarnings: number;
  /** Count per bucket, `matchingHistogramBuckets` long. */
  bucketCounts: number[];
  warningsByKind: Partial<Record<MatchingWarningKind, number>>;
};

function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A warning's kind in SQL: `matchingWarningRules` as one CASE. */
export function warningKindSql(warning: SQL): SQL<MatchingWarningKind> {
  const whens = matchingWarningRules.map((rule) => {
    const pattern = rule.startsWith === undefined ? `%${likePrefix(rule.contains ?? '')}` : likePrefix(rule.startsWith);
    return sql`when ${warning} like ${pattern} then ${rule.kind}`;
  });
  return sql<MatchingWarningKind>`(case ${sql.join(whens, sql` `)} else 'other' end)`;
}

/** A score's histogram bucket in SQL, 0 to `matchingHistogramBuckets` - 1, as `matchingHistogramBucketOf` gives it. */
export function histogramBucketSql(score: SQL): SQL<number> {
  const n = matchingHistogramBuckets;
  return sql<number>`(least(greatest(width_bucket(${score}, 0, 1, ${n}), 1), ${n}) - 1)`;
}

/**
 * Totals over a run's proposals in one aggregate query (the database reads the run's rows; none
 * of them travels), for runs whose stored summary predates these figures.
 */
export async function totalRunProposals(db: Database, organizationId: string, runId: string): Promise<ProposalTotals> {
  const n = matchingHistogramBuckets;
  const query = sql`
    with run_proposals as materialized (
      select ${matchingProposals.score} as score, ${matchingProposals.locked} as locked, ${matchingProposals.warnings} as warnings
      from ${matchingProposals}
      where ${matchingProposals.organizationId} = ${organizationId} and ${matchingProposals.runId} = ${runId}
    ),
    buckets as (
      select ${histogramBucketSql(sql`score`)} as bucket, count(*)::int as pairs
      from run_proposals group by 1
    ),
    kinds as (
      select ${warningKindSql(sql`w.value`)} as kind, count(*)::int as warnings
      from run_proposals, jsonb_array_elements_text(run_proposals.warnings) as w(value) group by 1
    )
    select
      (select count(*)::int from run_proposals) as "proposalCount",
      (select count(*)::int from run_proposals where locked) as "lockedCount",
      (select count(*)::int from run_proposals where jsonb_array_length(warnings) > 0) as "pairsWithWarnings",
      (select coalesce(json_object_agg(bucket, pairs), '{}')::text from buckets) as buckets,
      (select coalesce(json_object_agg(kind, warnings), '{}')::text from kinds) as kinds`;
  const result = (await db.execute(query)) as unknown as {
    rows: Array<{ proposalCount: number; lockedCount: number; pairsWithWarnings: number; buckets: string; kinds: string }>;
  };
  const row = result.rows[0];
  if (!row) throw new Error('the proposal totals query returned no row');
  const buckets = JSON.parse(row.buckets) as Record<string, number>;
  return {
    proposalCount: Number(row.proposalCount),
    lockedCount: Number(row.lockedCount),
    pairsWithWarnings: Number(row.pairsWithWarnings),
    bucketCounts: Array.from({ length: n }, (_, i) => buckets[String(i)] ?? 0),
    warningsByKind: JSON.parse(row.kinds) as ProposalTotals['warningsByKind'],
  };
}
