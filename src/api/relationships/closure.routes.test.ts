import {
  ClosureStateSchema,
  StageHistorySchema,
  RelationshipOverviewSchema,
  ProgramRelationshipPageSchema,
  RelationshipDetailSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findProgramById } from '../../db/repositories/program.repository.ts';
import { goals } from '../../db/schema/index.ts';
import { loadProgramCohort } from '../../services/matching/program-cohort.ts';
import { makeRelationship, testPassword } from '../../testing/factories.ts';
import { call, signInAs, fieldIssuesOf, withSchema, errorOf } from '../../testing/http-client.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const qualities = { trustworthy: 5, had_time: 4, asked_good_questions: 5, listened: 5, constructive_feedback: 3 };

describe('closing a relationship', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let base: string;
  let goalId: string;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string, body?: unknown) =>
    call(t.app, method, path, body, { cookie: s.cookies[who] });

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    base = `/api/v1/relationships/${s.relationshipId}`;
    const [goal] = await t.ctx.db
      .insert(goals)
      .values({
        organizationId: s.organizationId,
        relationshipId: s.relationshipId,
        specific: 'Run a team retro',
        progress: 100,
        status: 'met',
        createdById: s.mentee.id,
      })
      .returning({ id: goals.id });
    goalId = goal?.id ?? '';
  });
  after(() => t.handle.close());

  test('one side starts, the other completes: closed, moving on in the history, the mentor’s place freed', async () => {
    const roomBefore = (await findMentorRoom(t.ctx.db, s.organizationId, [s.mentor.id])).get(s.mentor.id) ?? 0;
    assert.equal(withSchema(await as('mentor', 'GET', `${base}/closure`), ClosureStateSchema).body.closure, null);
    const unknownGoal = await as('mentor', 'PUT', `${base}/closure`, {
      reflection: 'x',
      nextStep: 'end',
      goalOutcomes: [{ goalId: crypto.randomUUID(), achieved: 'x' }],
    });
    assert.equal(unknownGoal.status, 422);
    assert.equal(fieldIssuesOf(unknownGoal)[0]?.field, 'goalOutcomes.0.goalId');
    assert.equal(fieldIssuesOf(await as('mentor', 'PUT', `${base}/closure`, { reflection: '', nextStep: 'end' }))[0]?.field, 'reflection');
    assert.equal(
      fieldIssuesOf(await as('mentor', 'PUT', `${base}/closure`, { reflection: 'x', nextStep: 'forever' }))[0]?.field,
      'nextStep',
    );
    assert.equal(withSchema(await as('mentor', 'GET', `${base}/closure`), ClosureStateSchema).body.closure, null, 'nothing half-written');

    const started = withSchema(
      await as('mentor', 'PUT', `${base}/closure`, {
        reflection: 'MENTOR-REFLECTION: I learned to listen',
        nextStep: 'periodic_contact',
        goalOutcomes: [{ goalId, achieved: 'Ran two retros alone' }],
      }),
      ClosureStateSchema,
    );
    assert.equal(started.status, 200, JSON.stringify(started.body));
    assert.equal(started.body.closure?.status, 'started');
    assert.equal(started.body.closure?.waitingFor, 'mentee');
    const menteeView = withSchema(await as('mentee', 'GET', `${base}/closure`), ClosureStateSchema);
    assert.equal(menteeView.body.closure?.mentorReflection, 'MENTOR-REFLECTION: I learned to listen');
    assert.deepEqual(menteeView.body.closure?.goalOutcomes, [{ goalId, goal: 'Run a team retro', achieved: 'Ran two retros alone' }]);
    const coordinatorView = await as('coordinator', 'GET', `${base}/closure`);
    assert.equal(coordinatorView.status, 200);
    assert.ok(!JSON.stringify(coordinatorView.body).includes('MENTOR-REFLECTION'));
    assert.ok(!JSON.stringify(coordinatorView.body).includes('Ran two retros'));
    assert.equal((await as('third', 'GET', `${base}/closure`)).status, 404);
    assert.equal((await as('coordinator', 'PUT', `${base}/closure`, { reflection: 'x', nextStep: 'end' })).status, 404);

    const done = withSchema(
      await as('mentee', 'PUT', `${base}/closure`, {
        reflection: 'MENTEE-REFLECTION: more confident',
        nextStep: 'periodic_contact',
      }),
      ClosureStateSchema,
    );
    assert.equal(done.body.closure?.status, 'closed');
    assert.ok(done.body.closure?.closedAt);
    const header = withSchema(await as('mentor', 'GET', base), RelationshipDetailSchema);
    assert.equal(header.body.status, 'closed');
    assert.equal(header.body.stage, 'moving_on');
    const history = withSchema(await as('coordinator', 'GET', `${base}/stage-history`), StageHistorySchema);
    assert.equal(history.body.changes.at(-1)?.toStage, 'moving_on');
    const roomAfter = (await findMentorRoom(t.ctx.db, s.organizationId, [s.mentor.id])).get(s.mentor.id) ?? 0;
    assert.equal(roomAfter, roomBefore + 1, 'closure frees the mentor’s place');
    assert.equal(
      errorOf(await as('mentor', 'PUT', `${base}/closure`, { reflection: 'again', nextStep: 'end' })).code,
      'relationship_closed',
    );
    assert.equal(errorOf(await as('mentor', 'POST', `${base}/notes`, { visibility: 'shared', body: 'late' })).code, 'relationship_closed');
  });

  test('closure surveys are confidential: never in the partner’s or a coordinator’s responses', async () => {
    const mentorQualities = await as('mentor', 'PUT', `${base}/closure/survey`, { rating: 4, qualities });
    assert.equal(mentorQualities.status, 422);
    assert.equal(fieldIssuesOf(mentorQualities)[0]?.field, 'qualities');
    assert.equal(fieldIssuesOf(await as('mentee', 'PUT', `${base}/closure/survey`, { rating: 6 }))[0]?.field, 'rating');
    const mentee = withSchema(
      await as('mentee', 'PUT', `${base}/closure/survey`, { rating: 5, qualities, comment: 'MENTEE-SURVEY-SECRET' }),
      ClosureStateSchema,
    );
    assert.equal(mentee.status, 200, JSON.stringify(mentee.body));
    assert.equal(mentee.body.closure?.mySurvey?.rating, 5);
    assert.equal(errorOf(await as('mentee', 'PUT', `${base}/closure/survey`, { rating: 1 })).code, 'survey_already_answered');
    const mentor = withSchema(
      await as('mentor', 'PUT', `${base}/closure/survey`, { rating: 2, comment: 'MENTOR-SURVEY-SECRET' }),
      ClosureStateSchema,
    );
    assert.equal(mentor.body.closure?.mySurvey?.comment, 'MENTOR-SURVEY-SECRET');
    assert.ok(!JSON.stringify(mentor.body).includes('MENTEE-SURVEY-SECRET'));
    const menteeView = JSON.stringify((await as('mentee', 'GET', `${base}/closure`)).body);
    assert.ok(!menteeView.includes('MENTOR-SURVEY-SECRET') && menteeView.includes('MENTEE-SURVEY-SECRET'));
    for (const path of [`${base}/closure`, `/api/v1/programs/${s.program.id}/relationship-overview`]) {
      const { body } = await as('coordinator', 'GET', path);
      assert.ok(!/SURVEY-SECRET/.test(JSON.stringify(body)), path);
      assert.ok(!JSON.stringify(body).includes('"rating"'), path);
    }
    assert.equal(
      withSchema(await as('coordinator', 'GET', `/api/v1/programs/${s.program.id}/relationship-overview`), RelationshipOverviewSchema).body
        .surveySummary,
      null,
      'two answers: no aggregate',
    );
  });

  test('a no-fault early exit: the reason reaches coordinators only; the mentee’s rematch keeps them in the next run', async () => {
    const second = await makeRelationship(t.ctx, s.organizationId, { coordinator: s.coordinator });
    const path = `/api/v1/relationships/${second.relationshipId}`;
    const mentor = await signInAs(t.app, second.mentor.email, testPassword);
    const mentee = await signInAs(t.app, second.mentee.email, testPassword);
    const refused = await call(t.app, 'POST', `${path}/closure/early-exit`, { reason: 'x', rematch: true }, { cookie: mentor });
    assert.equal(refused.status, 422);
    assert.equal(fieldIssuesOf(refused)[0]?.field, 'rematch');
    assert.equal(
      fieldIssuesOf(await call(t.app, 'POST', `${path}/closure/early-exit`, { reason: ' ' }, { cookie: mentee }))[0]?.field,
      'reason',
    );

    const exit = await call(
      t.app,
      'POST',
      `${path}/closure/early-exit`,
      { reason: 'EXIT-REASON: our schedules never fit', rematch: true },
      { schema: ClosureStateSchema, cookie: mentee },
    );
    assert.equal(exit.status, 200, JSON.stringify(exit.body));
    assert.equal(exit.body.closure?.earlyExitReason, 'EXIT-REASON: our schedules never fit', 'its author sees it');
    const partner = await call(t.app, 'GET', `${path}/closure`, undefined, { schema: ClosureStateSchema, cookie: mentor });
    assert.equal(partner.body.closure?.kind, 'early_exit');
    assert.equal(partner.body.closure?.status, 'closed');
    assert.equal(partner.body.closure?.rematchRequested, null);
    assert.ok(!JSON.stringify(partner.body).includes('EXIT-REASON'));
    const coordinator = await call(t.app, 'GET', `${path}/closure`, undefined, {
      schema: ClosureStateSchema,
      cookie: s.cookies.coordinator,
    });
    assert.equal(coordinator.body.closure?.earlyExitReason, 'EXIT-REASON: our schedules never fit');
    assert.equal(coordinator.body.closure?.rematchRequested, true);
    const listed = await call(t.app, 'GET', `/api/v1/programs/${second.program.id}/relationships`, undefined, {
      schema: ProgramRelationshipPageSchema,
      cookie: s.cookies.coordinator,
    });
    assert.deepEqual(listed.body.items[0]?.closure, {
      kind: 'early_exit',
      status: 'closed',
      nextStep: null,
      earlyExitReason: 'EXIT-REASON: our schedules never fit',
      rematchRequested: true,
    });
    const ownList = await call(t.app, 'GET', `/api/v1/programs/${second.program.id}/relationships`, undefined, {
      schema: ProgramRelationshipPageSchema,
      cookie: mentor,
    });
    assert.equal(ownList.body.items[0]?.closure?.kind, 'early_exit', 'the pair sees how it ended');
    assert.ok(!JSON.stringify(ownList.body).includes('EXIT-REASON'), 'but not the reason, which is for coordinators');

    const program = await findProgramById(t.ctx.db, s.organizationId, second.program.id);
    assert.ok(program);
    const cohort = await loadProgramCohort(t.ctx.db, program, { policy: 'score', mode: 'optimal', minimumScore: null, now: new Date() });
    const index = cohort.mentees.findIndex((m) => m.id === second.mentee.id);
    assert.ok(index >= 0, 'the mentee stays in the program’s cohort');
    assert.equal(cohort.demand[index], 1, 'with demand 1 for the next run');
    assert.equal(cohort.capacity[cohort.mentors.findIndex((m) => m.id === second.mentor.id)], 2, 'and the mentor’s place is free again');
  });
});
