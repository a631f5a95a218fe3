import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { CreatedInvitationSchema, SessionSchema } from '../../../shared/schemas/index.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { htmlOf, type MailedTestApp, openMailedTestApp, recipientOf } from '../../testing/mailed-test-app.ts';

describe('invitation email, through a real SMTP server', () => {
  let t: MailedTestApp;
  let org: Organization;
  let admin: Person;
  let adminCookie: string;

  before(async () => {
    t = await openMailedTestApp();
    org = await makeOrganization(t.ctx, 'Aurora <b>Labs</b>');
    admin = await makePerson(t.ctx, org.id, { role: 'admin', name: 'Ada <i>Admin</i>' });
    adminCookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.close());

  const invite = (email: string) =>
    call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email, organizationRole: 'member' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );

  test('creating an invitation emails the invited address: organization, inviter, the same link the admin copies, expiry', async () => {
    const created = await invite('noor@example.test');
    const [mail, ...more] = await t.deliverNewMail();
    assert.ok(mail);
    assert.equal(more.length, 0, 'one email per invitation');
    assert.equal(recipientOf(mail), 'noor@example.test');
    assert.equal(mail.subject, 'Ada <i>Admin</i> invited you to join Aurora <b>Labs</b> on Constellation');
    const text = mail.text ?? '';
    assert.ok(text.includes(`Accept the invitation: ${created.body.link}\n`), text);
    assert.match(created.body.link, /^https:\/\/mentoring\.example\.org\/invitations\/[\w-]{40,}$/);
    assert.match(text, /Invited by: Ada <i>Admin<\/i>/);
    const expires = new Date(created.body.invitation.expiresAt);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(expires);
    assert.ok(text.includes(`Link valid until: `) && text.includes(day) && text.includes('(UTC)'), text);
    const html = htmlOf(mail);
    assert.doesNotMatch(html, /<b>Labs|<i>Admin/, 'names are escaped in the HTML part');
    assert.match(html, /Aurora &#60;b&#62;Labs/);
    assert.equal(
      mail.headerLines.find((line) => line.key === 'list-unsubscribe'),
      undefined,
      'account email is never unsubscribable',
    );

    // The emailed link is the invitation: it opens the account.
    const token = created.body.link.split('/invitations/')[1] ?? '';
    const accepted = await call(
      t.app,
      'POST',
      `/api/v1/invitations/by-token/${token}/accept`,
      { displayName: 'Noor Haddad', password: 'a brand new passphrase' },
      { schema: SessionSchema },
    );
    assert.equal(accepted.body.person.email, 'noor@example.test');
  });

  test('a new invitation to the same address is a new email with its own link; the same invitation never queues twice', async () => {
    const first = await invite('sam@example.test');
    const second = await invite('sam@example.test');
    const mails = await t.deliverNewMail();
    assert.equal(mails.length, 2);
    assert.notEqual(first.body.link, second.body.link);
    for (const link of [first.body.link, second.body.link]) {
      assert.equal(mails.filter((mail) => (mail.text ?? '').includes(link)).length, 1, `one email carries ${link}`);
    }
    assert.equal((await t.deliverNewMail()).length, 0, 'nothing is sent again');
    const rows = await t.handle.db
      .select({ key: outboxMessages.idempotencyKey })
      .from(outboxMessages)
      .where(eq(outboxMessages.idempotencyKey, `invitation:${first.body.invitation.id}`));
    assert.equal(rows.length, 1);
  });

  test('a refused invitation (the address already has an account here) emails nobody', async () => {
    const member = await makePerson(t.ctx, org.id);
    const refused = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: member.email, organizationRole: 'member' },
      { cookie: adminCookie },
    );
    assert.equal(refused.status, 409);
    assert.equal((await t.deliverNewMail()).length, 0);
  });
});
