import { CreatedInvitationSchema, InvitationPageSchema, SessionSchema, ImportReportSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { call, sessionCookieFrom, signInAs, type ApiResponse, errorOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization, Person } from '../../domain/person.ts';

const tokenOf = (link: string) => link.split('/invitations/')[1] ?? '';

/**
 * A response with what legitimately differs between two requests blanked out (the address asked
 * about, ids, tokens, times), so that anything else that differs is a leak.
 */
function shapeOf(res: ApiResponse, address: string): string {
  return JSON.stringify({ status: res.status, body: res.body })
    .replaceAll(address, '<address>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\/invitations\/[\w-]+/g, '/invitations/<token>')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');
}

/**
 * Issue 14, finding 5: another organization's admin can neither discover who an organization's
 * people are nor block their invitations, by inviting or importing their addresses.
 */
describe('an address another organization holds, seen from this one', () => {
  let t: TestApp;
  let a: Organization;
  let b: Organization;
  let adminOfA: string;
  let adminOfB: string;

  const fresh = () => `fresh-${randomUUID().slice(0, 8)}@example.test`;
  const heldByA = async (): Promise<Person> => makePerson(t.ctx, a.id);
  const asB = (method: string, path: string, body?: unknown) => call(t.app, method, path, body, { cookie: adminOfB });
  const importAsB = (email: string, step: 'preview' | 'commit') =>
    asB('POST', `/api/v1/imports/people/${step}`, { csv: `email,name\n${email},Imported Person\n`, skipInvalidRows: false });

  before(async () => {
    t = await openTestApp();
    a = await makeOrganization(t.ctx, 'Org A');
    b = await makeOrganization(t.ctx, 'Org B');
    adminOfA = await signInAs(t.app, (await makePerson(t.ctx, a.id, { role: 'admin' })).email, testPassword);
    adminOfB = await signInAs(t.app, (await makePerson(t.ctx, b.id, { role: 'admin' })).email, testPassword);
  });
  after(() => t.handle.close());

  test('inviting and importing answer B’s admin the same whether or not A holds the address', async () => {
    const [invitedHeld, invitedFresh] = [(await heldByA()).email, fresh()];
    const inviteHeld = await asB('POST', '/api/v1/invitations', { email: invitedHeld });
    const inviteFresh = await asB('POST', '/api/v1/invitations', { email: invitedFresh });
    assert.equal(inviteHeld.status, 201, JSON.stringify(inviteHeld.body));
    assert.equal(shapeOf(inviteHeld, invitedHeld), shapeOf(inviteFresh, invitedFresh));
    const [previewHeld, previewFresh] = [(await heldByA()).email, fresh()];
    for (const step of ['preview', 'commit'] as const) {
      const held = await importAsB(previewHeld, step);
      const other = await importAsB(previewFresh, step);
      assert.equal(held.status, 200, JSON.stringify(held.body));
      assert.equal(shapeOf(held, previewHeld), shapeOf(other, previewFresh), step);
    }
    const list = withSchema(await asB('GET', '/api/v1/invitations'), InvitationPageSchema);
    assert.equal(list.body.items.length, 2);
  });

  test('B invites an address A holds: a second account, in B; A’s person and password are untouched', async () => {
    const inA = await heldByA();
    const created = withSchema(
      await asB('POST', '/api/v1/invitations', { email: inA.email, organizationRole: 'coordinator' }),
      CreatedInvitationSchema,
    );
    assert.equal(created.status, 201);
    const accepted = await call(
      t.app,
      'POST',
      `/api/v1/invitations/by-token/${tokenOf(created.body.link)}/accept`,
      {
        displayName: 'Second Account',
        password: 'the second account passphrase',
      },
      { schema: SessionSchema },
    );
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(accepted.body.organization.id, b.id);
    assert.notEqual(accepted.body.person.id, inA.id);
    const intoA = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: inA.email, password: testPassword },
      { schema: SessionSchema },
    );
    assert.equal(intoA.status, 200);
    assert.deepEqual(
      [intoA.body.organization.id, intoA.body.person.id, intoA.body.person.displayName, intoA.body.person.organizationRole],
      [a.id, inA.id, inA.displayName, 'member'],
    );
    const intoB = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: inA.email, password: 'the second account passphrase' },
      { schema: SessionSchema },
    );
    assert.deepEqual([intoB.status, intoB.body.organization.id], [200, b.id]);
  });

  test('A’s pending invitation still accepts after B imports, invites and signs up the same address', async () => {
    const email = fresh();
    const pending = await call(t.app, 'POST', '/api/v1/invitations', { email }, { schema: CreatedInvitationSchema, cookie: adminOfA });
    assert.equal(pending.status, 201);
    assert.equal(withSchema(await importAsB(email, 'commit'), ImportReportSchema).body.created, 1);
    const inviteB = await asB('POST', '/api/v1/invitations', { email });
    assert.equal(inviteB.status, 409, 'B already holds the address itself, by the import');
    assert.equal(errorOf(inviteB).code, 'email_taken');
    const accepted = await call(
      t.app,
      'POST',
      `/api/v1/invitations/by-token/${tokenOf(pending.body.link)}/accept`,
      {
        displayName: 'Invited to A',
        password: 'an invitation passphrase for A',
      },
      { schema: SessionSchema },
    );
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(accepted.body.organization.id, a.id);
    const home = await call(t.app, 'GET', '/api/v1/home', undefined, { cookie: sessionCookieFrom(accepted) });
    assert.equal(home.status, 200);
  });
});
