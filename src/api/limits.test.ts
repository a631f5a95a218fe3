import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { limits } from '../../shared/limits.ts';
import { importCsvMaxBytes } from '../../shared/schemas/imports.ts';
import { call, signInAs, errorOf, fieldIssuesOf } from '../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

const long = (length: number) => 'x'.repeat(length);
const ids = (count: number) => Array.from({ length: count }, () => randomUUID());

/**
 * One limit each: the body is valid except for one field one past its limit, and the answer must
 * be a 422 naming exactly that field. Validation runs before any lookup, so the ids in the paths
 * need not exist.
 */
const overLimit: Array<{ what: string; method: string; path: string; body: unknown; field: string }> = [
  { what: 'program name', method: 'POST', path: '/programs', body: { name: long(limits.nameMax + 1), type: 'group' }, field: 'name' },
  {
    what: 'note body',
    method: 'POST',
    path: `/relationships/${randomUUID()}/notes`,
    body: { visibility: 'shared', body: long(limits.noteBodyMax + 1) },
    field: 'body',
  },
  {
    what: 'note comment',
    method: 'POST',
    path: `/relationships/${randomUUID()}/notes/${randomUUID()}/comments`,
    body: { body: long(limits.noteCommentMax + 1) },
    field: 'body',
  },
  {
    what: 'goal outcome',
    method: 'POST',
    path: `/relationships/${randomUUID()}/goals`,
    body: { specific: long(limits.goalTextMax + 1) },
    field: 'specific',
  },
  {
    what: 'check-in',
    method: 'POST',
    path: `/relationships/${randomUUID()}/check-ins`,
    body: { body: long(limits.checkInMax + 1) },
    field: 'body',
  },
  {
    what: 'mentor request message',
    method: 'POST',
    path: '/mentor-requests',
    body: {
      mentorId: randomUUID(),
      kind: 'conversation',
      message: long(limits.mentorRequestMessageMax + 1),
      need: { text: 'Public speaking' },
      frequency: 'Monthly',
      investment: 'An hour a month',
    },
    field: 'message',
  },
  {
    what: 'plan needs shown with a request (list)',
    method: 'POST',
    path: '/mentor-requests',
    body: {
      mentorId: randomUUID(),
      kind: 'conversation',
      message: 'Hello',
      need: { text: 'Public speaking' },
      frequency: 'Monthly',
      investment: 'An hour a month',
      planNeedIds: ids(limits.developmentNeedsMax + 1),
    },
    field: 'planNeedIds',
  },
  {
    what: 'network tie activities (list)',
    method: 'POST',
    path: '/me/network/ties',
    body: {
      name: 'Someone',
      kind: 'peer',
      functions: [],
      closeness: 3,
      frequency: 'monthly',
      activities: Array.from({ length: limits.tieActivitiesMax + 1 }, (_, i) => `activity ${i}`),
    },
    field: 'activities',
  },
  {
    what: 'sign-in email',
    method: 'POST',
    path: '/auth/sign-in',
    body: { email: `${long(limits.emailMax)}@example.test`, password: 'whatever it is' },
    field: 'email',
  },
  {
    what: 'sign-in password',
    method: 'POST',
    path: '/auth/sign-in',
    body: { email: 'a@example.test', password: long(limits.passwordMax + 1) },
    field: 'password',
  },
];

describe('input limits', () => {
  let t: TestApp;
  let cookie: string;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    cookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('string lengths and list sizes: 422 naming the field, on several routes', async () => {
    for (const { what, method, path, body, field } of overLimit) {
      const res = await call(t.app, method, `/api/v1${path}`, body, { cookie });
      assert.equal(res.status, 422, `${what}: ${JSON.stringify(res.body).slice(0, 300)}`);
      const fields = (fieldIssuesOf(res) as Array<{ field: string }>).map((issue) => issue.field);
      assert.deepEqual(fields, [field], what);
    }
  });

  test('JSON bodies over the API-wide limit are a 413 before any parsing', async () => {
    const limit = 100_000; // openTestApp's bodyLimitBytes
    const justUnder = await call(t.app, 'POST', '/api/v1/programs', { name: long(limit - 100), type: 'group' }, { cookie });
    assert.equal(justUnder.status, 422, 'under the byte limit: the field limit answers');
    const over = await call(t.app, 'POST', '/api/v1/programs', { name: long(limit + 1), type: 'group' }, { cookie });
    assert.equal(over.status, 413);
    assert.equal(errorOf(over).code, 'payload_too_large');
  });

  test('a CSV import over its size limit is refused: 422 naming csv, or 413 past the request limit', async () => {
    const header = 'email,name\n';
    const tooBig = await call(t.app, 'POST', '/api/v1/imports/people/preview', { csv: header + long(importCsvMaxBytes) }, { cookie });
    assert.equal(tooBig.status, 422);
    assert.deepEqual(
      fieldIssuesOf(tooBig).map((issue: { field: string }) => issue.field),
      ['csv'],
    );
    const hugeRequest = await call(
      t.app,
      'POST',
      '/api/v1/imports/people/preview',
      { csv: header + long(2 * importCsvMaxBytes + 100_000) },
      { cookie },
    );
    assert.equal(hugeRequest.status, 413);
    assert.equal(errorOf(hugeRequest).code, 'payload_too_large');
  });
});
