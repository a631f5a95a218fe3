import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  matchingHistogramBucketOf,
  MatchingProposalPageSchema,
  MatchingRunCirclePageSchema,
  MatchingRunSchema,
  runViewCirclesMax,
  UnmatchedMenteePageSchema,
  LatestMatchingRunSchema,
  type MatchingProposal,
} from '../../../shared/schemas/index.ts';
import { insertFakeProposedRun } from '../../testing/fake-matching-run.ts';
import { call, fieldIssuesOf, signInAs, withSchema } from '../../testing/http-client.ts';
import { seedLargeOrganization, type LargeOrganization } from '../../testing/large-organization.ts';
import { testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

type MatchingProposalPage = z.infer<typeof MatchingProposalPageSchema>;
type UnmatchedMenteePage = z.infer<typeof UnmatchedMenteePageSchema>;

const mentees = 2000;
const pairs = 1900;
/** The fake run's pair i, as insertFakeProposedRun writes it. */
const fake = Array.from({ length: pairs }, (_, i) => ({
  score: ((i * 7919) % 1000) / 1000,
  approach: i % 5 === 0,
  language: i % 7 === 0,
  locked: i % 50 === 0,
}));
const countWhere = (keep: (pair: (typeof fake)[number]) => boolean) => fake.filter(keep).length;

describe('reviewing a run of 1,900 pairs, a page at a time', { timeout: 300_000 }, () => {
  let t: TestApp;
  let org: LargeOrganization;
  let cookie: string;
  let runId: string;
  const departmentOf = new Map<string, string>();

  before(async () => {
    t = await openTestApp();
    org = await seedLargeOrganization(t.handle.db, { people: 2100, mentees, mentors: 60, mentorCapacity: 4, applications: 0 });
    runId = await insertFakeProposedRun(t.handle.db, {
      organizationId: org.organizationId,
      programId: org.programId,
      createdById: org.coordinator.id,
      pairs,
    });
    cookie = await signInAs(t.app, org.coordinator.email, testPassword);
    const people = (await t.handle.db.execute(
      sql`select id, department from people where organization_id = ${org.organizationId}`,
    )) as unknown as { rows: Array<{ id: string; department: string }> };
    for (const person of people.rows) departmentOf.set(person.id, person.department);
  });
  after(() => t.handle.close());

  const get = (path: string) => call(t.app, 'GET', `/api/v1/matching-runs/${runId}${path}`, undefined, { cookie });

  /** Every proposal of a query, page after page, checking each page's size. */
  async function pageAll(query: string, limit: number): Promise<MatchingProposal[]> {
    const seen: MatchingProposal[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 500; guard++) {
      const page: { body: MatchingProposalPage } = withSchema(
        await get(`/proposals?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`),
        MatchingProposalPageSchema,
      );
      assert.ok(page.body.items.length <= limit);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      if (cursor === null) return seen;
    }
    throw new Error('paging did not end');
  }

  test('the run is its progress and summary, a few KB whatever its size, with totals from the rows', async () => {
    const response = withSchema(await get(''), MatchingRunSchema);
    const bytes = Buffer.byteLength(JSON.stringify(response.body));
    assert.ok(bytes < 3000, `the run view is ${bytes} bytes`);
    const summary = response.body.summary;
    assert.ok(summary);
    assert.equal(summary.proposalCount, pairs);
    assert.equal(summary.unmatchedCount, mentees - pairs);
    assert.equal(
      summary.lockedCount,
      countWhere((p) => p.locked),
    );
    assert.equal(
      summary.pairsWithWarnings,
      countWhere((p) => p.approach || p.language),
    );
    assert.deepEqual(summary.warningsByKind, { approach: countWhere((p) => p.approach), language: countWhere((p) => p.language) });
    const expected = Array.from({ length: 10 }, (_, k) => countWhere((p) => matchingHistogramBucketOf(p.score) === k));
    assert.deepEqual(
      summary.histogram.map((bucket) => bucket.count),
      expected,
    );
    assert.deepEqual(
      summary.histogram.map((bucket) => [bucket.from, bucket.to]),
      expected.map((_, k) => [k / 10, (k + 1) / 10]),
    );
    const latest = withSchema(
      await call(t.app, 'GET', `/api/v1/programs/${org.programId}/matching/runs/latest`, undefined, { cookie }),
      LatestMatchingRunSchema,
    );
    assert.deepEqual(latest.body.run, response.body);
  });

  test('a summary the run stored is shown as stored', async () => {
    const stored = { proposalCount: 7, lockedCount: 1, pairsWithWarnings: 2, warningsByKind: { seniority: 3 } };
    const histogram = Array.from({ length: 10 }, (_, k) => ({ from: k / 10, to: (k + 1) / 10, count: k === 9 ? 7 : 0 }));
    await t.handle.db.execute(
      sql`update matching_runs set summary = summary || ${JSON.stringify({ ...stored, histogram })}::jsonb where id = ${runId}`,
    );
    try {
      const summary = withSchema(await get(''), MatchingRunSchema).body.summary;
      assert.ok(summary);
      assert.deepEqual(
        {
          proposalCount: summary.proposalCount,
          lockedCount: summary.lockedCount,
          pairsWithWarnings: summary.pairsWithWarnings,
          warningsByKind: summary.warningsByKind,
        },
        stored,
      );
      assert.deepEqual(summary.histogram, histogram);
      assert.equal(summary?.unmatchedCount, mentees - pairs, 'the unmatched count is the stored list’s length');
    } finally {
      await t.handle.db.execute(
        sql`update matching_runs set summary = summary - 'proposalCount' - 'lockedCount' - 'pairsWithWarnings' - 'warningsByKind' - 'histogram' where id = ${runId}`,
      );
    }
  });

  test('paging in every order gives every proposal exactly once, in that order', async () => {
    for (const sort of ['-score', 'score', 'mentee'] as const) {
      const rows = await pageAll(`sort=${sort}`, 137);
      assert.equal(rows.length, pairs, sort);
      assert.equal(new Set(rows.map((r) => r.menteeId)).size, pairs, `${sort}: a pair came twice`);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1] as MatchingProposal, rows[i] as MatchingProposal];
        if (sort === '-score') assert.ok(a.score >= b.score, `${sort} at ${i}`);
        if (sort === 'score') assert.ok(a.score <= b.score, `${sort} at ${i}`);
        if (sort === 'mentee') assert.ok(a.menteeName.toLowerCase() <= b.menteeName.toLowerCase(), `${sort} at ${i}`);
      }
    }
    const [first] = (await pageAll('sort=score', 500)).slice(0, 1);
    assert.ok(first?.menteeName && first.mentorName && first.reasons.length === 2 && first.contributions.length === 1);
  });

  test('filters narrow the pairs as the review asks, alone and together', async () => {
    const withWarnings = await pageAll('warnings=only&sort=score', 100);
    assert.equal(
      withWarnings.length,
      countWhere((p) => p.approach || p.language),
    );
    assert.ok(withWarnings.every((p) => p.warnings.length > 0));
    assert.equal(
      (await pageAll('warnings=none', 500)).length,
      countWhere((p) => !p.approach && !p.language),
    );
    assert.equal(
      (await pageAll('warningKind=language', 500)).length,
      countWhere((p) => p.language),
    );
    const low = await pageAll('maxScore=0.1', 500);
    assert.equal(
      low.length,
      countWhere((p) => p.score <= 0.1),
    );
    const band = await pageAll('minScore=0.4&maxScore=0.5&warnings=only', 50);
    assert.equal(
      band.length,
      countWhere((p) => p.score >= 0.4 && p.score <= 0.5 && (p.approach || p.language)),
    );
    assert.equal(
      (await pageAll('locked=true', 500)).length,
      countWhere((p) => p.locked),
    );
    assert.equal(
      (await pageAll('locked=false', 500)).length,
      countWhere((p) => !p.locked),
    );

    const [someone] = withSchema(await get('/proposals?sort=mentee&limit=1'), MatchingProposalPageSchema).body.items;
    const department = departmentOf.get(someone?.menteeId ?? '') ?? '';
    const inDepartment = await pageAll(`department=${encodeURIComponent(department)}`, 500);
    assert.ok(inDepartment.length > 0 && inDepartment.length < pairs);
    assert.ok(inDepartment.every((p) => departmentOf.get(p.menteeId) === department || departmentOf.get(p.mentorId) === department));

    const q = (someone?.menteeName ?? '').split(' ')[0]?.toUpperCase() ?? '';
    const named = await pageAll(`q=${encodeURIComponent(q)}`, 500);
    assert.ok(named.length > 0 && named.length < pairs, `${named.length} pairs named like ${q}`);
    assert.ok(named.every((p) => `${p.menteeName} ${p.mentorName}`.toUpperCase().includes(q)));
    assert.equal((await pageAll('q=%25_', 500)).length, 0, 'the search’s own % and _ are taken literally');
  });

  test('a bad filter or a cursor of another order is a 422 naming it', async () => {
    const cursor = withSchema(await get('/proposals?sort=score&limit=5'), MatchingProposalPageSchema).body.nextCursor;
    for (const [query, field] of [
      ['minScore=2', 'minScore'],
      ['maxScore=-0.1', 'maxScore'],
      ['maxScore=low', 'maxScore'],
      ['sort=name', 'sort'],
      ['warnings=some', 'warnings'],
      ['warningKind=grumpy', 'warningKind'],
      ['locked=yes', 'locked'],
      ['limit=501', 'limit'],
      [`sort=-score&cursor=${cursor}`, 'cursor'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ] as const) {
      const response = await get(`/proposals?${query}`);
      assert.equal(response.status, 422, query);
      assert.ok(
        fieldIssuesOf(response).some((issue) => issue.field === field),
        `${query}: ${JSON.stringify(response.body)}`,
      );
    }
    const unknown = await call(t.app, 'GET', `/api/v1/matching-runs/${crypto.randomUUID()}/proposals`, undefined, { cookie });
    assert.equal(unknown.status, 404);
  });

  test('the unmatched mentees page through once each, named, and search by name', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: UnmatchedMenteePage } = withSchema(
        await get(`/unmatched?limit=30${cursor ? `&cursor=${cursor}` : ''}`),
        UnmatchedMenteePageSchema,
      );
      assert.ok(page.body.items.every((u) => u.menteeName !== '' && u.reason === 'capacity_exhausted' && u.missing === 1));
      seen.push(...page.body.items.map((u) => u.menteeId));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    assert.equal(seen.length, mentees - pairs);
    assert.equal(new Set(seen).size, seen.length);
    const first = withSchema(await get('/unmatched?limit=1'), UnmatchedMenteePageSchema).body.items[0];
    const named = withSchema(await get(`/unmatched?limit=500&q=${encodeURIComponent(first?.menteeName ?? '')}`), UnmatchedMenteePageSchema);
    assert.ok(named.body.items.some((u) => u.menteeId === first?.menteeId));
    assert.ok(named.body.items.length < seen.length);
    assert.equal(withSchema(await get('/unmatched?reason=no_feasible_mentor'), UnmatchedMenteePageSchema).body.items.length, 0);
    assert.equal((await get('/unmatched?reason=bored')).status, 422);
  });

  test('a run with more circles than the view carries pages them by name, members included', async () => {
    const circleCount = runViewCirclesMax * 2 + 7;
    await t.handle.db.execute(sql`
      with made as (
        insert into circles (organization_id, program_id, name, status, matching_run_id, affinity, created_by_id)
        select ${org.organizationId}::uuid, ${org.programId}::uuid, 'Circle ' || lpad(g::text, 3, '0'), 'proposed', ${runId}::uuid, 0.5, ${org.coordinator.id}::uuid
        from generate_series(1, ${circleCount}::int) g
        returning id, name
      )
      insert into circle_members (organization_id, circle_id, person_id, role)
      select ${org.organizationId}::uuid, made.id, ${org.mentee.id}::uuid, 'mentee' from made`);
    try {
      assert.deepEqual(withSchema(await get(''), MatchingRunSchema).body.circles, [], 'none inline past the view’s limit');
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: z.infer<typeof MatchingRunCirclePageSchema> } = withSchema(
          await get(`/circles?limit=50${cursor ? `&cursor=${cursor}` : ''}`),
          MatchingRunCirclePageSchema,
        );
        assert.ok(page.body.items.every((circle) => circle.mentees[0]?.personId === org.mentee.id && circle.affinity === 0.5));
        names.push(...page.body.items.map((circle) => circle.name));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      assert.deepEqual(
        names,
        Array.from({ length: circleCount }, (_, i) => `Circle ${String(i + 1).padStart(3, '0')}`),
      );
      const found = withSchema(await get('/circles?q=circle 00'), MatchingRunCirclePageSchema).body.items.map((c) => c.name);
      assert.deepEqual(found, [
        'Circle 001',
        'Circle 002',
        'Circle 003',
        'Circle 004',
        'Circle 005',
        'Circle 006',
        'Circle 007',
        'Circle 008',
        'Circle 009',
      ]);
    } finally {
      await t.handle.db.execute(sql`delete from circles where matching_run_id = ${runId}`);
    }
  });
});
