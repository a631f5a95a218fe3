import { StageSignalsSchema, StageHistorySchema, RelationshipDetailSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { agreements, agreementVersions, goals, meetings, relationships } from '../../db/schema/index.ts';
import { call, fieldIssuesOf, withSchema, errorOf } from '../../testing/http-client.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const day = 86_400_000;

describe('relationship stages and signals', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let base: string;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string, body?: unknown) =>
    call(t.app, method, path, body, { cookie: s.cookies[who] });
  const kinds = async (who: keyof PairSessions['cookies'] = 'mentor') =>
    withSchema(await as(who, 'GET', `${base}/signals`), StageSignalsSchema).body.suggestions.map((x: { kind: string }) => x.kind);

  /** Signs the current agreement version as given (started relationships may already have a draft). */
  async function signAgreement(signatures: { mentorSignedAt: Date | null; menteeSignedAt: Date | null }) {
    const where = and(eq(agreements.organizationId, s.organizationId), eq(agreements.relationshipId, s.relationshipId));
    let [agreement] = await t.ctx.db.select({ id: agreements.id, version: agreements.currentVersion }).from(agreements).where(where);
    if (!agreement) {
      [agreement] = await t.ctx.db
        .insert(agreements)
        .values({ organizationId: s.organizationId, relationshipId: s.relationshipId })
        .returning({ id: agreements.id, version: agreements.currentVersion });
      await t.ctx.db
        .insert(agreementVersions)
        .values({ organizationId: s.organizationId, agreementId: agreement?.id ?? '', version: 1, content: {}, editedById: s.mentor.id });
    }
    await t.ctx.db
      .update(agreementVersions)
      .set(signatures)
      .where(and(eq(agreementVersions.agreementId, agreement?.id ?? ''), eq(agreementVersions.version, agreement?.version ?? 1)));
  }

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    base = `/api/v1/relationships/${s.relationshipId}`;
  });
  after(() => t.handle.close());

  test('a signed agreement suggests building, for the pair and the coordinator', async () => {
    assert.deepEqual(await kinds(), []);
    await signAgreement({ mentorSignedAt: new Date(), menteeSignedAt: null });
    assert.deepEqual(await kinds(), [], 'one signature is not enough');
    await signAgreement({ mentorSignedAt: new Date(), menteeSignedAt: new Date() });
    for (const who of ['mentor', 'mentee', 'coordinator', 'admin'] as const) {
      const response = withSchema(await as(who, 'GET', `${base}/signals`), StageSignalsSchema);
      assert.equal(response.status, 200, who);
      assert.deepEqual(
        response.body.suggestions.map((x) => [x.kind, x.toStage]),
        [['start_building', 'building']],
        who,
      );
      assert.match(response.body.suggestions[0]?.explanation ?? '', /signed/);
    }
    for (const who of ['third', 'outsider'] as const) assert.equal((await as(who, 'GET', `${base}/signals`)).status, 404, who);
  });

  test('the pair moves the stage with a note; the history lists it, without notes for coordinators', async () => {
    const moved = await as('mentee', 'PUT', `${base}/stage`, { stage: 'building', note: 'We signed, let’s start' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(withSchema(await as('mentor', 'GET', base), RelationshipDetailSchema).body.stage, 'building');
    assert.equal(errorOf(await as('mentor', 'PUT', `${base}/stage`, { stage: 'building' })).code, 'stage_unchanged');
    const pairView = withSchema(await as('mentor', 'GET', `${base}/stage-history`), StageHistorySchema);
    assert.deepEqual(
      pairView.body.changes.map((c: { fromStage: string | null; toStage: string }) => [c.fromStage, c.toStage]),
      [
        [null, 'creating'],
        ['creating', 'building'],
      ],
    );
    assert.equal(pairView.body.changes[1]?.note, 'We signed, let’s start');
    assert.equal(pairView.body.changes[1]?.changedBy.id, s.mentee.id);
    const coordinatorView = withSchema(await as('coordinator', 'GET', `${base}/stage-history`), StageHistorySchema);
    assert.equal(coordinatorView.status, 200);
    assert.equal(coordinatorView.body.changes.length, 2);
    assert.ok(!JSON.stringify(coordinatorView.body).includes('let’s start'));
    assert.equal((await as('third', 'GET', `${base}/stage-history`)).status, 404);
  });

  test('only the pair sets the stage, with a valid stage and a short note', async () => {
    for (const who of ['coordinator', 'admin', 'third'] as const)
      assert.equal((await as(who, 'PUT', `${base}/stage`, { stage: 'mastery' })).status, 404, who);
    const bad = await as('mentor', 'PUT', `${base}/stage`, { stage: 'finished' });
    assert.equal(bad.status, 422);
    assert.equal(fieldIssuesOf(bad)[0]?.field, 'stage');
    const long = await as('mentor', 'PUT', `${base}/stage`, { stage: 'mastery', note: 'x'.repeat(501) });
    assert.equal(fieldIssuesOf(long)[0]?.field, 'note');
    assert.equal(withSchema(await as('mentor', 'GET', base), RelationshipDetailSchema).body.stage, 'building');
  });

  test('advanced goals and the mentee leading the agenda suggest mastery; two missed meetings there suggest moving on', async () => {
    const org = s.organizationId;
    await t.ctx.db.insert(goals).values([
      {
        organizationId: org,
        relationshipId: s.relationshipId,
        specific: 'Lead a planning meeting',
        progress: 80,
        createdById: s.mentee.id,
      },
      { organizationId: org, relationshipId: s.relationshipId, specific: 'Write a budget', progress: 90, createdById: s.mentee.id },
    ]);
    const meeting = (daysAgo: number, status: 'held' | 'missed', agendaById: string | null) => ({
      organizationId: org,
      relationshipId: s.relationshipId,
      proposedById: s.mentee.id,
      startsAt: new Date(Date.now() - daysAgo * day),
      durationMinutes: 45,
      timeZone: 'UTC',
      channel: 'video' as const,
      status,
      agendaById,
    });
    await t.ctx.db
      .insert(meetings)
      .values([meeting(30, 'held', s.mentor.id), meeting(20, 'held', s.mentee.id), meeting(10, 'held', s.mentee.id)]);
    assert.deepEqual(await kinds('coordinator'), ['move_to_mastery']);
    assert.equal((await as('mentor', 'PUT', `${base}/stage`, { stage: 'mastery', note: '' })).status, 200);
    assert.deepEqual(await kinds(), []);
    await t.ctx.db.insert(meetings).values([meeting(5, 'missed', null), meeting(2, 'missed', null)]);
    const signals = withSchema(await as('mentee', 'GET', `${base}/signals`), StageSignalsSchema);
    assert.deepEqual(
      signals.body.suggestions.map((x) => [x.kind, x.toStage]),
      [['talk_about_moving_on', 'moving_on']],
    );
    assert.match(signals.body.suggestions[0]?.explanation ?? '', /little may be left to do/);
    // Stages 2 and 3 alternate: the pair may go back.
    assert.equal((await as('mentee', 'PUT', `${base}/stage`, { stage: 'building', note: 'New goal' })).status, 200);
    assert.equal((await as('mentee', 'PUT', `${base}/stage`, { stage: 'mastery', note: '' })).status, 200);
  });

  test('no touch point for 30 days puts the relationship at risk', async () => {
    assert.ok(!(await kinds('coordinator')).includes('at_risk'));
    await t.ctx.db
      .update(relationships)
      .set({ startedAt: new Date(Date.now() - 40 * day), lastTouchAt: new Date(Date.now() - 31 * day) })
      .where(eq(relationships.id, s.relationshipId));
    const signals = withSchema(await as('coordinator', 'GET', `${base}/signals`), StageSignalsSchema);
    assert.ok(
      signals.body.suggestions.some((x: { kind: string; explanation: string }) => x.kind === 'at_risk' && /30 days/.test(x.explanation)),
      JSON.stringify(signals.body),
    );
  });
});
