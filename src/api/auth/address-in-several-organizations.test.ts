import { SessionSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { call, sessionCookieFrom, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization } from '../../domain/person.ts';
import { createPerson } from '../../services/person.service.ts';
import { hashPassword } from '../../services/security/passwords.ts';
import { signInLimits } from '../../services/security/sign-in-throttle.ts';

const otherPassword = 'a different passphrase for the second account';

/**
 * One email address, one account in each organization (issue 14, finding 5): an address is unique
 * within an organization, sign-in asks which organization only when the password opens several,
 * and nothing about one organization's account reaches anyone without that account's password.
 */
describe('sign-in with an address held in several organizations', () => {
  let t: TestApp;
  let hashes: Map<string, Promise<string>>;

  /** An account of `organization` for `email` that signs in with `password`. */
  const account = async (organization: Organization, email: string, password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return createPerson(t.ctx, organization.id, {
      email,
      displayName: `Someone of ${organization.name}`,
      organizationRole: 'member',
      passwordHash: await hashes.get(password),
    });
  };
  const address = () => `shared-${randomUUID().slice(0, 8)}@example.test`;
  const signIn = (body: Record<string, unknown>, ip = '192.0.2.1') =>
    call(t.app, 'POST', '/api/v1/auth/sign-in', body, { headers: { 'x-forwarded-for': ip } });

  before(async () => {
    t = await openTestApp();
    hashes = new Map();
  });
  after(() => t.handle.close());

  test('each password opens its own organization’s account', async () => {
    const [a, b] = [await makeOrganization(t.ctx, 'Org A'), await makeOrganization(t.ctx, 'Org B')];
    const email = address();
    const inA = await account(a, email, testPassword);
    const inB = await account(b, email, otherPassword);
    assert.notEqual(inA.id, inB.id, 'two people, one per organization');
    const intoA = withSchema(await signIn({ email, password: testPassword }), SessionSchema);
    assert.equal(intoA.status, 200);
    assert.deepEqual([intoA.body.organization.id, intoA.body.person.id], [a.id, inA.id]);
    const intoB = withSchema(await signIn({ email: email.toUpperCase(), password: otherPassword }), SessionSchema);
    assert.equal(intoB.status, 200);
    assert.deepEqual([intoB.body.organization.id, intoB.body.person.id], [b.id, inB.id]);
  });

  test('a password that opens several accounts gets a choice of those alone; naming one signs in to it', async () => {
    const [a, b, c] = [
      await makeOrganization(t.ctx, 'Org A'),
      await makeOrganization(t.ctx, 'Org B'),
      await makeOrganization(t.ctx, 'Org C'),
    ];
    const email = address();
    await account(a, email, testPassword);
    const inB = await account(b, email, testPassword);
    await account(c, email, otherPassword);
    const choice = await signIn({ email, password: testPassword });
    assert.equal(choice.status, 409);
    assert.equal(errorOf(choice).code, 'organization_choice_required');
    assert.deepEqual(
      errorOf(choice).details,
      {
        organizations: [
          { name: a.name, slug: a.slug },
          { name: b.name, slug: b.slug },
        ],
      },
      'C’s account was not opened: not listed',
    );
    assert.equal(choice.headers.get('set-cookie'), null, 'no session before the choice');

    const intoA = withSchema(await signIn({ email, password: testPassword, organization: a.slug }), SessionSchema);
    assert.equal(intoA.status, 200);
    assert.equal(intoA.body.organization.id, a.id);
    const intoB = withSchema(await signIn({ email, password: testPassword, organization: b.id }), SessionSchema);
    assert.equal(intoB.status, 200, 'by id too');
    assert.equal(intoB.body.person.id, inB.id);
    const session = await call(t.app, 'GET', '/api/v1/auth/session', undefined, {
      schema: SessionSchema,
      cookie: sessionCookieFrom(intoB),
    });
    assert.equal(session.body.organization.id, b.id);

    const unknown = await signIn({ email: address(), password: testPassword, organization: c.slug });
    const wrongOrganization = await signIn({ email, password: testPassword, organization: c.slug });
    assert.equal(wrongOrganization.status, 401, 'A’s password does not open C’s account');
    assert.deepEqual(wrongOrganization.body, unknown.body);
  });

  test('a wrong password answers as for an address that exists nowhere', async () => {
    const orgs = [await makeOrganization(t.ctx), await makeOrganization(t.ctx), await makeOrganization(t.ctx)];
    const email = address();
    for (const organization of orgs) await account(organization, email, testPassword);
    const held = await signIn({ email, password: 'not the password at all' }, '192.0.2.2');
    const nowhere = await signIn({ email: address(), password: 'not the password at all' }, '192.0.2.2');
    assert.equal(held.status, 401);
    assert.deepEqual(held.body, nowhere.body);
    const headersOf = (res: typeof held) => Object.fromEntries([...res.headers].filter(([name]) => name !== 'x-request-id'));
    assert.deepEqual(headersOf(held), headersOf(nowhere));
    const namedOrganization = await signIn({ email, password: 'not the password at all', organization: orgs[0]?.slug }, '192.0.2.2');
    assert.deepEqual([namedOrganization.status, namedOrganization.body], [401, nowhere.body]);
  });

  test('the throttle counts failures per address across organizations, and another organization’s erasure does not lift it', async () => {
    const [a, b] = [await makeOrganization(t.ctx), await makeOrganization(t.ctx)];
    const adminOfB = await makePerson(t.ctx, b.id, { role: 'admin' });
    const email = address();
    await account(a, email, testPassword);
    const inB = await account(b, email, otherPassword);
    for (let attempt = 0; attempt < signInLimits.failuresPerEmail; attempt++) {
      await signIn({ email, password: `guess ${attempt} of many` }, '192.0.2.3');
    }
    assert.equal((await signIn({ email, password: testPassword, organization: a.slug }, '192.0.2.4')).status, 429);
    const admin = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: adminOfB.email, password: testPassword });
    const erased = await call(t.app, 'DELETE', `/api/v1/people/${inB.id}`, undefined, {
      cookie: sessionCookieFrom(admin),
    });
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    assert.equal((await signIn({ email, password: testPassword }, '192.0.2.4')).status, 429, 'A’s lockout holds');
  });

  test('changing the password of one account leaves the other organization’s account alone', async () => {
    const [a, b] = [await makeOrganization(t.ctx), await makeOrganization(t.ctx)];
    const email = address();
    await account(a, email, testPassword);
    await account(b, email, testPassword);
    const intoA = await signIn({ email, password: testPassword, organization: a.slug }, '192.0.2.5');
    const changed = await call(
      t.app,
      'POST',
      '/api/v1/auth/password',
      { currentPassword: testPassword, newPassword: 'a fresh and lengthy passphrase' },
      { cookie: sessionCookieFrom(intoA) },
    );
    assert.equal(changed.status, 204);
    const intoB = withSchema(await signIn({ email, password: testPassword }, '192.0.2.5'), SessionSchema);
    assert.equal(intoB.status, 200, 'the old password now opens B’s account only: no choice');
    assert.equal(intoB.body.organization.id, b.id);
  });

  test('the organization is a slug or an id, and anything else is a 422 naming it', async () => {
    for (const organization of ['../aurora', '', 'x'.repeat(101)]) {
      const res = await signIn({ email: address(), password: testPassword, organization }, '192.0.2.6');
      assert.equal(res.status, 422, organization);
      assert.deepEqual(
        fieldIssuesOf(res).map((issue: { field: string }) => issue.field),
        ['organization'],
      );
    }
  });
});
