import {
  CreatedInvitationSchema,
  InvitationPreviewSchema,
  SessionSchema,
  HomeSchema,
  InvitationPageSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../testing/count-rows.ts';
import { call, sessionCookieFrom, signInAs, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization } from '../../domain/person.ts';

const count = (t: TestApp, table: 'people' | 'invitations') => countRows(t.handle.db, table);

const tokenOf = (link: string) => link.split('/invitations/')[1] ?? '';

describe('invitation routes', () => {
  let t: TestApp;
  let org: Organization;
  let adminCookie: string;

  before(async () => {
    t = await openTestApp({ publicUrl: 'https://mentoring.example.org' });
    org = await makeOrganization(t.ctx, 'Aurora Labs');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    adminCookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('an admin invites someone; they set a password through the link and are signed in', async () => {
    const created = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'New.Person@Example.test', organizationRole: 'coordinator' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    assert.equal(created.status, 201);
    assert.match(created.body.link, /^https:\/\/mentoring\.example\.org\/invitations\/[\w-]{40,}$/);
    assert.equal(created.body.invitation.email, 'new.person@example.test');
    const token = tokenOf(created.body.link);
    const preview = await call(t.app, 'GET', `/api/v1/invitations/by-token/${token}`, undefined, { schema: InvitationPreviewSchema });
    assert.equal(preview.status, 200);
    assert.deepEqual([preview.body.email, preview.body.organizationName], ['new.person@example.test', 'Aurora Labs']);
    const accepted = await call(
      t.app,
      'POST',
      `/api/v1/invitations/by-token/${token}/accept`,
      {
        displayName: 'New Person',
        password: 'a brand new passphrase',
      },
      { schema: SessionSchema },
    );
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.person.organizationRole, 'coordinator');
    assert.equal(accepted.body.organization.id, org.id);
    const home = await call(t.app, 'GET', '/api/v1/home', undefined, { schema: HomeSchema, cookie: sessionCookieFrom(accepted) });
    assert.equal(home.status, 200);
    assert.equal(home.body.canCreatePrograms, true);
    const signIn = await call(t.app, 'POST', '/api/v1/auth/sign-in', {
      email: 'new.person@example.test',
      password: 'a brand new passphrase',
    });
    assert.equal(signIn.status, 200);
    const list = await call(t.app, 'GET', '/api/v1/invitations', undefined, { schema: InvitationPageSchema, cookie: adminCookie });
    assert.ok(
      list.body.items.some((i: { email: string; acceptedAt: string | null }) => i.email === 'new.person@example.test' && i.acceptedAt),
    );
  });

  test('an invitation link works once', async () => {
    const created = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'once@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    const token = tokenOf(created.body.link);
    const body = { displayName: 'Once', password: 'first passphrase here' };
    assert.equal((await call(t.app, 'POST', `/api/v1/invitations/by-token/${token}/accept`, body)).status, 201);
    const peopleBefore = await count(t, 'people');
    const again = await call(t.app, 'POST', `/api/v1/invitations/by-token/${token}/accept`, {
      ...body,
      password: 'second passphrase here',
    });
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'invitation_used');
    assert.equal(await count(t, 'people'), peopleBefore);
  });

  test('an expired invitation is refused', async () => {
    const created = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'late@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    t.advanceClock(15 * 86_400_000);
    const res = await call(t.app, 'POST', `/api/v1/invitations/by-token/${tokenOf(created.body.link)}/accept`, {
      displayName: 'Late',
      password: 'too late passphrase',
    });
    t.advanceClock(-15 * 86_400_000);
    assert.equal(res.status, 409);
    assert.equal(errorOf(res).code, 'invitation_expired');
  });

  test('an unknown token is a 404', async () => {
    const res = await call(t.app, 'GET', `/api/v1/invitations/by-token/${'x'.repeat(43)}`);
    assert.equal(res.status, 404);
  });

  test('a short password is a 422 naming password, and no account is created', async () => {
    const created = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'short@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    const before = await count(t, 'people');
    const res = await call(t.app, 'POST', `/api/v1/invitations/by-token/${tokenOf(created.body.link)}/accept`, {
      displayName: 'Short',
      password: 'short',
    });
    assert.equal(res.status, 422);
    assert.equal(fieldIssuesOf(res)[0]?.field, 'password');
    assert.equal(await count(t, 'people'), before);
  });

  test('only admins invite (403); an existing email is a 409; a bad email is a 422', async () => {
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    const cookie = await signInAs(t.app, coordinator.email, testPassword);
    const before = await count(t, 'invitations');
    const denied = await call(t.app, 'POST', '/api/v1/invitations', { email: 'someone@example.test' }, { cookie });
    assert.equal(denied.status, 403);
    assert.equal((await call(t.app, 'GET', '/api/v1/invitations', undefined, { cookie })).status, 403);
    const taken = await call(t.app, 'POST', '/api/v1/invitations', { email: coordinator.email }, { cookie: adminCookie });
    assert.equal(taken.status, 409);
    assert.equal(errorOf(taken).code, 'email_taken');
    const bad = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'not an email', organizationRole: 'owner' },
      { cookie: adminCookie },
    );
    assert.equal(bad.status, 422);
    assert.deepEqual(
      fieldIssuesOf(bad)
        .map((i: { field: string }) => i.field)
        .sort(),
      ['email', 'organizationRole'],
    );
    assert.equal(await count(t, 'invitations'), before);
  });
});
