import { MatchingRunSchema, MentorSuggestionListSchema } from '../../../shared/schemas/index.ts';
import {
  MenteeMentorsWantedPageSchema,
  MyMatchingPreferencesSchema,
  PreferenceCandidatePageSchema,
  ProgramPreferencePageSchema,
} from '../../../shared/schemas/matching-preferences.ts';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import { after, before, describe, test } from 'node:test';
import { listEnrolmentsOfProgram } from '../../db/repositories/enrolment.repository.ts';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { call, signInAs, type ApiResponse, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { readRunProposals } from '../../testing/matching-runs.ts';
import { countRowsRead } from '../../testing/rows-read.ts';
import { type LargeOrganization, seedLargeOrganization } from '../../testing/large-organization.ts';
import type { Organization, Person } from '../../domain/person.ts';
import type { ProgramView } from '../../services/program.service.ts';

type Proposal = {
  menteeId: string;
  mentorId: string;
  score: number;
  reasons: string[];
  contributions: Array<{ criterion: string; points: number }>;
};

describe('matching preferences', { timeout: 120_000 }, () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;
  const cookies = new Map<string, string>();

  async function as(person: Person): Promise<string> {
    const known = cookies.get(person.id);
    if (known) return known;
    const fresh = await signInAs(t.app, person.email, testPassword);
    cookies.set(person.id, fresh);
    return fresh;
  }

  async function runToEnd(programId: string): Promise<Proposal[]> {
    const started = await call(t.app, 'POST', `/api/v1/programs/${programId}/matching/runs`, {}, { schema: MatchingRunSchema, cookie });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    for (let i = 0; i < 200; i++) {
      const run = await call(t.app, 'GET', `/api/v1/matching-runs/${started.body.id}`, undefined, { schema: MatchingRunSchema, cookie });
      if (run.body.status === 'proposed') return readRunProposals(t.app, run.body.id, cookie);
      assert.equal(run.body.status, 'running', JSON.stringify(run.body));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('matching run did not finish');
  }

  async function person(name: string, profile: Parameters<typeof upsertProfile>[3]): Promise<Person> {
    const created = await makePerson(t.ctx, org.id, { name });
    await upsertProfile(t.ctx.db, org.id, created.id, profile);
    return created;
  }

  const mine = async (programId: string, who: Person): Promise<ApiResponse> =>
    call(t.app, 'GET', `/api/v1/programs/${programId}/matching/preferences/mine`, undefined, { cookie: await as(who) });
  const save = async (programId: string, who: Person, body: unknown): Promise<ApiResponse> =>
    call(t.app, 'PUT', `/api/v1/programs/${programId}/matching/preferences/mine`, body, { cookie: await as(who) });
  /** The caller's own preferences, read or saved with success. */
  const mineOk = async (programId: string, who: Person) => withSchema(await mine(programId, who), MyMatchingPreferencesSchema);
  const saveOk = async (programId: string, who: Person, body: unknown) =>
    withSchema(await save(programId, who, body), MyMatchingPreferencesSchema);
  const fields = (response: ApiResponse): string[] => fieldIssuesOf(response).map((issue) => issue.field);

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  describe('who states and who sees', () => {
    let program: ProgramView;
    let ana: Person;
    let bo: Person;
    let mira: Person;
    let max: Person;

    before(async () => {
      ana = await person('Ana', { expertiseWanted: ['budgeting'] });
      bo = await person('Bo', { expertiseWanted: ['negotiation'] });
      mira = await person('Mira', { expertiseOffered: ['budgeting'] });
      max = await person('Max', { expertiseOffered: ['negotiation'] });
      program = await makeProgram(t.ctx, coordinator, [
        [ana, 'mentee'],
        [bo, 'mentee'],
        [mira, 'mentor'],
        [max, 'mentor'],
      ]);
    });

    test('a mentee sees the mentors with their expertise and saves ranked picks', async () => {
      const before = await mineOk(program.id, ana);
      assert.equal(before.status, 200, JSON.stringify(before.body));
      assert.equal(before.body.asMentor, null);
      assert.deepEqual(before.body.asMentee?.picks, []);
      assert.equal(before.body.asMentee?.mentorsWanted, 1);
      assert.deepEqual(before.body.asMentee?.mentors, [], 'only the people picked are sent, none yet');
      const saved = await saveOk(program.id, ana, { picks: [max.id, mira.id] });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.asMentee?.picks, [max.id, mira.id]);
      assert.deepEqual(
        saved.body.asMentee?.mentors.map((m) => [m.displayName, m.expertise]),
        [
          ['Max', ['negotiation']],
          ['Mira', ['budgeting']],
        ],
        'the people picked, in rank order, with their expertise offered',
      );
      const reordered = await saveOk(program.id, ana, { picks: [mira.id] });
      assert.deepEqual(reordered.body.asMentee?.picks, [mira.id], 'the new list replaces the old one');
    });

    test('nobody but the author and the coordinators sees a pick, not even the mentor picked', async () => {
      await save(program.id, ana, { picks: [mira.id] });
      const other = await mineOk(program.id, bo);
      assert.deepEqual(other.body.asMentee?.picks, []);
      assert.ok(!JSON.stringify(other.body).includes(ana.id), 'Bo sees no other mentee');
      const picked = await mineOk(program.id, mira);
      assert.equal(picked.body.asMentee, null);
      assert.ok(!JSON.stringify(picked.body.asMentor?.marks).includes(ana.id));
      for (const who of [bo, mira]) {
        assert.equal(
          (await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/preferences`, undefined, { cookie: await as(who) })).status,
          403,
        );
      }
      const all = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/preferences`, undefined, {
        schema: ProgramPreferencePageSchema,
        cookie,
      });
      assert.equal(all.status, 200);
      assert.equal(all.body.nextCursor, null);
      assert.deepEqual(
        all.body.items.map((p) => [p.personName, p.targetName, p.kind, p.rank]),
        [['Ana', 'Mira', 'pick', 1]],
      );
    });

    test('a mentee picks only active mentors of this program, each once, at most five', async () => {
      const stranger = await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Other Org')).id);
      const elsewhere = await makePerson(t.ctx, org.id);
      await makeProgram(t.ctx, coordinator, [[elsewhere, 'mentor']]);
      const bad = await save(program.id, ana, { picks: [bo.id, stranger.id, elsewhere.id, ana.id, mira.id, mira.id] });
      assert.equal(bad.status, 422);
      assert.deepEqual(fields(bad), ['picks'], 'six picks are too many');
      const wrong = await save(program.id, ana, { picks: [bo.id, stranger.id, elsewhere.id, ana.id, mira.id] });
      assert.equal(wrong.status, 422);
      assert.deepEqual(fields(wrong), ['picks.0', 'picks.1', 'picks.2', 'picks.3']);
      assert.match(fieldIssuesOf(wrong)[0]?.message ?? '', /not a mentor of this program/);
      const twice = await save(program.id, ana, { picks: [mira.id, mira.id] });
      assert.deepEqual(fields(twice), ['picks.1']);
      const notUuid = await save(program.id, ana, { picks: ['mira'] });
      assert.equal(notUuid.status, 422);
      assert.deepEqual(fields(notUuid), ['picks.0']);
      assert.deepEqual((await mineOk(program.id, ana)).body.asMentee?.picks, [mira.id], 'nothing was written');
    });

    test('only mentors mark mentees, only mentees pick, and outsiders see nothing', async () => {
      assert.deepEqual(fields(await save(program.id, ana, { marks: [{ personId: bo.id, kind: 'prefer' }] })), ['marks']);
      assert.deepEqual(fields(await save(program.id, mira, { picks: [max.id] })), ['picks']);
      assert.deepEqual(fields(await save(program.id, mira, { marks: [{ personId: max.id, kind: 'avoid' }] })), ['marks.0.personId']);
      const marked = await saveOk(program.id, mira, {
        marks: [
          { personId: bo.id, kind: 'prefer' },
          { personId: ana.id, kind: 'avoid' },
        ],
      });
      assert.equal(marked.status, 200, JSON.stringify(marked.body));
      assert.equal(marked.body.asMentor?.marks.length, 2);
      assert.deepEqual(
        marked.body.asMentor?.mentees.map((m) => [m.displayName, m.expertise]),
        [
          ['Bo', ['negotiation']],
          ['Ana', ['budgeting']],
        ],
        'the mentees marked, with their expertise wanted',
      );
      assert.ok(!JSON.stringify((await mine(program.id, ana)).body).includes('avoid'), 'Ana never learns she was avoided');
      const outsider = await makePerson(t.ctx, org.id);
      assert.equal((await mine(program.id, outsider)).status, 404);
      assert.equal((await mine(program.id, coordinator)).status, 403);
      await save(program.id, mira, { marks: [] });
    });

    test('candidates: a mentee searches mentors, a mentor searches mentees, never themselves nor the other side', async () => {
      const candidates = async (who: Person, query: string) =>
        call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/preferences/candidates?${query}`, undefined, {
          cookie: await as(who),
        });
      const mentors = withSchema(await candidates(ana, 'side=mentor'), PreferenceCandidatePageSchema);
      assert.equal(mentors.status, 200, JSON.stringify(mentors.body));
      assert.deepEqual(
        mentors.body.items.map((m) => [m.displayName, m.expertise]),
        [
          ['Max', ['negotiation']],
          ['Mira', ['budgeting']],
        ],
      );
      const mentees = withSchema(await candidates(mira, 'side=mentee&q=b'), PreferenceCandidatePageSchema);
      assert.deepEqual(
        mentees.body.items.map((m) => [m.displayName, m.expertise]),
        [['Bo', ['negotiation']]],
      );
      assert.equal((await candidates(ana, 'side=mentee')).status, 403, 'a mentee cannot list mentees');
      assert.equal((await candidates(mira, 'side=mentor')).status, 403, 'a mentor cannot list mentors');
      assert.equal((await candidates(coordinator, 'side=mentor')).status, 403);
      assert.equal((await candidates(await makePerson(t.ctx, org.id), 'side=mentor')).status, 404, 'outsiders see nothing');
      assert.deepEqual(fields(await candidates(ana, 'side=both')), ['side']);
      assert.deepEqual(fields(await candidates(ana, 'side=mentor&cursor=bad')), ['cursor']);
    });

    test('a mentee sets how many mentors they want; a coordinator may too, nobody else', async () => {
      const path = (who: Person) => `/api/v1/programs/${program.id}/mentees/${who.id}/mentors-wanted`;
      const own = await call(t.app, 'PUT', path(ana), { mentorsWanted: 2 }, { cookie: await as(ana) });
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal((await mineOk(program.id, ana)).body.asMentee?.mentorsWanted, 2);
      assert.equal((await call(t.app, 'PUT', path(ana), { mentorsWanted: 3 }, { cookie: await as(bo) })).status, 403);
      const tooMany = await call(t.app, 'PUT', path(ana), { mentorsWanted: 4 }, { cookie: await as(ana) });
      assert.equal(tooMany.status, 422);
      assert.deepEqual(fields(tooMany), ['mentorsWanted']);
      assert.equal((await call(t.app, 'PUT', path(bo), { mentorsWanted: 3 }, { cookie })).status, 200);
      assert.equal((await call(t.app, 'PUT', path(mira), { mentorsWanted: 2 }, { cookie })).status, 404, 'Mira is no mentee here');
      const wanted = async (query: string) =>
        (
          await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/mentors-wanted${query}`, undefined, {
            schema: MenteeMentorsWantedPageSchema,
            cookie,
          })
        ).body.items.map((m) => `${m.personName}:${m.mentorsWanted}`);
      assert.deepEqual((await wanted('')).sort(), ['Ana:2', 'Bo:3']);
      await call(t.app, 'PUT', path(bo), { mentorsWanted: 1 }, { cookie });
      assert.deepEqual(await wanted(''), ['Ana:2'], 'by default only the mentees wanting more than one mentor');
      assert.deepEqual((await wanted('?all=true')).sort(), ['Ana:2', 'Bo:1'], 'all: every active mentee');
      for (const who of [ana, mira]) {
        const refused = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/mentors-wanted`, undefined, {
          cookie: await as(who),
        });
        assert.equal(refused.status, 403);
      }
      assert.deepEqual(
        fields(await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/mentors-wanted?all=yes`, undefined, { cookie })),
        ['all'],
      );
    });
  });

  describe('in a matching run', () => {
    test('a mentor’s avoid keeps the best-fitting pair apart', async () => {
      const mentee = await person('Lea', { expertiseWanted: ['budgeting'], functionsSought: ['coaching'] });
      const best = await person('Best Fit', { expertiseOffered: ['budgeting'], functionsOffered: ['coaching'] });
      const other = await person('Other Fit', { expertiseOffered: ['negotiation'] });
      const program = await makeProgram(t.ctx, coordinator, [
        [mentee, 'mentee'],
        [best, 'mentor'],
        [other, 'mentor'],
      ]);
      const first = await runToEnd(program.id);
      assert.deepEqual(
        first.map((p) => p.mentorId),
        [best.id],
        'without the mark, the best fit is proposed',
      );
      assert.equal((await save(program.id, best, { marks: [{ personId: mentee.id, kind: 'avoid' }] })).status, 200);
      const second = await runToEnd(program.id);
      assert.ok(!second.some((p) => p.mentorId === best.id), 'the avoided pair is never proposed');
    });

    test('a first pick raises the pair’s score and is named in its explanation', async () => {
      const mentee = await person('Noor', { expertiseWanted: ['budgeting', 'negotiation'] });
      const a = await person('Mentor A', { expertiseOffered: ['budgeting'] });
      const b = await person('Mentor B', { expertiseOffered: ['budgeting'] });
      const program = await makeProgram(t.ctx, coordinator, [
        [mentee, 'mentee'],
        [a, 'mentor'],
        [b, 'mentor'],
      ]);
      const scoreOf = async (mentorId: string) => {
        const suggestions = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/suggestions`, undefined, {
          schema: MentorSuggestionListSchema,
          cookie: await as(mentee),
        });
        return suggestions.body.suggestions.find((s: { mentorId: string }) => s.mentorId === mentorId)?.score as number;
      };
      const before = await scoreOf(b.id);
      assert.equal((await save(program.id, mentee, { picks: [b.id] })).status, 200);
      assert.ok((await scoreOf(b.id)) > before, 'the picked mentor scores higher than before');
      const proposals = await runToEnd(program.id);
      const pair = proposals.find((p) => p.menteeId === mentee.id);
      assert.equal(pair?.mentorId, b.id, 'the pick decides between two equal fits');
      assert.ok(
        pair.reasons.some((r) => r.includes('first choice')),
        JSON.stringify(pair.reasons),
      );
      assert.ok((pair.contributions.find((c) => c.criterion === 'preferences')?.points ?? 0) > 0);
    });

    test('a mentee wanting two mentors gets two who cover different needs', async () => {
      const shared = { interests: ['chess', 'hiking', 'jazz'], profession: 'Accountant' };
      const mentee = await person('Ines', { expertiseWanted: ['budgeting', 'negotiation'], ...shared });
      const budgetA = await person('Budget A', { expertiseOffered: ['budgeting'], ...shared });
      const budgetB = await person('Budget B', { expertiseOffered: ['budgeting'], ...shared });
      const negotiator = await person('Negotiator', { expertiseOffered: ['negotiation'] });
      const program = await makeProgram(t.ctx, coordinator, [
        [mentee, 'mentee'],
        [budgetA, 'mentor'],
        [budgetB, 'mentor'],
        [negotiator, 'mentor'],
      ]);
      assert.equal((await runToEnd(program.id)).length, 1, 'one mentor by default');
      const suggested = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/suggestions`, undefined, {
        schema: MentorSuggestionListSchema,
        cookie: await as(mentee),
      });
      const scores = new Map(suggested.body.suggestions.map((s: { mentorId: string; score: number }) => [s.mentorId, s.score]));
      assert.ok((scores.get(budgetB.id) ?? 0) > (scores.get(negotiator.id) ?? 1), 'by score alone, both budgeting mentors would win');
      const set = await call(
        t.app,
        'PUT',
        `/api/v1/programs/${program.id}/mentees/${mentee.id}/mentors-wanted`,
        { mentorsWanted: 2 },
        { cookie: await as(mentee) },
      );
      assert.equal(set.status, 200);
      const proposals = await runToEnd(program.id);
      const mentors = proposals.filter((p) => p.menteeId === mentee.id).map((p) => p.mentorId);
      assert.equal(mentors.length, 2, JSON.stringify(proposals));
      assert.equal(new Set(mentors).size, 2);
      assert.ok(mentors.includes(negotiator.id), 'the second mentor brings negotiation, not a second budgeting mentor');
    });
  });

  describe('a program of 2,000 mentors', () => {
    let large: LargeOrganization;
    let menteeCookie: string;

    before(async () => {
      large = await seedLargeOrganization(t.handle.db, { people: 2100, mentees: 20, mentors: 2000, mentorCapacity: 1, applications: 0 });
      menteeCookie = await signInAs(t.app, large.mentee.email, testPassword);
    });

    describe('what its coordinators read', () => {
      let coordinatorCookie: string;
      /** Every preference stated in the program, as `stater>target:kind`. */
      let stated: string[];
      const key = (p: { personId: string; targetId: string; kind: string }) => `${p.personId}>${p.targetId}:${p.kind}`;

      before(async () => {
        coordinatorCookie = await signInAs(t.app, large.coordinator.email, large.password);
        // Each mentee picks five mentors; each of the first 40 mentors prefers one mentee and avoids
        // another; mentee 1 also picks someone outside the program; every fourth mentee wants two mentors.
        await t.handle.db.execute(sql`
          with mentees as (select person_id, row_number() over (order by person_id) as n from enrolments
                           where program_id = ${large.programId} and role = 'mentee'),
               mentors as (select person_id, row_number() over (order by person_id) as n from enrolments
                           where program_id = ${large.programId} and role = 'mentor')
          insert into matching_preferences (organization_id, program_id, person_id, target_id, kind, rank)
          select ${large.organizationId}::uuid, ${large.programId}::uuid, e.person_id, o.person_id, 'pick', r.rank
            from mentees e cross join generate_series(1, 5) as r(rank) join mentors o on o.n = e.n * 5 + r.rank
          union all
          select ${large.organizationId}::uuid, ${large.programId}::uuid, o.person_id, e.person_id, k.kind, null
            from mentors o cross join (values ('prefer', 0), ('avoid', 1)) as k(kind, shift)
            join mentees e on e.n = (o.n + k.shift) % 20 + 1
            where o.n <= 40`);
        assert.ok(large.member, 'the seeded organization has a member outside the program');
        await t.handle.db.execute(sql`
          insert into matching_preferences (organization_id, program_id, person_id, target_id, kind, rank)
          values (${large.organizationId}, ${large.programId}, ${large.mentee.id}, ${large.member.id}, 'pick', 6)`);
        await t.handle.db.execute(sql`
          update enrolments set mentors_wanted = 2 where program_id = ${large.programId} and role = 'mentee'
            and person_id in (select person_id from enrolments where program_id = ${large.programId} and role = 'mentee'
                              order by person_id limit 5)`);
        const rows = (await t.handle.db.execute(
          sql`select person_id as "personId", target_id as "targetId", kind from matching_preferences where program_id = ${large.programId}`,
        )) as unknown as { rows: Array<{ personId: string; targetId: string; kind: string }> };
        stated = rows.rows.map(key);
        assert.equal(stated.length, 20 * 5 + 40 * 2 + 1);
      });

      const preferences = (query: string) =>
        call(t.app, 'GET', `/api/v1/programs/${large.programId}/matching/preferences${query}`, undefined, {
          schema: ProgramPreferencePageSchema,
          cookie: coordinatorCookie,
        });

      test('paging through the preferences gives each stated one exactly once, in the stater’s order', async () => {
        const seen: Array<z.infer<typeof ProgramPreferencePageSchema>['items'][number]> = [];
        let cursor: string | null = null;
        for (let guard = 0; guard < 100 && (seen.length === 0 || cursor !== null); guard++) {
          const page = await preferences(`?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          assert.equal(page.status, 200, JSON.stringify(page.body));
          assert.ok(page.body.items.length <= 7);
          seen.push(...page.body.items);
          cursor = page.body.nextCursor;
        }
        assert.equal(cursor, null, 'the list ends');
        const keys = seen.map(key);
        assert.equal(new Set(keys).size, keys.length, 'no preference twice');
        assert.deepEqual([...keys].sort(), [...stated].sort(), 'every stated preference');
        const staters = seen.map((p) => p.personId);
        assert.deepEqual(staters, [...staters].sort(), 'by the person who stated them');
        assert.ok(seen.every((p) => !p.personName.startsWith('someone')));
        const outside = seen.find((p) => p.targetId === large.member?.id);
        assert.equal(outside?.targetName, 'someone who left the program');
        assert.equal(outside?.rank, 6);
      });

      test('kind and personId narrow the list', async () => {
        const avoids = await preferences('?kind=avoid&limit=500');
        assert.equal(avoids.body.items.length, 40);
        assert.ok(avoids.body.items.every((p) => p.kind === 'avoid' && p.rank === null));
        const ones = await preferences(`?personId=${large.mentee.id}`);
        assert.deepEqual(
          ones.body.items.map((p) => p.personId),
          Array(6).fill(large.mentee.id),
        );
        assert.deepEqual(ones.body.items.map((p) => p.rank).sort(), [1, 2, 3, 4, 5, 6]);
        const refused = (query: string) =>
          call(t.app, 'GET', `/api/v1/programs/${large.programId}/matching/preferences${query}`, undefined, { cookie: coordinatorCookie });
        assert.deepEqual(fields(await refused('?kind=veto')), ['kind']);
        assert.deepEqual(fields(await refused('?personId=ana')), ['personId']);
      });

      test('a limit over 500 and a cursor not given by the list are refused, naming the field', async () => {
        for (const path of ['matching/preferences', 'matching/mentors-wanted']) {
          const send = (query: string) =>
            call(t.app, 'GET', `/api/v1/programs/${large.programId}/${path}${query}`, undefined, { cookie: coordinatorCookie });
          const tooMany = await send('?limit=501');
          assert.equal(tooMany.status, 422, path);
          assert.deepEqual(fields(tooMany), ['limit']);
          for (const cursor of ['bad', Buffer.from('["candidate-name","x",1]').toString('base64url'), 'no!']) {
            const refused = await send(`?cursor=${encodeURIComponent(cursor)}`);
            assert.equal(refused.status, 422, `${path} cursor ${cursor}`);
            assert.deepEqual(fields(refused), ['cursor']);
          }
        }
      });

      test('the mentees wanting more than one mentor, then every mentee, page once each', async () => {
        const wanted = async (query: string) => {
          const names: string[] = [];
          let cursor: string | null = null;
          for (let guard = 0; guard < 50 && (names.length === 0 || cursor !== null); guard++) {
            const page: ApiResponse<z.infer<typeof MenteeMentorsWantedPageSchema>> = await call(
              t.app,
              'GET',
              `/api/v1/programs/${large.programId}/matching/mentors-wanted?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`,
              undefined,
              { schema: MenteeMentorsWantedPageSchema, cookie: coordinatorCookie },
            );
            assert.equal(page.status, 200, JSON.stringify(page.body));
            names.push(...page.body.items.map((m) => `${m.personId}:${m.mentorsWanted}`));
            cursor = page.body.nextCursor;
          }
          return names;
        };
        const some = await wanted('');
        assert.equal(some.length, 5);
        assert.ok(some.every((m) => m.endsWith(':2')));
        const every = await wanted('&all=true');
        assert.equal(every.length, 20);
        assert.equal(new Set(every).size, 20);
        assert.ok(some.every((m) => every.includes(m)));
      });

      test('a page costs what it returns, not the program: rows read stay near the page size', async (context) => {
        const routes = ['matching/preferences?limit=10', 'matching/mentors-wanted?all=true&limit=10'];
        for (const route of routes) {
          const { result, rows } = await countRowsRead(t.handle.db, () =>
            call(t.app, 'GET', `/api/v1/programs/${large.programId}/${route}`, undefined, { cookie: coordinatorCookie }),
          );
          assert.equal(result.status, 200, route);
          context.diagnostic(`${route}: ${rows} rows read`);
          // The page (11 rows), the names of at most 20 people, the session and the program: far
          // below the 2,021 enrolments the whole-program answer read for the names alone.
          assert.ok(rows < 100, `${route} read ${rows} rows for a page of 10 in a program of 2,021 enrolments`);
        }
        const control = await countRowsRead(t.handle.db, () => listEnrolmentsOfProgram(t.handle.db, large.organizationId, large.programId));
        assert.ok(control.rows > 2000, `the count sees the rows a query reads: ${control.rows} for every enrolment`);
      });
    });

    test('the candidates route pages through the mentors once each, and q narrows them', async () => {
      const path = `/api/v1/programs/${large.programId}/matching/preferences/candidates?side=mentor`;
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 10 && (seen.length === 0 || cursor !== null); guard++) {
        const url: string = `${path}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: ApiResponse<z.infer<typeof PreferenceCandidatePageSchema>> = await call(t.app, 'GET', url, undefined, {
          schema: PreferenceCandidatePageSchema,
          cookie: menteeCookie,
        });
        assert.equal(page.status, 200, JSON.stringify(page.body));
        assert.ok(page.body.items.length <= 500);
        seen.push(...page.body.items.map((m) => m.personId));
        cursor = page.body.nextCursor;
      }
      assert.equal(cursor, null, 'the list ends');
      assert.equal(seen.length, 2000);
      assert.equal(new Set(seen).size, 2000, 'every mentor once');
      assert.ok(seen.includes(large.mentor.id));
      const named = await call(t.app, 'GET', `${path}&limit=50`, undefined, {
        schema: PreferenceCandidatePageSchema,
        cookie: menteeCookie,
      });
      const first = named.body.items[0];
      assert.ok(first);
      const found = await call(t.app, 'GET', `${path}&q=${encodeURIComponent(first.displayName)}`, undefined, {
        schema: PreferenceCandidatePageSchema,
        cookie: menteeCookie,
      });
      assert.ok(found.body.items.length >= 1 && found.body.items.length < 50, `q narrows: ${found.body.items.length}`);
      assert.ok(found.body.items.every((m) => m.displayName.toLowerCase().includes(first.displayName.toLowerCase())));
    });

    test('the mine response carries the picks only: a few KB however many mentors', async () => {
      const page = await call(
        t.app,
        'GET',
        `/api/v1/programs/${large.programId}/matching/preferences/candidates?side=mentor&limit=5`,
        undefined,
        {
          schema: PreferenceCandidatePageSchema,
          cookie: menteeCookie,
        },
      );
      const picks = page.body.items.map((m) => m.personId);
      const saved = await call(
        t.app,
        'PUT',
        `/api/v1/programs/${large.programId}/matching/preferences/mine`,
        { picks },
        {
          schema: MyMatchingPreferencesSchema,
          cookie: menteeCookie,
        },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const mineResponse = await call(t.app, 'GET', `/api/v1/programs/${large.programId}/matching/preferences/mine`, undefined, {
        schema: MyMatchingPreferencesSchema,
        cookie: menteeCookie,
      });
      assert.deepEqual(
        mineResponse.body.asMentee?.mentors.map((m) => m.personId),
        picks,
      );
      const size = JSON.stringify(mineResponse.body).length;
      assert.ok(size < 4000, `the mine response is ${size} bytes`);
    });
  });
});
