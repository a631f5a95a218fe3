import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { closureSurveys, goals, learningLogEntries, meetings, notes, relationships } from '../../db/schema/index.ts';
import { makePerson, makeRelationship } from '../../testing/factories.ts';
import { call } from '../../testing/http-client.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { ProgramRelationshipPageSchema, RelationshipOverviewSchema } from '../../../shared/schemas/index.ts';

const day = 86_400_000;

describe('the coordinators’ relationship overview', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let path: string;
  const as = (who: keyof PairSessions['cookies']) => call(t.app, 'GET', path, undefined, { cookie: s.cookies[who] });
  const overviewAs = (who: keyof PairSessions['cookies']) =>
    call(t.app, 'GET', path, undefined, { schema: RelationshipOverviewSchema, cookie: s.cookies[who] });
  const listAs = (who: keyof PairSessions['cookies']) =>
    call(t.app, 'GET', `/api/v1/programs/${s.program.id}/relationships`, undefined, {
      schema: ProgramRelationshipPageSchema,
      cookie: s.cookies[who],
    });

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    path = `/api/v1/programs/${s.program.id}/relationship-overview`;
    const org = s.organizationId;
    const relationshipId = s.relationshipId;
    await t.ctx.db.insert(goals).values([
      { organizationId: org, relationshipId, specific: 'GOAL-TEXT one', progress: 40, createdById: s.mentee.id },
      { organizationId: org, relationshipId, specific: 'GOAL-TEXT two', progress: 100, status: 'met', createdById: s.mentee.id },
      { organizationId: org, relationshipId, specific: 'GOAL-TEXT dropped', progress: 0, status: 'dropped', createdById: s.mentee.id },
    ]);
    const meeting = (status: 'held' | 'missed' | 'proposed') => ({
      organizationId: org,
      relationshipId,
      proposedById: s.mentor.id,
      startsAt: new Date(),
      durationMinutes: 30,
      timeZone: 'UTC',
      channel: 'phone' as const,
      status,
      agenda: 'AGENDA-TEXT',
    });
    await t.ctx.db.insert(meetings).values([meeting('held'), meeting('held'), meeting('missed'), meeting('proposed')]);
    await t.ctx.db
      .insert(notes)
      .values({ organizationId: org, relationshipId, authorId: s.mentor.id, visibility: 'shared', body: 'NOTE-TEXT' });
    await t.ctx.db
      .insert(learningLogEntries)
      .values({ organizationId: org, relationshipId, authorId: s.mentee.id, tried: 'LOG-TEXT', shared: true });
    await t.ctx.db
      .update(relationships)
      .set({ startedAt: new Date(Date.now() - 60 * day), lastTouchAt: new Date(Date.now() - 45 * day) })
      .where(eq(relationships.id, relationshipId));
  });
  after(() => t.handle.close());

  test('stage, last touch point, meetings held, goal progress and risk; no content', async () => {
    for (const who of ['coordinator', 'admin', 'mentor'] as const) {
      const response = await listAs(who);
      assert.equal(response.status, 200, who);
      const [row] = response.body.items;
      assert.ok(row);
      assert.equal(row.id, s.relationshipId);
      assert.equal(row.mentor.id, s.mentor.id);
      assert.equal(row.stage, 'creating');
      assert.equal(row.meetingsHeld, 2);
      assert.deepEqual(row.goals, { count: 2, met: 1, averageProgress: 70 });
      assert.equal(row.atRisk, true);
      assert.ok(row.lastTouchAt);
      assert.equal(row.closure, null);
      assert.ok(!/(NOTE|LOG|GOAL|AGENDA)-TEXT/.test(JSON.stringify(response.body)), who);
    }
    const { body } = await overviewAs('coordinator');
    assert.deepEqual(body.counts, {
      total: 1,
      active: 1,
      closed: 0,
      atRisk: 1,
      byStage: { creating: 1, building: 0, mastery: 0, moving_on: 0 },
    });
  });

  test('participants are refused; other organizations do not see the program', async () => {
    assert.equal((await as('mentor')).status, 403);
    assert.equal((await as('mentee')).status, 403);
    assert.equal((await as('outsider')).status, 404);
  });

  test('survey aggregates appear only from five answers, never one by one', async () => {
    const elsewhere = await makeRelationship(t.ctx, s.organizationId, { coordinator: s.coordinator });
    const respondents = await Promise.all([0, 1, 2, 3, 4].map(() => makePerson(t.ctx, s.organizationId)));
    const answer = (relationshipId: string, i: number) => ({
      organizationId: s.organizationId,
      relationshipId,
      respondentId: respondents[i]?.id ?? '',
      rating: i + 1,
      qualities: { trustworthy: 5 },
    });
    // Answers of another program never count here.
    await t.ctx.db.insert(closureSurveys).values([0, 1, 2, 3, 4].map((i) => answer(elsewhere.relationshipId, i)));
    await t.ctx.db.insert(closureSurveys).values([0, 1, 2, 3].map((i) => answer(s.relationshipId, i)));
    assert.equal((await overviewAs('coordinator')).body.surveySummary, null, 'four answers: nothing');
    await t.ctx.db.insert(closureSurveys).values(answer(s.relationshipId, 4));
    assert.deepEqual((await overviewAs('coordinator')).body.surveySummary, { answers: 5, averageRating: 3, qualities: { trustworthy: 5 } });
  });
});
