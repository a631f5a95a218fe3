import {
  AgreementStatusSchema,
  AgreementSchema,
  RelationshipDetailSchema,
  AgreementVersionListSchema,
  ManualPairingResultSchema,
  ProgramAgreementTemplateSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { AgreementContent } from '../../../shared/schemas/agreements.ts';
import { relationships } from '../../db/schema/index.ts';
import { defaultAgreementTemplate } from '../../domain/relationships/agreement-draft.ts';
import { actorOf } from '../../domain/person.ts';
import { enrolPerson } from '../../services/enrolment.service.ts';
import { call, signInAs, errorOf, fieldIssuesOf, withSchema, bodyOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

/** A secret only the pair writes; no other caller's response may ever contain it. */
const secret = 'We talk about my plan to leave the Berlin office';

describe('a relationship’s agreement', { timeout: 120_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof makeRelationship>>;
  let orgId: string;
  const cookies: Record<string, string> = {};
  const path = () => `/api/v1/relationships/${pair.relationshipId}/agreement`;
  const as = (who: string, method: string, url: string, body?: unknown) => call(t.app, method, url, body, { cookie: cookies[who] });
  const current = async () => withSchema(await as('mentor', 'GET', path()), AgreementSchema).body;
  const edited = (content: AgreementContent, change: Partial<AgreementContent>): AgreementContent => ({ ...content, ...change });

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    orgId = org.id;
    pair = await makeRelationship(t.ctx, org.id);
    const stranger = await makePerson(t.ctx, org.id);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id, { role: 'admin' });
    for (const [name, person] of Object.entries({
      mentor: pair.mentor,
      mentee: pair.mentee,
      coordinator: pair.coordinator,
      stranger,
      admin,
      outsider,
    })) {
      cookies[name] = await signInAs(t.app, person.email, testPassword);
    }
  });
  after(() => t.handle.close());

  test('every relationship starts with an unsigned draft (version 1) from the program’s template', async () => {
    const response = withSchema(await as('mentee', 'GET', path()), AgreementSchema);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.currentVersion, 1);
    assert.equal(response.body.signedAt, null);
    assert.equal(response.body.current.content.meetings.cadence, 'monthly');
    assert.deepEqual(response.body.current.content.expectations, defaultAgreementTemplate.expectations);
    assert.equal(response.body.current.content.timeline.startsOn, new Date().toISOString().slice(0, 10));
    assert.equal(response.body.current.editedBy.id, pair.coordinator.id);
  });

  test('a stale edit gets 409 agreement_edit_conflict and overwrites nothing', async () => {
    const { current: v1 } = await current();
    const mine = edited(v1.content, { confidentiality: { betweenUs: secret, programMaySee: 'Only that we meet' } });
    const saved = withSchema(await as('mentee', 'PUT', path(), { version: 1, content: mine }), AgreementSchema);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.currentVersion, 2);
    assert.equal(saved.body.current.editedBy.id, pair.mentee.id);
    const stale = await as('mentor', 'PUT', path(), { version: 1, content: edited(v1.content, { firstGoals: ['Something else'] }) });
    assert.equal(stale.status, 409);
    assert.equal(errorOf(stale).code, 'agreement_edit_conflict');
    const after = await current();
    assert.equal(after.currentVersion, 2);
    assert.equal(after.current.content.confidentiality.betweenUs, secret);
  });

  test('coordinators, admins, strangers and other organizations never read the text; coordinators see only whether it is signed', async () => {
    for (const who of ['coordinator', 'admin', 'stranger', 'outsider']) {
      for (const url of [path(), `${path()}/versions`]) {
        const response = await as(who, 'GET', url);
        assert.equal(response.status, 404, `${who} ${url}`);
        assert.ok(!JSON.stringify(response.body).includes(secret), `${who} saw the text at ${url}`);
        assert.ok(!JSON.stringify(response.body).includes('Only that we meet'), who);
      }
    }
    for (const who of ['coordinator', 'admin', 'mentor']) {
      const status = await as(who, 'GET', `${path()}/status`);
      assert.equal(status.status, 200, who);
      assert.deepEqual(Object.keys(bodyOf(status, AgreementStatusSchema)).sort(), [
        'currentVersion',
        'menteeSignedAt',
        'mentorSignedAt',
        'signedAt',
      ]);
      assert.ok(!JSON.stringify(status.body).includes(secret));
    }
    for (const who of ['stranger', 'outsider']) assert.equal((await as(who, 'GET', `${path()}/status`)).status, 404, who);
    assert.equal((await call(t.app, 'GET', path())).status, 401);
    // Nor do they write it.
    const { current: latest } = await current();
    for (const who of ['coordinator', 'admin']) {
      assert.equal((await as(who, 'PUT', path(), { version: 2, content: latest.content })).status, 404, who);
      assert.equal((await as(who, 'POST', `${path()}/signatures`, { version: 2, side: 'mentor' })).status, 404, who);
    }
    assert.equal((await current()).currentVersion, 2);
  });

  test('each signs their own side; signing the other side is refused; a change after signing needs both again', async () => {
    const signed = withSchema(await as('mentor', 'POST', `${path()}/signatures`, { version: 2, side: 'mentor' }), AgreementSchema);
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    assert.ok(signed.body.mentorSignedAt);
    assert.equal(signed.body.signedAt, null);

    const forged = await as('mentor', 'POST', `${path()}/signatures`, { version: 2, side: 'mentee' });
    assert.equal(forged.status, 403);
    assert.equal(errorOf(forged).code, 'not_your_signature');
    const forgedBack = await as('mentee', 'POST', `${path()}/signatures`, { version: 2, side: 'mentor' });
    assert.equal(forgedBack.status, 403);
    assert.equal((await current()).menteeSignedAt, null);

    const again = withSchema(await as('mentor', 'POST', `${path()}/signatures`, { version: 2, side: 'mentor' }), AgreementSchema);
    assert.equal(again.body.mentorSignedAt, signed.body.mentorSignedAt, 'signing again keeps the first signature');

    const staleSignature = await as('mentee', 'POST', `${path()}/signatures`, { version: 1, side: 'mentee' });
    assert.equal(staleSignature.status, 409);
    assert.equal(errorOf(staleSignature).code, 'agreement_edit_conflict');

    const { current: v2 } = await current();
    const changed = withSchema(
      await as('mentee', 'PUT', path(), {
        version: 2,
        content: edited(v2.content, { firstGoals: ['Lead the Q3 planning meeting'] }),
      }),
      AgreementSchema,
    );
    assert.equal(changed.status, 200);
    assert.equal(changed.body.currentVersion, 3);
    assert.equal(changed.body.mentorSignedAt, null, 'the change cleared the mentor’s signature');
    assert.equal(changed.body.menteeSignedAt, null);

    assert.equal((await as('mentee', 'POST', `${path()}/signatures`, { version: 3, side: 'mentee' })).status, 200);
    const both = withSchema(await as('mentor', 'POST', `${path()}/signatures`, { version: 3, side: 'mentor' }), AgreementSchema);
    assert.ok(both.body.signedAt);
    assert.equal(both.body.signedAt, both.body.mentorSignedAt, 'signed when the second signature went on');

    const relationship = withSchema(await as('mentor', 'GET', `/api/v1/relationships/${pair.relationshipId}`), RelationshipDetailSchema);
    assert.equal(relationship.body.stage, 'creating', 'signing does not move the stage; the pair does');
    const status = withSchema(await as('coordinator', 'GET', `${path()}/status`), AgreementStatusSchema);
    assert.equal(status.body.signedAt, both.body.signedAt);
    assert.equal(status.body.currentVersion, 3);
  });

  test('a version both signed is not edited; every version is kept and listable', async () => {
    const { current: v3 } = await current();
    const refused = await as('mentor', 'PUT', path(), { version: 3, content: edited(v3.content, { firstGoals: ['Sneaked in'] }) });
    assert.equal(refused.status, 409);
    assert.equal(errorOf(refused).code, 'agreement_signed');
    const listed = withSchema(await as('mentee', 'GET', `${path()}/versions`), AgreementVersionListSchema);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.versions.map((v: { version: number }) => v.version),
      [3, 2, 1],
    );
    const [third, second, first] = listed.body.versions;
    assert.deepEqual(third?.content.firstGoals, ['Lead the Q3 planning meeting']);
    assert.ok(second?.mentorSignedAt, 'the old version keeps the signature it had');
    assert.equal(second?.menteeSignedAt, null);
    assert.deepEqual(first?.content.expectations, defaultAgreementTemplate.expectations);
  });

  test('bad input gets 422 naming the field, and nothing is written', async () => {
    const other = await makeRelationship(t.ctx, orgId, { mentor: pair.mentor, mentee: pair.mentee, coordinator: pair.coordinator });
    const url = `/api/v1/relationships/${other.relationshipId}/agreement`;
    const { current: v1 } = withSchema(await as('mentor', 'GET', url), AgreementSchema).body;
    const bad: Array<[string, unknown]> = [
      ['content.timeline.reviewOn', { ...v1.content, timeline: { ...v1.content.timeline, reviewOn: '2010-01-01' } }],
      ['content.timeline.endsOn', { ...v1.content, timeline: { ...v1.content.timeline, endsOn: '2010-01-01' } }],
      ['content.timeline.endsOn', { ...v1.content, timeline: { ...v1.content.timeline, endsOn: '9999-12-31' } }],
      ['content.timeline.startsOn', { ...v1.content, timeline: { ...v1.content.timeline, startsOn: '0001-01-01' } }],
      ['content.meetings.channels', { ...v1.content, meetings: { ...v1.content.meetings, channels: [] } }],
      ['content.meetings.cadence', { ...v1.content, meetings: { ...v1.content.meetings, cadence: 'yearly' } }],
      ['content.meetings.lengthMinutes', { ...v1.content, meetings: { ...v1.content.meetings, lengthMinutes: 2 } }],
      ['content.expectations.ofMentor.0', { ...v1.content, expectations: { ...v1.content.expectations, ofMentor: ['x'.repeat(201)] } }],
      ['content.firstGoals', { ...v1.content, firstGoals: Array.from({ length: 21 }, (_, i) => `Goal ${i}`) }],
      [
        'content.confidentiality.betweenUs',
        { ...v1.content, confidentiality: { ...v1.content.confidentiality, betweenUs: 'x'.repeat(2001) } },
      ],
    ];
    for (const [field, content] of bad) {
      const response = await as('mentor', 'PUT', url, { version: 1, content });
      assert.equal(response.status, 422, field);
      assert.ok(
        fieldIssuesOf(response).some((d: { field: string }) => d.field === field),
        `${field}: ${JSON.stringify(fieldIssuesOf(response))}`,
      );
    }
    const side = await as('mentor', 'POST', `${url}/signatures`, { version: 1, side: 'coordinator' });
    assert.equal(side.status, 422);
    assert.equal(withSchema(await as('mentor', 'GET', url), AgreementSchema).body.currentVersion, 1);
  });

  test('concurrent edits of the same version: exactly one wins', async () => {
    const other = await makeRelationship(t.ctx, orgId, { mentor: pair.mentor, mentee: pair.mentee, coordinator: pair.coordinator });
    const url = `/api/v1/relationships/${other.relationshipId}/agreement`;
    const { current: v1 } = withSchema(await as('mentee', 'GET', url), AgreementSchema).body;
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        as(i % 2 === 0 ? 'mentor' : 'mentee', 'PUT', url, { version: 1, content: { ...v1.content, firstGoals: [`Attempt ${i}`] } }),
      ),
    );
    assert.deepEqual(attempts.map((a) => a.status).sort(), [200, 409, 409, 409, 409, 409]);
    assert.ok(attempts.filter((a) => a.status === 409).every((a) => errorOf(a).code === 'agreement_edit_conflict'));
    const winner = attempts.find((a) => a.status === 200);
    const now = withSchema(await as('mentor', 'GET', url), AgreementSchema).body;
    assert.equal(now.currentVersion, 2);
    assert.deepEqual(now.current.content.firstGoals, winner && bodyOf(winner, AgreementSchema).current.content.firstGoals);
    assert.equal(withSchema(await as('mentor', 'GET', `${url}/versions`), AgreementVersionListSchema).body.versions.length, 2);
  });

  test('a closed relationship’s agreement is read, never changed', async () => {
    const other = await makeRelationship(t.ctx, orgId, { mentor: pair.mentor, mentee: pair.mentee, coordinator: pair.coordinator });
    await t.ctx.db
      .update(relationships)
      .set({ status: 'closed', closedAt: new Date() })
      .where(and(eq(relationships.organizationId, orgId), eq(relationships.id, other.relationshipId)));
    const url = `/api/v1/relationships/${other.relationshipId}/agreement`;
    const { current: v1 } = withSchema(await as('mentor', 'GET', url), AgreementSchema).body;
    const response = await as('mentor', 'PUT', url, { version: 1, content: v1.content });
    assert.equal(response.status, 409);
    assert.equal(errorOf(response).code, 'relationship_closed');
    assert.equal(errorOf(await as('mentee', 'POST', `${url}/signatures`, { version: 1, side: 'mentee' })).code, 'relationship_closed');
  });

  test('coordinators edit the program’s template; relationships started later draft from it', async () => {
    const templatePath = `/api/v1/programs/${pair.program.id}/agreement-template`;
    const initial = withSchema(await as('coordinator', 'GET', templatePath), ProgramAgreementTemplateSchema);
    assert.equal(initial.status, 200);
    assert.equal(initial.body.isDefault, true);
    assert.deepEqual(initial.body.template, defaultAgreementTemplate);
    assert.equal((await as('mentor', 'GET', templatePath)).status, 403);
    assert.equal((await as('stranger', 'GET', templatePath)).status, 404);

    const template = {
      ...defaultAgreementTemplate,
      meetings: { cadence: 'every_two_weeks', lengthMinutes: 45, channels: ['phone'], guidelines: '' },
      expectations: { ofMentee: ['Bring one question each time'], ofMentor: ['Give me honest feedback'] },
      timeline: { reviewAfterWeeks: 2, lengthMonths: null },
    };
    assert.equal((await as('mentor', 'PUT', templatePath, template)).status, 403);
    const bad = await as('coordinator', 'PUT', templatePath, { ...template, timeline: { reviewAfterWeeks: 0, lengthMonths: null } });
    assert.equal(bad.status, 422);
    assert.ok(fieldIssuesOf(bad).some((d: { field: string }) => d.field === 'timeline.reviewAfterWeeks'));
    const saved = await as('coordinator', 'PUT', templatePath, template);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(withSchema(await as('coordinator', 'GET', templatePath), ProgramAgreementTemplateSchema).body.isDefault, false);

    const [newMentor, newMentee] = [await makePerson(t.ctx, orgId), await makePerson(t.ctx, orgId)];
    await enrolPerson(t.ctx, actorOf(pair.coordinator), pair.program.id, { personId: newMentor.id, role: 'mentor' });
    await enrolPerson(t.ctx, actorOf(pair.coordinator), pair.program.id, { personId: newMentee.id, role: 'mentee' });
    const paired = withSchema(
      await as('coordinator', 'POST', `/api/v1/programs/${pair.program.id}/relationships`, {
        mentorId: newMentor.id,
        menteeId: newMentee.id,
      }),
      ManualPairingResultSchema,
    );
    assert.equal(paired.status, 201, JSON.stringify(paired.body));
    const newMenteeCookie = await signInAs(t.app, newMentee.email, testPassword);
    const draft = withSchema(
      await call(t.app, 'GET', `/api/v1/relationships/${paired.body.relationshipId}/agreement`, undefined, { cookie: newMenteeCookie }),
      AgreementSchema,
    ).body.current.content;
    assert.deepEqual(draft.meetings, template.meetings);
    assert.deepEqual(draft.expectations, template.expectations);
    const today = new Date().toISOString().slice(0, 10);
    const inTwoWeeks = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual(draft.timeline, { startsOn: today, reviewOn: inTwoWeeks, endsOn: null });
    // Agreements already started keep their own text.
    assert.equal((await current()).current.content.meetings.cadence, 'monthly');
  });
});
