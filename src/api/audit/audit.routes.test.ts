import { AuditPageSchema, ManualPairingResultSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { makePerson } from '../../testing/factories.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { recordAudit } from '../../services/audit/audit-log.service.ts';
import { call, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('audit log', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(t.app, method, path, body, { cookie: s.cookies[who], headers });
  const log = (query = '') => as('admin', 'GET', `/api/v1/audit-log${query}`);
  /** How many entries match, counted by paging through them all. */
  const countOf = async (query = '') =>
    (await pageThrough(t.app, `/api/v1/audit-log${query}`, s.cookies.admin, AuditPageSchema, 500)).length;

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
  });
  after(() => t.handle.close());

  test('sensitive actions are recorded with actor, target, request id and address; routine reads are not', async () => {
    await as('mentee', 'GET', `/api/v1/relationships/${s.relationshipId}/notes`);
    const exported = await as('coordinator', 'GET', `/api/v1/programs/${s.program.id}/applications/export.csv`, undefined, {
      'x-forwarded-for': '203.0.113.9',
    });
    assert.equal(exported.status, 200);
    assert.equal((await as('coordinator', 'GET', `/api/v1/programs/${s.program.id}/relationships`)).status, 200);
    assert.equal((await as('coordinator', 'GET', `/api/v1/relationships/${s.relationshipId}`)).status, 200);
    // The pair reading their own relationship is not a view to audit.
    assert.equal((await as('mentor', 'GET', `/api/v1/relationships/${s.relationshipId}`)).status, 200);

    const page = withSchema(await log(), AuditPageSchema);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    const actions = page.body.items.map((e: { action: string }) => e.action);
    for (const action of ['program_role_granted', 'applications_exported', 'relationship_overview_viewed', 'relationship_viewed'])
      assert.ok(actions.includes(action), action);
    assert.equal(actions.filter((a: string) => a === 'relationship_viewed').length, 1, 'only the coordinator’s view');
    const exportEntry = page.body.items.find((e: { action: string }) => e.action === 'applications_exported');
    assert.deepEqual(exportEntry?.actor, { id: s.coordinator.id, name: s.coordinator.displayName });
    assert.equal(exportEntry?.targetType, 'program');
    assert.equal(exportEntry?.targetId, s.program.id);
    assert.equal(exportEntry?.ipAddress, '203.0.113.9');
    assert.match(exportEntry?.requestId ?? '', /\S/);
    assert.equal(page.body.nextCursor, null, 'one page of 50 holds them');
    // Accounts made outside a request (CLI, seed) with a role above member: the system is the actor.
    const assigned = page.body.items.filter((e: { action: string }) => e.action === 'organization_role_assigned');
    assert.deepEqual(
      assigned.map((e) => [e.targetId, e.actor, e.detail]).sort(),
      [
        [s.coordinator.id, null, { organizationRole: 'coordinator' }],
        [s.admin.id, null, { organizationRole: 'admin' }],
      ].sort(),
    );
  });

  test('only the organization’s own admins read it; others get 403, another organization sees none of it', async () => {
    for (const who of ['coordinator', 'mentor', 'mentee', 'third'] as const) {
      const response = await as(who, 'GET', '/api/v1/audit-log');
      assert.equal(response.status, 403, who);
      assert.equal(errorOf(response).code, 'not_an_admin');
      assert.equal((await as(who, 'GET', '/api/v1/audit-log/export.csv')).status, 403, who);
    }
    assert.equal((await call(t.app, 'GET', '/api/v1/audit-log')).status, 401);
    const elsewhere = await as('outsider', 'GET', '/api/v1/audit-log');
    assert.equal(elsewhere.status, 200);
    assert.ok(!JSON.stringify(elsewhere.body).includes(s.program.id));
  });

  test('filters by action, actor, target and date range, and pages', async () => {
    const manual = await makePerson(t.ctx, s.organizationId, { name: 'Second Mentee' });
    await as('coordinator', 'POST', `/api/v1/programs/${s.program.id}/enrolments`, { personId: manual.id, role: 'mentee' });
    const paired = withSchema(
      await as('coordinator', 'POST', `/api/v1/programs/${s.program.id}/relationships`, {
        mentorId: s.mentor.id,
        menteeId: manual.id,
      }),
      ManualPairingResultSchema,
    );
    assert.equal(paired.status, 201, JSON.stringify(paired.body));

    const byAction = withSchema(await log('?action=manual_pairing_created'), AuditPageSchema);
    assert.equal(byAction.body.items.length, 1);
    assert.equal(byAction.body.items[0]?.targetId, paired.body.relationshipId);
    assert.deepEqual(byAction.body.items[0]?.detail, { programId: s.program.id, mentorId: s.mentor.id, menteeId: manual.id });

    const byTarget = withSchema(await log(`?targetId=${manual.id}`), AuditPageSchema);
    assert.deepEqual(
      byTarget.body.items.map((e: { action: string }) => e.action),
      ['program_role_granted'],
    );
    const byActor = withSchema(await log(`?actorId=${s.coordinator.id}`), AuditPageSchema);
    assert.ok(byActor.body.items.length >= 5);
    assert.ok(byActor.body.items.every((e) => e.actor?.id === s.coordinator.id));

    const today = new Date().toISOString().slice(0, 10);
    assert.equal(await countOf(`?from=${today}&to=${today}`), await countOf());
    assert.equal(await countOf('?to=2010-01-01'), 0);
    assert.equal(await countOf(`?from=${new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10)}`), 0);

    const all = withSchema(await log('?limit=500'), AuditPageSchema);
    assert.equal(all.body.items[0]?.action, 'manual_pairing_created', 'newest first');
    // Paging two at a time while entries are written: each entry that was there comes once, in the order of the whole list.
    const seen = await pageThrough(t.app, '/api/v1/audit-log', s.cookies.admin, AuditPageSchema, 2, () =>
      recordAudit(t.ctx.db, { personId: s.admin.id, organizationId: s.organizationId }, 'invitation_created', { type: 'person', id: null }),
    );
    assertEveryRowOnce(
      seen,
      all.body.items.map((e) => e.id),
      'audit log',
    );
    assert.deepEqual(
      seen,
      all.body.items.map((e) => e.id),
      'newest first, page after page',
    );

    const bad = await log('?action=drop_table&limit=0');
    assert.equal(bad.status, 422);
    const badCursor = await log('?cursor=abc');
    assert.equal(badCursor.status, 422);
    assert.equal(fieldIssuesOf(badCursor)[0]?.field, 'cursor');
    // Days outside the log's range (and past what a timestamp holds) are refused by name, not a 500 from the database.
    for (const [query, field] of [
      ['?to=9999-12-31', 'to'],
      ['?from=0000-01-01', 'from'],
      ['?from=0001-01-01', 'from'],
      ['?from=2024-02-30', 'from'],
    ] as const) {
      for (const path of ['/api/v1/audit-log', '/api/v1/audit-log/export.csv']) {
        const response = await as('admin', 'GET', `${path}${query}`);
        assert.equal(response.status, 422, `${path}${query}`);
        assert.deepEqual(
          fieldIssuesOf(response).map((d: { field: string }) => d.field),
          [field],
        );
      }
    }
  });

  test('an admin’s people import is recorded with its counts, not its rows', async () => {
    const csv = 'email,name\nimported.one@x.example,Imported One\nimported.two@x.example,Imported Two\n';
    assert.equal((await as('admin', 'POST', '/api/v1/imports/people/commit', { csv })).status, 200);
    const entries = withSchema(await log('?action=people_imported'), AuditPageSchema).body.items;
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]?.detail, { created: 2, updated: 0, skipped: 0 });
    assert.ok(!JSON.stringify(entries).includes('imported.one@x.example'));
  });

  test('a refused action leaves no entry', async () => {
    const before = await countOf('?action=manual_pairing_created');
    const again = await as('coordinator', 'POST', `/api/v1/programs/${s.program.id}/relationships`, {
      mentorId: s.mentor.id,
      menteeId: s.mentee.id,
    });
    assert.equal(again.status, 409);
    assert.equal(await countOf('?action=manual_pairing_created'), before);
  });

  test('the log exports as CSV with the filters, and the export is itself audited', async () => {
    const response = await as('admin', 'GET', '/api/v1/audit-log/export.csv?action=applications_exported');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    const rows: string[][] = parse(String(response.body), { bom: true });
    assert.deepEqual(rows[0], [
      'occurred_at',
      'action',
      'actor_id',
      'actor_name',
      'target_type',
      'target_id',
      'detail',
      'request_id',
      'ip_address',
    ]);
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.[1], 'applications_exported');
    assert.equal(rows[1]?.[5], s.program.id);
    const audited = withSchema(await log('?action=audit_log_exported'), AuditPageSchema);
    assert.equal(audited.body.items.length, 1);
    assert.deepEqual(audited.body.items[0]?.actor?.id, s.admin.id);
    assert.deepEqual(audited.body.items[0]?.detail, { filter: { action: 'applications_exported' }, entries: 1 });
  });
});
