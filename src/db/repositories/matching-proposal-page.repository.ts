import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MatchingProposalPageQuery, UnmatchedMenteePageQuery } from '../../../shared/schemas/matching.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, decodeCursor, keyset, keysetQuery, pageFrom, type Keyset } from '../keyset.ts';
import { matchingProposals, matchingRuns, people } from '../schema/index.ts';
import { warningKindSql } from './matching-run-summary.repository.ts';

const mentees = alias(people, 'proposal_mentee');
const mentors = alias(people, 'proposal_mentor');
const mentorName = sql<string>`coalesce(${mentors.displayName}, '')`;

/**
 * The proposals' orders. The score orders walk matching_proposals_run_score_idx; the mentee
 * order walks the organization's people by name (people_organization_name_idx) and finds each
 * one's pairs by matching_proposals_run_mentee_idx, so a page costs a page either way.
 */
const proposalOrders: Record<MatchingProposalPageQuery['sort'], Keyset> = {
  '-score': keyset('-score', [
    { by: matchingProposals.score, direction: 'desc' },
    { by: matchingProposals.id, direction: 'desc' },
  ]),
  score: keyset('score', [{ by: matchingProposals.score }, { by: matchingProposals.id }]),
  mentee: keyset('mentee', [{ by: sql`lower(${mentees.displayName})` }, { by: mentees.id }, { by: matchingProposals.id }]),
};

/** One proposed pair as the review lists it, with both names. */
export type ProposalPageRow = {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  score: number;
  reasons: string[];
  contributions: Array<{ criterion: string; weight: number; value: number; points: number }>;
  warnings: string[];
  locked: boolean;
};

/**
 * The mentee order's cursor also as (name, mentee) >= key: the people index can start there
 * (the full key, with the proposal's id, is a row comparison across two tables it cannot use).
 */
function menteeNameFrom(query: MatchingProposalPageQuery): SQL | undefined {
  if (query.sort !== 'mentee' || query.cursor === undefined) return undefined;
  const [name, menteeId] = decodeCursor(query.cursor, proposalOrders.mentee);
  return sql`(lower(${mentees.displayName}), ${mentees.id}) >= (${name ?? null}, ${menteeId ?? null})`;
}

function proposalFilters(query: MatchingProposalPageQuery): Array<SQL | undefined> {
  const warningCount = sql`jsonb_array_length(${matchingProposals.warnings})`;
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return [
    query.warnings === 'only' ? sql`${warningCount} > 0` : undefined,
    query.warnings === 'none' ? sql`${warningCount} = 0` : undefined,
    query.warningKind === undefined
      ? undefined
      : sql`exists (select 1 from jsonb_array_elements_text(${matchingProposals.warnings}) as w(value) where ${warningKindSql(sql`w.value`)} = ${query.warningKind})`,
    query.minScore === undefined ? undefined : sql`${matchingProposals.score} >= ${query.minScore}`,
    query.maxScore === undefined ? undefined : sql`${matchingProposals.score} <= ${query.maxScore}`,
    query.locked === undefined ? undefined : eq(matchingProposals.locked, query.locked === 'true'),
    query.department === undefined ? undefined : or(eq(mentees.department, query.department), eq(mentors.department, query.department)),
    pattern === undefined ? undefined : or(sql`${mentees.displayName} ilike ${pattern}`, sql`${mentors.displayName} ilike ${pattern}`),
  ];
}

/**
 * A page of a run's proposals, filtered and ordered as the review asks, names joined in. The
 * database walks the run's rows in the order's index and stops after the page.
 *
 * @example const page = await pageRunProposals(db, orgId, runId, { limit: 50, sort: 'score' });
 */
export async function pageRunProposals(
  db: Database,
  organizationId: string,
  runId: string,
  query: MatchingProposalPageQuery,
): Promise<Page<ProposalPageRow>> {
  const order = proposalOrders[query.sort];
  const page = keysetQuery(order, query);
  const rows = await db
    .select({
      menteeId: matchingProposals.menteeId,
      menteeName: mentees.displayName,
      mentorId: matchingProposals.mentorId,
      mentorName,
      score: matchingProposals.score,
      reasons: matchingProposals.reasons,
      contributions: matchingProposals.contributions,
      warnings: matchingProposals.warnings,
      locked: matchingProposals.locked,
      cursorKey: page.cursorKey,
    })
    .from(matchingProposals)
    // People are never deleted (erasure keeps an anonymous row), so every mentee is found.
    .innerJoin(mentees, and(eq(mentees.organizationId, organizationId), eq(mentees.id, matchingProposals.menteeId)))
    .leftJoin(mentors, and(eq(mentors.organizationId, organizationId), eq(mentors.id, matchingProposals.mentorId)))
    .where(
      and(
        eq(matchingProposals.organizationId, organizationId),
        eq(matchingProposals.runId, runId),
        ...proposalFilters(query),
        menteeNameFrom(query),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, order);
}

/** One mentee left without (enough) mentors, named. */
export type UnmatchedPageRow = { menteeId: string; menteeName: string; missing: number; reason: string };

const unmatchedOrder = keyset('run', [{ by: sql`entry.position` }]);

/**
 * A page of a run's unmatched mentees in the run's order. The list is stored with the run, so
 * the database unpacks it (not the server); without a search, the page is cut before the names
 * are joined, so only the page's mentees are looked up.
 */
export async function pageRunUnmatched(
  db: Database,
  organizationId: string,
  runId: string,
  query: UnmatchedMenteePageQuery,
): Promise<Page<UnmatchedPageRow>> {
  const page = keysetQuery(unmatchedOrder, query);
  const name = sql`coalesce(person.display_name, '')`;
  const inRun = [
    sql`${matchingRuns.organizationId} = ${organizationId}`,
    sql`${matchingRuns.id} = ${runId}`,
    query.reason === undefined ? undefined : sql`entry.value->>'reason' = ${query.reason}`,
    page.after,
  ].filter((f): f is SQL => f !== undefined);
  const orderBy = sql.join(page.orderBy, sql`, `);
  const result = (await db.execute(sql`
    select entry."menteeId", ${name} as "menteeName", entry.missing, entry.reason, entry."cursorKey"
    from (
      select entry.value->>'menteeId' as "menteeId", coalesce((entry.value->>'missing')::int, 0) as missing,
        entry.value->>'reason' as reason, entry.position, ${page.cursorKey} as "cursorKey"
      from ${matchingRuns}
      cross join lateral jsonb_array_elements(${matchingRuns.unmatched}) with ordinality as entry(value, position)
      where ${sql.join(inRun, sql` and `)}
      ${query.q ? sql`` : sql`order by ${orderBy} limit ${page.fetch}`}
    ) as entry
    left join ${people} as person
      on person.organization_id = ${organizationId} and person.id = nullif(entry."menteeId", '')::uuid
    ${query.q ? sql`where ${name} ilike ${containsPattern(query.q)}` : sql``}
    order by ${orderBy}
    limit ${page.fetch}`)) as unknown as { rows: Array<UnmatchedPageRow & { cursorKey: string }> };
  return pageFrom(
    result.rows.map((r) => ({ ...r, missing: Number(r.missing) })),
    query,
    unmatchedOrder,
  );
}
