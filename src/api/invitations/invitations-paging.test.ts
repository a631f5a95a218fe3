import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreatedInvitationSchema, InvitationPageSchema } from '../../../shared/schemas/index.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('GET /invitations, a page at a time', () => {
  let t: TestApp;
  let cookie: string;
  let adminEmail: string;
  const invited: string[] = [];

  async function invite(email: string): Promise<string> {
    const created = await call(t.app, 'POST', '/api/v1/invitations', { email }, { schema: CreatedInvitationSchema, cookie });
    invited.push(created.body.invitation.id);
    return created.body.invitation.id;
  }

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Many Invitations');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    adminEmail = admin.email;
    cookie = await signInAs(t.app, admin.email, testPassword);
    for (let i = 0; i < 8; i++) await invite(`person${i}@paging.example`);
  });
  after(() => t.handle.close());

  test('every invitation once, newest first, while new ones arrive between pages', async () => {
    const existing = [...invited];
    let added = 0;
    const seen = await pageThrough(t.app, '/api/v1/invitations', cookie, InvitationPageSchema, 3, async () => {
      await invite(`late${added++}@paging.example`);
    });
    assertEveryRowOnce(seen, existing, 'invitations');
    const firstPage = await call(t.app, 'GET', '/api/v1/invitations?limit=500', undefined, { schema: InvitationPageSchema, cookie });
    const times = firstPage.body.items.map((invitation) => invitation.createdAt);
    assert.deepEqual(times, [...times].sort().reverse());
    assert.equal(firstPage.body.nextCursor, null);
  });

  test('q searches the email; state narrows to pending, accepted or expired', async () => {
    const found = await call(t.app, 'GET', '/api/v1/invitations?q=PERSON3', undefined, { schema: InvitationPageSchema, cookie });
    assert.deepEqual(
      found.body.items.map((invitation) => invitation.email),
      ['person3@paging.example'],
    );
    const pending = await call(t.app, 'GET', '/api/v1/invitations?state=pending&limit=500', undefined, {
      schema: InvitationPageSchema,
      cookie,
    });
    assert.equal(pending.body.items.length, invited.length);
    t.advanceClock(15 * 86_400_000);
    try {
      // Sessions last 14 days too: a fresh one, two weeks on.
      const later = await signInAs(t.app, adminEmail, testPassword);
      const expired = await call(t.app, 'GET', '/api/v1/invitations?state=expired&limit=500', undefined, {
        schema: InvitationPageSchema,
        cookie: later,
      });
      assert.equal(expired.body.items.length, invited.length);
      const stillPending = await call(t.app, 'GET', '/api/v1/invitations?state=pending', undefined, {
        schema: InvitationPageSchema,
        cookie: later,
      });
      assert.equal(stillPending.body.items.length, 0);
    } finally {
      t.advanceClock(-15 * 86_400_000);
    }
    const accepted = await call(t.app, 'GET', '/api/v1/invitations?state=accepted', undefined, { schema: InvitationPageSchema, cookie });
    assert.equal(accepted.body.items.length, 0);
  });

  test('a bad limit, cursor or state is a 422 naming it', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ['state=lost', 'state'],
    ] as const) {
      const response = await call(t.app, 'GET', `/api/v1/invitations?${query}`, undefined, { cookie });
      assert.equal(response.status, 422, `${query}: ${JSON.stringify(response.body)}`);
      assert.equal(fieldIssuesOf(response)[0]?.field, field, query);
    }
  });
});
