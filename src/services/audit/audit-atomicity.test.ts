import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../../../shared/schemas/audit.ts';
import { actorOf, type Actor, type Organization } from '../../domain/person.ts';
import { countRows } from '../../testing/count-rows.ts';
import { makeOrganization, makePerson, makeProgram } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { exportProgramApplications } from '../application-export.service.ts';
import { createInvitation } from '../invitation.service.ts';
import { startMatchingRun } from '../matching/matching-run.service.ts';
import { createPerson } from '../person.service.ts';

/**
 * An audited use case whose audit entry cannot be written writes nothing else either: the entry
 * and the action it records commit together or not at all. The audit insert is made to fail on
 * the real database by a CHECK constraint refusing one action (NOT VALID, so the entries already
 * there are not checked), dropped again afterwards.
 */
describe('audit entries commit with the action they record', { timeout: 60_000 }, () => {
  let t: TestApp;
  let organization: Organization;
  let admin: Actor;

  before(async () => {
    t = await openTestApp();
    organization = await makeOrganization(t.ctx);
    admin = actorOf(await makePerson(t.ctx, organization.id, { role: 'admin' }));
  });
  after(() => t.handle.close());

  /** The messages of an error and of its causes (drizzle wraps the driver's error). */
  const messagesOf = (error: unknown): string => (error instanceof Error ? `${error.message}\n${messagesOf(error.cause)}` : '');

  /** Runs `work` while the audit log refuses `action`, and checks that it failed for that reason. */
  async function whileAuditRefuses(action: AuditAction, work: () => Promise<unknown>): Promise<void> {
    const name = `test_refuse_${action}`;
    await t.handle.db.execute(
      sql`alter table audit_entries add constraint ${sql.identifier(name)} check (action <> ${sql.raw(`'${action}'`)}) not valid`,
    );
    try {
      await work();
    } catch (error) {
      assert.match(messagesOf(error), new RegExp(name), 'refused by the audit log, not for another reason');
      return;
    } finally {
      await t.handle.db.execute(sql`alter table audit_entries drop constraint ${sql.identifier(name)}`);
    }
    assert.fail(`${action}: the use case succeeded although its audit entry could not be written`);
  }

  /** Rows of tables `countRows` does not know. */
  const countOf = async (query: SQL) => ((await t.handle.db.execute(query)) as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0;
  const auditEntries = (action: AuditAction) => countOf(sql`select count(*)::int as n from audit_entries where action = ${action}`);

  test('createInvitation: no audit entry, no invitation', async () => {
    const before = await countRows(t.handle.db, 'invitations');
    await whileAuditRefuses('invitation_created', () =>
      createInvitation(t.ctx, admin, { email: 'refused@example.test', organizationRole: 'coordinator' }),
    );
    assert.equal(await countRows(t.handle.db, 'invitations'), before);
    // Once the audit log accepts the entry again, the same invitation is made, with its entry.
    await createInvitation(t.ctx, admin, { email: 'refused@example.test', organizationRole: 'coordinator' });
    assert.equal(await countRows(t.handle.db, 'invitations'), before + 1);
    assert.equal(await auditEntries('invitation_created'), 1);
  });

  test('createPerson with a role above member: no audit entry, no account', async () => {
    const input = { email: 'refused-person@example.test', displayName: 'Refused Person', organizationRole: 'coordinator' as const };
    const before = await countRows(t.handle.db, 'people');
    const assigned = await auditEntries('organization_role_assigned');
    await whileAuditRefuses('organization_role_assigned', () => createPerson(t.ctx, organization.id, input));
    assert.equal(await countRows(t.handle.db, 'people'), before);
    assert.equal(await countRows(t.handle.db, 'people', sql`email = ${input.email}`), 0);
    await createPerson(t.ctx, organization.id, input);
    assert.equal(await countRows(t.handle.db, 'people'), before + 1);
    assert.equal(await auditEntries('organization_role_assigned'), assigned + 1);
  });

  test('createPerson inside a caller’s transaction (the demo seed) commits and rolls back with it', async () => {
    const before = await countRows(t.handle.db, 'people');
    const assigned = await auditEntries('organization_role_assigned');
    await t.ctx.db.transaction(async (trx) => {
      const inner = { ...t.ctx, db: trx };
      await createPerson(inner, organization.id, { email: 'seeded-1@example.test', displayName: 'Seeded One', organizationRole: 'admin' });
      await createPerson(inner, organization.id, { email: 'seeded-2@example.test', displayName: 'Seeded Two', organizationRole: 'member' });
    });
    assert.equal(await countRows(t.handle.db, 'people'), before + 2);
    assert.equal(await auditEntries('organization_role_assigned'), assigned + 1);
    await assert.rejects(
      t.ctx.db.transaction(async (trx) => {
        await createPerson({ ...t.ctx, db: trx }, organization.id, {
          email: 'seeded-3@example.test',
          displayName: 'Seeded Three',
          organizationRole: 'admin',
        });
        throw new Error('the caller fails after the person was created');
      }),
      /the caller fails/,
    );
    assert.equal(await countRows(t.handle.db, 'people'), before + 2);
    assert.equal(await auditEntries('organization_role_assigned'), assigned + 1);
  });

  test('startMatchingRun: no audit entry, no run', async () => {
    const coordinator = await makePerson(t.ctx, organization.id, { role: 'coordinator' });
    const program = await makeProgram(t.ctx, coordinator);
    const runs = () => countOf(sql`select count(*)::int as n from matching_runs where program_id = ${program.id}`);
    const neverSolved = () => Promise.reject(new Error('a refused run is never solved'));
    await whileAuditRefuses('matching_run_started', () =>
      startMatchingRun(t.ctx, actorOf(coordinator), program.id, { policy: 'score', mode: 'optimal', minimumScore: null }, neverSolved),
    );
    assert.equal(await runs(), 0);
  });

  test('exportProgramApplications: no audit entry, no export', async () => {
    const coordinator = await makePerson(t.ctx, organization.id, { role: 'coordinator' });
    const program = await makeProgram(t.ctx, coordinator);
    await whileAuditRefuses('applications_exported', () => exportProgramApplications(t.ctx, actorOf(coordinator), program.id));
    const exported = await exportProgramApplications(t.ctx, actorOf(coordinator), program.id);
    const lines: unknown[] = [];
    for await (const batch of exported.batches) lines.push(...batch);
    assert.equal(lines.length, 1, 'the header only: no applications');
    assert.equal(await auditEntries('applications_exported'), 1);
  });
});
