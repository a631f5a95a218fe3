import { ProgramSchema, OwnProfileSchema } from '../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { dateRanges } from '../../shared/limits.ts';
import { dayBounds } from '../../shared/schemas/common.ts';
import { makeOrganization, makePerson, testPassword } from '../testing/factories.ts';
import { call, signInAs, fieldIssuesOf } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

const relationship = `/relationships/${randomUUID()}`;
const goal = `${relationship}/goals/${randomUUID()}`;
const interviews = `/applications/${randomUUID()}/interviews`;

/**
 * Every date and time the API accepts, each with a body that is valid but for that field (its
 * value put in by `at`). Validation runs before any lookup, so the ids in the paths need not exist.
 */
const dateInputs: Array<{
  method: string;
  path: string;
  field: string;
  at: (value: string) => unknown;
  kind: 'date' | 'instant' | 'local';
}> = [
  { method: 'POST', path: '/programs', field: 'startsOn', at: (startsOn) => ({ name: 'Dated', type: 'group', startsOn }), kind: 'date' },
  { method: 'POST', path: '/programs', field: 'endsOn', at: (endsOn) => ({ name: 'Dated', type: 'group', endsOn }), kind: 'date' },
  { method: 'PATCH', path: `/programs/${randomUUID()}`, field: 'startsOn', at: (startsOn) => ({ startsOn }), kind: 'date' },
  { method: 'POST', path: `${relationship}/goals`, field: 'dueOn', at: (dueOn) => ({ specific: 'Lead a review', dueOn }), kind: 'date' },
  { method: 'PATCH', path: goal, field: 'dueOn', at: (dueOn) => ({ dueOn }), kind: 'date' },
  { method: 'POST', path: `${goal}/milestones`, field: 'dueOn', at: (dueOn) => ({ title: 'First step', dueOn }), kind: 'date' },
  {
    method: 'POST',
    path: `${relationship}/meetings`,
    field: 'startsAt',
    at: (startsAt) => ({ startsAt, durationMinutes: 30, channel: 'phone' }),
    kind: 'instant',
  },
  {
    method: 'POST',
    path: `${relationship}/meetings`,
    field: 'localStart',
    at: (localStart) => ({ localStart, timeZone: 'Europe/Lisbon', durationMinutes: 30, channel: 'phone' }),
    kind: 'local',
  },
  {
    method: 'POST',
    path: `${relationship}/meetings/${randomUUID()}/reschedule`,
    field: 'startsAt',
    at: (startsAt) => ({ startsAt }),
    kind: 'instant',
  },
  { method: 'POST', path: interviews, field: 'scheduledAt', at: (scheduledAt) => ({ scheduledAt }), kind: 'instant' },
  { method: 'PATCH', path: `${interviews}/${randomUUID()}`, field: 'scheduledAt', at: (scheduledAt) => ({ scheduledAt }), kind: 'instant' },
];

const farValues = {
  date: ['0001-01-01', '9999-12-31'],
  instant: ['0001-01-01T10:00:00Z', '9999-12-31T10:00:00Z'],
  local: ['0001-01-01T10:00', '9999-12-31T10:00'],
};

/**
 * Names, titles and labels, each with a body that is valid but for that field (its text put in
 * by `at`). Validation runs before any lookup, so the ids in the paths need not exist.
 */
const oneLineFields: Array<{ method: string; path: string; field: string; at: (text: string) => unknown }> = [
  { method: 'PATCH', path: '/me/profile', field: 'displayName', at: (displayName) => ({ displayName }) },
  { method: 'PATCH', path: '/me/profile', field: 'department', at: (department) => ({ department }) },
  { method: 'PATCH', path: '/me/profile', field: 'expertiseOffered.0', at: (skill) => ({ expertiseOffered: [skill] }) },
  {
    method: 'PATCH',
    path: '/me/profile',
    field: 'identityAttributes.0.label',
    at: (label) => ({ identityAttributes: [{ label, value: 'Quaker', visibility: 'shared' }] }),
  },
  {
    method: 'PATCH',
    path: '/me/profile',
    field: 'identityAttributes.0.value',
    at: (value) => ({ identityAttributes: [{ label: 'Faith', value, visibility: 'shared' }] }),
  },
  { method: 'POST', path: '/programs', field: 'name', at: (name) => ({ name, type: 'group' }) },
  {
    method: 'POST',
    path: '/programs',
    field: 'selectionCriteria.0',
    at: (criterion) => ({ name: 'Named', type: 'group', selectionCriteria: [criterion] }),
  },
  { method: 'POST', path: `/relationships/${randomUUID()}/goals/${randomUUID()}/milestones`, field: 'title', at: (title) => ({ title }) },
  { method: 'POST', path: '/skills', field: 'name', at: (name) => ({ name }) },
  {
    method: 'POST',
    path: '/me/network/ties',
    field: 'name',
    at: (name) => ({ kind: 'peer', functions: [], closeness: 3, frequency: 'monthly', name, insideOrganization: false }),
  },
  {
    method: 'PUT',
    path: `/programs/${randomUUID()}/intake-form`,
    field: 'customQuestions.0.label',
    at: (label) => ({ standardQuestions: [], customQuestions: [{ id: 'q1', kind: 'short_text', label }] }),
  },
  {
    method: 'POST',
    path: `/relationships/${randomUUID()}/meetings`,
    field: 'location',
    at: (location) => ({ startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 30, channel: 'in_person', location }),
  },
];

describe('dates within a range that makes sense for mentoring, names and labels on one line', { timeout: 60_000 }, () => {
  let t: TestApp;
  let cookie: string;
  before(async () => {
    t = await openTestApp();
    const admin = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id, { role: 'admin' });
    cookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('year 1 and year 9999 are a 422 naming the field, for every date and time the API accepts', async () => {
    for (const input of dateInputs) {
      for (const value of farValues[input.kind]) {
        const refused = await call(t.app, input.method, `/api/v1${input.path}`, input.at(value), { cookie });
        assert.equal(refused.status, 422, `${input.method} ${input.path} ${value}: ${JSON.stringify(refused.body)}`);
        assert.deepEqual(
          fieldIssuesOf(refused).map((d: { field: string }) => d.field),
          [input.field],
          `${input.method} ${input.path} ${value}`,
        );
        assert.match(fieldIssuesOf(refused)[0]?.message ?? '', /must be between \d{4}-\d{2}-\d{2} and \d{4}-\d{2}-\d{2}/);
      }
    }
    for (const [query, field] of [
      ['?from=0001-01-01', 'from'],
      ['?to=9999-12-31', 'to'],
    ]) {
      const refused = await call(t.app, 'GET', `/api/v1/audit-log${query}`, undefined, { cookie });
      assert.equal(refused.status, 422, query);
      assert.deepEqual(
        fieldIssuesOf(refused).map((d: { field: string }) => d.field),
        [field],
      );
    }
  });

  test('a program’s dates at the edges of their range are kept; a day past either edge is refused', async () => {
    const { min, max } = dayBounds(dateRanges.plan);
    const kept = await call(
      t.app,
      'POST',
      '/api/v1/programs',
      { name: 'Edges', type: 'one_to_one', startsOn: min, endsOn: max },
      { schema: ProgramSchema, cookie },
    );
    assert.equal(kept.status, 201, JSON.stringify(kept.body));
    assert.deepEqual([kept.body.startsOn, kept.body.endsOn], [min, max]);
    const dayAfter = new Date(Date.parse(max) + 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(min) - 86_400_000).toISOString().slice(0, 10);
    for (const [field, value] of [
      ['endsOn', dayAfter],
      ['startsOn', dayBefore],
    ]) {
      const refused = await call(
        t.app,
        'POST',
        '/api/v1/programs',
        { name: 'Edges', type: 'one_to_one', [field as string]: value },
        { cookie },
      );
      assert.equal(refused.status, 422, `${field} ${value}`);
    }
  });

  test('year 0000 (valid ISO, not a PostgreSQL date) is a 422 naming the field, never a 500', async () => {
    const refused = await call(
      t.app,
      'POST',
      '/api/v1/programs',
      { name: 'Year zero', type: 'one_to_one', startsOn: '0000-01-01' },
      { cookie },
    );
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.deepEqual(
      fieldIssuesOf(refused).map((d: { field: string }) => d.field),
      ['startsOn'],
    );
  });

  test('CR, LF, other control characters and the Unicode line separators are a 422 naming the field', async () => {
    for (const input of oneLineFields) {
      for (const text of ['Eve\r\nBEGIN:VEVENT', 'Eve\nX', 'Eve\rX', 'Eve\u2028X', 'Eve\u2029X', 'Eve\u0085X', 'Eve\u001bX', 'Eve\tX']) {
        const refused = await call(t.app, input.method, `/api/v1${input.path}`, input.at(text), { cookie });
        assert.equal(refused.status, 422, `${input.method} ${input.path} ${JSON.stringify(text)}: ${JSON.stringify(refused.body)}`);
        assert.deepEqual(
          fieldIssuesOf(refused).map((d: { field: string }) => d.field),
          [input.field],
          `${input.path} ${JSON.stringify(text)}`,
        );
      }
    }
  });

  test('names with accents, scripts and emoji are one line and kept', async () => {
    const saved = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      { displayName: 'Zoë Ōkafor-Nguyễn 李 🌌', department: 'R&D; Ops, "core"' },
      { schema: OwnProfileSchema, cookie },
    );
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.displayName, 'Zoë Ōkafor-Nguyễn 李 🌌');
  });
});
