import { GoalSchema, GoalListSchema, GoalHistorySchema, GoalSummarySchema } from '../../../shared/schemas/index.ts';
import { errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { summarizeGoals } from '../../db/repositories/goal.repository.ts';
import { closeRelationshipForTest, openPairCallers } from '../../testing/pair-callers.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const wording = {
  specific: 'Lead the quarterly budget review for my team',
  measure: '',
  achievable: 'Two hours a week, with my mentor’s examples',
  relevant: 'Budgeting is the gap in my plan to become a team lead',
};

describe('SMART goals of a relationship', { timeout: 60_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof openPairCallers>>;
  let goalId = '';

  before(async () => {
    t = await openTestApp();
    pair = await openPairCallers(t);
  });
  after(() => t.handle.close());

  test('the mentee adds a goal missing letters: saved, with a warning per missing letter', async () => {
    const res = withSchema(await pair.as('mentee')('POST', `${pair.base}/goals`, wording), GoalSchema);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.smartWarnings.map((w: { letter: string }) => w.letter),
      ['M', 'T'],
    );
    assert.equal(res.body.smartWarnings[0]?.field, 'measure');
    assert.equal(res.body.progress, 0);
    assert.equal(res.body.status, 'active');
    assert.equal(res.body.createdById, pair.mentee.id);
    goalId = res.body.id;
  });

  test('the mentor sees the same goal and refines it; the old wording is kept in the history', async () => {
    const listed = withSchema(await pair.as('mentor')('GET', `${pair.base}/goals`), GoalListSchema);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.goals.map((g: { id: string }) => g.id),
      [goalId],
    );
    const res = withSchema(
      await pair.as('mentor')('PATCH', `${pair.base}/goals/${goalId}`, {
        measure: 'I present it and answer finance’s questions alone',
        dueOn: '2040-09-30',
        note: 'after our talk',
      }),
      GoalSchema,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.smartWarnings, []);
    assert.equal(res.body.specific, wording.specific);
    const unchanged = await pair.as('mentee')('PATCH', `${pair.base}/goals/${goalId}`, {
      measure: ' I present it and answer finance’s questions alone ',
    });
    assert.equal(unchanged.status, 200);
    const history = withSchema(await pair.as('mentee')('GET', `${pair.base}/goals/${goalId}/history`), GoalHistorySchema);
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.revisions.map((r: { kind: string }) => r.kind),
      ['created', 'refined'],
      'a refinement changing nothing writes nothing',
    );
    const refined = history.body.revisions[1];
    assert.equal(refined?.previousWording?.measure, '');
    assert.equal(refined?.previousWording.dueOn, null);
    assert.equal(refined?.changedById, pair.mentor.id);
    assert.equal(refined?.note, 'after our talk');
  });

  test('progress updates go into the history; bad input names the field and writes nothing', async () => {
    const res = withSchema(
      await pair.as('mentee')('PUT', `${pair.base}/goals/${goalId}/progress`, { progress: 40, note: 'first draft done' }),
      GoalSchema,
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.progress, 40);
    for (const [path, method, body, field] of [
      [`/goals/${goalId}/progress`, 'PUT', { progress: 140 }, 'progress'],
      [`/goals/${goalId}/progress`, 'PUT', { progress: 12.5 }, 'progress'],
      ['/goals', 'POST', { ...wording, specific: '   ' }, 'specific'],
      ['/goals', 'POST', { ...wording, measure: 'x'.repeat(1001) }, 'measure'],
      ['/goals', 'POST', { ...wording, dueOn: '30/09/2027' }, 'dueOn'],
      [`/goals/${goalId}/status`, 'PUT', { status: 'finished' }, 'status'],
      [`/goals/${goalId}/milestones`, 'POST', { title: '' }, 'title'],
    ] as const) {
      const bad = await pair.as('mentee')(method, `${pair.base}${path}`, body);
      assert.equal(bad.status, 422, `${path} ${JSON.stringify(body)}`);
      assert.ok(
        fieldIssuesOf(bad).some((d: { field: string }) => d.field === field),
        `${field} named in ${JSON.stringify(bad.body)}`,
      );
    }
    const goals = withSchema(await pair.as('mentee')('GET', `${pair.base}/goals`), GoalListSchema);
    assert.equal(goals.body.goals.length, 1);
    assert.equal(goals.body.goals[0]?.progress, 40);
    const history = withSchema(await pair.as('mentee')('GET', `${pair.base}/goals/${goalId}/history`), GoalHistorySchema);
    assert.deepEqual(
      history.body.revisions.map((r: { kind: string; progress: number }) => `${r.kind}:${r.progress}`),
      ['created:0', 'refined:0', 'progress:40'],
    );
  });

  test('milestones are added, ticked and unticked by either side', async () => {
    const added = await pair.as('mentee')('POST', `${pair.base}/goals/${goalId}/milestones`, {
      title: 'Shadow one review',
      dueOn: '2040-06-01',
    });
    assert.equal(added.status, 201);
    await pair.as('mentor')('POST', `${pair.base}/goals/${goalId}/milestones`, { title: 'Draft the slides' });
    const [first, second] =
      withSchema(await pair.as('mentee')('GET', `${pair.base}/goals`), GoalListSchema).body.goals[0]?.milestones ?? [];
    assert.deepEqual([first?.title, second?.title], ['Shadow one review', 'Draft the slides']);
    const ticked = withSchema(
      await pair.as('mentor')('PUT', `${pair.base}/goals/${goalId}/milestones/${first?.id}`, { done: true }),
      GoalSchema,
    );
    assert.equal(ticked.status, 200);
    assert.ok(ticked.body.milestones[0]?.doneAt);
    const unticked = withSchema(
      await pair.as('mentee')('PUT', `${pair.base}/goals/${goalId}/milestones/${first?.id}`, { done: false }),
      GoalSchema,
    );
    assert.equal(unticked.body.milestones[0]?.doneAt, null);
    const unknown = await pair.as('mentee')('PUT', `${pair.base}/goals/${goalId}/milestones/${crypto.randomUUID()}`, { done: true });
    assert.equal(unknown.status, 404);
    assert.equal(errorOf(unknown).code, 'milestone_not_found');
  });

  test('status: met sets progress 100; a met goal refuses progress until made active again', async () => {
    const met = withSchema(await pair.as('mentee')('PUT', `${pair.base}/goals/${goalId}/status`, { status: 'met' }), GoalSchema);
    assert.equal(met.status, 200);
    assert.equal(met.body.progress, 100);
    assert.ok(met.body.metAt);
    const refused = await pair.as('mentor')('PUT', `${pair.base}/goals/${goalId}/progress`, { progress: 50 });
    assert.equal(refused.status, 409);
    assert.equal(errorOf(refused).code, 'goal_not_active');
    assert.equal(
      errorOf(await pair.as('mentee')('PUT', `${pair.base}/goals/${goalId}/status`, { status: 'met' })).code,
      'goal_status_unchanged',
    );
    const reopened = withSchema(
      await pair.as('mentor')('PUT', `${pair.base}/goals/${goalId}/status`, { status: 'active', note: 'one more review' }),
      GoalSchema,
    );
    assert.equal(reopened.body.status, 'active');
    assert.equal(reopened.body.metAt, null);
    const revisions = withSchema(
      await pair.as('mentee')('GET', `${pair.base}/goals/${goalId}/history`),
      GoalHistorySchema,
    ).body.revisions.slice(-2);
    assert.deepEqual(
      revisions.map((r: { kind: string; note: string }) => `${r.kind}: ${r.note}`),
      ['status: Marked met', 'status: Marked active: one more review'],
    );
  });

  test('coordinators and admins get counts and progress only; the wording never reaches them', async () => {
    for (const who of ['coordinator', 'admin'] as const) {
      const goals = await pair.as(who)('GET', `${pair.base}/goals`);
      assert.equal(goals.status, 404, who);
      assert.ok(!JSON.stringify(goals.body).includes('budget'), `${who} reads no goal wording`);
      assert.equal((await pair.as(who)('GET', `${pair.base}/goals/${goalId}/history`)).status, 404);
      assert.equal((await pair.as(who)('POST', `${pair.base}/goals`, wording)).status, 404);
      const summary = withSchema(await pair.as(who)('GET', `${pair.base}/goals/summary`), GoalSummarySchema);
      assert.equal(summary.status, 200, who);
      assert.equal(summary.body.count, 1);
      assert.equal(summary.body.averageProgress, 100);
      assert.deepEqual(summary.body.dueDates, ['2040-09-30']);
      assert.ok(!JSON.stringify(summary.body).includes('budget'));
    }
  });

  test('a third participant and another organization get 404 for everything', async () => {
    for (const who of ['third', 'outsider'] as const) {
      for (const [method, path, body] of [
        ['GET', '/goals', undefined],
        ['GET', '/goals/summary', undefined],
        ['GET', `/goals/${goalId}/history`, undefined],
        ['PUT', `/goals/${goalId}/progress`, { progress: 10 }],
      ] as const) {
        const res = await pair.as(who)(method, `${pair.base}${path}`, body);
        assert.equal(res.status, 404, `${who} ${method} ${path}`);
        assert.ok(!JSON.stringify(res.body).includes('budget'));
      }
    }
  });

  test('summarizeGoals: per relationship, dropped goals apart, share past 70%, all-met date', async () => {
    const other = await openPairCallers(t);
    const add = async (specific: string) =>
      withSchema(await other.as('mentee')('POST', `${other.base}/goals`, { ...wording, specific, dueOn: '2040-01-15' }), GoalSchema).body
        .id as string;
    const [a, b, c] = [
      await add('Run one planning meeting alone'),
      await add('Write the team charter draft'),
      await add('Present at the all-hands meeting'),
    ];
    await other.as('mentee')('PUT', `${other.base}/goals/${a}/progress`, { progress: 80 });
    await other.as('mentee')('PUT', `${other.base}/goals/${b}/progress`, { progress: 20 });
    await other.as('mentee')('PUT', `${other.base}/goals/${c}/status`, { status: 'dropped' });
    const summaries = await summarizeGoals(t.ctx.db, other.organizationId, [
      other.relationshipId,
      pair.relationshipId,
      crypto.randomUUID(),
    ]);
    assert.deepEqual(
      { ...summaries.get(other.relationshipId) },
      { count: 2, met: 0, dropped: 1, averageProgress: 50, shareAbove70: 0.5, allMetAt: null, dueDates: ['2040-01-15', '2040-01-15'] },
    );
    assert.deepEqual([...summaries.keys()], [other.relationshipId], 'another organization’s relationship and unknown ids are absent');
    assert.equal((await summarizeGoals(t.ctx.db, pair.organizationId, [other.relationshipId])).size, 0, 'scoped to the organization');
    await other.as('mentor')('PUT', `${other.base}/goals/${a}/status`, { status: 'met' });
    await other.as('mentor')('PUT', `${other.base}/goals/${b}/status`, { status: 'met' });
    const allMet = (await summarizeGoals(t.ctx.db, other.organizationId, [other.relationshipId])).get(other.relationshipId);
    assert.ok(allMet?.allMetAt instanceof Date);
    assert.equal(allMet?.shareAbove70, 1);
  });

  test('a goal of another relationship is not found through this one', async () => {
    const other = await openPairCallers(t);
    const foreign = withSchema(await other.as('mentee')('POST', `${other.base}/goals`, wording), GoalSchema);
    const res = await pair.as('mentee')('PUT', `${pair.base}/goals/${foreign.body.id}/progress`, { progress: 10 });
    assert.equal(res.status, 404);
    assert.equal(errorOf(res).code, 'goal_not_found');
  });

  test('a closed relationship is read-only', async () => {
    await closeRelationshipForTest(t, pair.organizationId, pair.relationshipId);
    for (const [method, path, body] of [
      ['POST', '/goals', wording],
      ['PATCH', `/goals/${goalId}`, { measure: 'changed after the end' }],
      ['PUT', `/goals/${goalId}/progress`, { progress: 90 }],
      ['PUT', `/goals/${goalId}/status`, { status: 'dropped' }],
      ['POST', `/goals/${goalId}/milestones`, { title: 'Too late' }],
    ] as const) {
      const res = await pair.as('mentee')(method, `${pair.base}${path}`, body);
      assert.equal(res.status, 409, `${method} ${path}`);
      assert.equal(errorOf(res).code, 'relationship_closed');
    }
    const goals = withSchema(await pair.as('mentee')('GET', `${pair.base}/goals`), GoalListSchema);
    assert.equal(goals.status, 200);
    assert.equal(goals.body.goals.length, 1);
    assert.equal(goals.body.goals[0]?.status, 'active');
  });
});
