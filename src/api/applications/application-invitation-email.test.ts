import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApplicationSchema } from '../../../shared/schemas/index.ts';
import type { Person } from '../../domain/person.ts';
import type { ProgramView } from '../../services/program.service.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, errorOf, signInAs } from '../../testing/http-client.ts';
import { type MailedTestApp, openMailedTestApp, recipientOf } from '../../testing/mailed-test-app.ts';

describe('invitation to apply to a program, emailed through a real SMTP server', () => {
  let t: MailedTestApp;
  let coordinator: Person;
  let member: Person;
  let program: ProgramView;
  let coordinatorCookie: string;
  let memberCookie: string;
  let applicationId = '';

  before(async () => {
    t = await openMailedTestApp();
    const org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator', name: 'Cora Coordinator' });
    member = await makePerson(t.ctx, org.id, { name: 'Mo Member' });
    program = await makeProgram(t.ctx, coordinator);
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
    memberCookie = await signInAs(t.app, member.email, testPassword);
  });
  after(() => t.close());

  const invite = () =>
    call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/applications/invitations`,
      { personId: member.id, role: 'mentee' },
      { cookie: coordinatorCookie },
    );

  test('the invited person gets an email linking to their started application; inviting again while it is open sends nothing', async () => {
    const invited = await invite();
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    applicationId = ApplicationSchema.parse(invited.body).id;
    const [mail, ...more] = await t.deliverNewMail();
    assert.ok(mail);
    assert.equal(more.length, 0);
    assert.equal(recipientOf(mail), member.email);
    assert.equal(mail.subject, `Cora Coordinator invited you to apply to ${program.name}`);
    assert.ok((mail.text ?? '').includes(`Open your application: ${t.publicUrl}/programs/${program.id}/apply\n`), mail.text);
    assert.match(mail.text ?? '', /Role: mentee/);
    assert.match(mail.text ?? '', /^Hello Mo Member,/);

    const again = await invite();
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'already_applied');
    assert.equal((await t.deliverNewMail()).length, 0, 'a refused invitation emails nobody');
  });

  test('invited again after withdrawing: the reopened application is a new email', async () => {
    const withdrawn = await call(t.app, 'POST', `/api/v1/applications/${applicationId}/withdraw`, {}, { cookie: memberCookie });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    const reinvited = await invite();
    assert.equal(ApplicationSchema.parse(reinvited.body).status, 'draft');
    const mails = await t.deliverNewMail();
    assert.deepEqual(
      mails.map((mail) => recipientOf(mail)),
      [member.email],
    );
  });
});
