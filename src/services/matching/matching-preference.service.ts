import type {
  MyMatchingPreferences,
  PreferenceCandidate,
  PreferenceCandidateQuery,
  SaveMatchingPreferences,
} from '../../../shared/schemas/matching-preferences.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import {
  type EnrolledPerson,
  findActiveEnrolled,
  findMentorsWanted,
  pageActiveEnrolled,
  listPreferencesOfPerson,
  replacePreferences,
  updateMentorsWanted,
} from '../../db/repositories/matching-preference.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import { forbidden, invalidInput, notFound, type FieldIssue } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getProgram, type ProgramView } from '../program.service.ts';

/** The program as a participant sees it; a person holding neither side's role has nothing to state. */
async function getParticipatedProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramView> {
  const program = await getProgram(ctx, actor, programId);
  if (!program.myRoles.includes('mentee') && !program.myRoles.includes('mentor')) {
    throw forbidden('not_a_participant', 'Only the program’s mentors and mentees state matching preferences');
  }
  return program;
}

/** The people of `ids` actively enrolled on `side`, with their names, job titles and expertise (offered by mentors, wanted by mentees), in the order of `ids`. */
async function describePeople(
  ctx: ServiceContext,
  organizationId: string,
  key: { programId: string; side: 'mentor' | 'mentee' },
  ids: readonly string[],
): Promise<PreferenceCandidate[]> {
  const found = await findActiveEnrolled(ctx.db, organizationId, { programId: key.programId, role: key.side }, ids);
  return withExpertise(ctx, organizationId, key.side, sortedLike(found, ids));
}

function sortedLike(found: EnrolledPerson[], ids: readonly string[]): EnrolledPerson[] {
  const byId = new Map(found.map((p) => [p.personId, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function withExpertise(
  ctx: ServiceContext,
  organizationId: string,
  side: 'mentor' | 'mentee',
  enrolled: EnrolledPerson[],
): Promise<PreferenceCandidate[]> {
  const profiles = await findProfiles(
    ctx.db,
    organizationId,
    enrolled.map((e) => e.personId),
  );
  return enrolled.map((e) => {
    const profile = profiles.get(e.personId);
    return {
      personId: e.personId,
      displayName: e.displayName,
      jobTitle: e.jobTitle,
      expertise: (side === 'mentor' ? profile?.expertiseOffered : profile?.expertiseWanted) ?? [],
    };
  });
}

/**
 * The caller's own preferences in a program: as a mentee, their ranked picks, how many mentors
 * they want and the mentors picked (for their names); as a mentor, their marks and the mentees
 * marked. Whom else they may choose from is paged by listPreferenceCandidates. Nobody learns here
 * who picked or avoided them.
 */
export async function getMyMatchingPreferences(ctx: ServiceContext, actor: Actor, programId: string): Promise<MyMatchingPreferences> {
  const program = await getParticipatedProgram(ctx, actor, programId);
  const stated = await listPreferencesOfPerson(ctx.db, actor.organizationId, program.id, actor.personId);
  const wanted = await findMentorsWanted(ctx.db, actor.organizationId, { programId: program.id, personId: actor.personId });
  const isMentor = program.myRoles.includes('mentor');
  const picks = stated.filter((p) => p.kind === 'pick').map((p) => p.targetId);
  const marks = stated.flatMap((p) => (p.kind === 'pick' ? [] : [{ personId: p.targetId, kind: p.kind }]));
  return {
    asMentee:
      wanted !== undefined
        ? {
            picks,
            mentorsWanted: wanted,
            mentors: await describePeople(ctx, actor.organizationId, { programId: program.id, side: 'mentor' }, picks),
          }
        : null,
    asMentor: isMentor
      ? {
          marks,
          mentees: await describePeople(
            ctx,
            actor.organizationId,
            { programId: program.id, side: 'mentee' },
            marks.map((m) => m.personId),
          ),
        }
      : null,
  };
}

/**
 * A page of the people the caller may choose from, by name: the program's active mentors for a
 * mentee (side mentor), its active mentees for a mentor (side mentee), never the caller. Names,
 * job titles and expertise are read for the page's rows only.
 *
 * @example await listPreferenceCandidates(ctx, mentee, programId, { side: 'mentor', q: 'ana', limit: 20 })
 */
export async function listPreferenceCandidates(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: PreferenceCandidateQuery,
): Promise<Page<PreferenceCandidate>> {
  const program = await getParticipatedProgram(ctx, actor, programId);
  const chooser = query.side === 'mentor' ? 'mentee' : 'mentor';
  if (!program.myRoles.includes(chooser))
    throw forbidden(
      'not_a_participant',
      query.side === 'mentor' ? 'Only the program’s mentees pick mentors' : 'Only the program’s mentors mark mentees',
    );
  const page = await pageActiveEnrolled(
    ctx.db,
    actor.organizationId,
    { programId: program.id, role: query.side, excludePersonId: actor.personId },
    query,
  );
  return { items: await withExpertise(ctx, actor.organizationId, query.side, page.items), nextCursor: page.nextCursor };
}

/** Field issues for a list of targets that must be distinct people of `allowed`, never the author. */
function checkTargets(
  ids: string[],
  field: (i: number) => string,
  allowed: Set<string>,
  actorId: string,
  notAllowed: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    if (id === actorId) issues.push({ field: field(i), message: 'cannot be yourself' });
    else if (!allowed.has(id)) issues.push({ field: field(i), message: notAllowed });
    else if (ids.indexOf(id) !== i) issues.push({ field: field(i), message: 'is listed twice' });
  });
  return issues;
}

/**
 * Replaces the caller's picks (as an active mentee: up to five of the program's active mentors,
 * first choice first) and/or marks (as an active mentor: prefer or avoid on the program's active
 * mentees). One transaction; a bad entry is a 422 naming it and nothing is written.
 *
 * @example await saveMyMatchingPreferences(ctx, mentee, programId, { picks: [firstChoiceId, secondId] })
 */
export async function saveMyMatchingPreferences(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  input: SaveMatchingPreferences,
): Promise<MyMatchingPreferences> {
  const program = await getParticipatedProgram(ctx, actor, programId);
  const issues: FieldIssue[] = [];
  const allowed = async (role: 'mentor' | 'mentee', ids: string[]) =>
    new Set(
      (await findActiveEnrolled(ctx.db, actor.organizationId, { programId: program.id, role }, [...new Set(ids)])).map((e) => e.personId),
    );
  if (input.picks !== undefined) {
    if (!program.myRoles.includes('mentee')) issues.push({ field: 'picks', message: 'only active mentees of this program pick mentors' });
    else
      issues.push(
        ...checkTargets(
          input.picks,
          (i) => `picks.${i}`,
          await allowed('mentor', input.picks),
          actor.personId,
          'is not a mentor of this program',
        ),
      );
  }
  if (input.marks !== undefined) {
    if (!program.myRoles.includes('mentor')) issues.push({ field: 'marks', message: 'only active mentors of this program mark mentees' });
    else
      issues.push(
        ...checkTargets(
          input.marks.map((m) => m.personId),
          (i) => `marks.${i}.personId`,
          await allowed(
            'mentee',
            input.marks.map((m) => m.personId),
          ),
          actor.personId,
          'is not a mentee of this program',
        ),
      );
  }
  if (issues.length > 0) throw invalidInput(issues);
  await ctx.db.transaction(async (trx) => {
    const stored = await listPreferencesOfPerson(trx, actor.organizationId, program.id, actor.personId);
    const picks = input.picks ?? stored.filter((p) => p.kind === 'pick').map((p) => p.targetId);
    const marked = input.marks?.map((m) => m.personId) ?? stored.filter((p) => p.kind !== 'pick').map((p) => p.targetId);
    // Someone both mentor and mentee of the program can be picked or marked, not both at once.
    const both = marked.findIndex((id) => picks.includes(id));
    if (both >= 0)
      throw invalidInput([
        {
          field: input.marks ? `marks.${both}.personId` : `picks.${picks.indexOf(marked[both] ?? '')}`,
          message: 'is already among your stated preferences in the other role',
        },
      ]);
    const key = { programId: program.id, personId: actor.personId };
    if (input.picks)
      await replacePreferences(
        trx,
        actor.organizationId,
        { ...key, kinds: ['pick'] },
        input.picks.map((targetId, i) => ({ targetId, kind: 'pick', rank: i + 1 })),
      );
    if (input.marks)
      await replacePreferences(
        trx,
        actor.organizationId,
        { ...key, kinds: ['prefer', 'avoid'] },
        input.marks.map((m) => ({ targetId: m.personId, kind: m.kind, rank: null })),
      );
  });
  return getMyMatchingPreferences(ctx, actor, programId);
}

/**
 * Sets how many mentors (1-3) an active mentee of the program wants: the mentee for themselves,
 * or a coordinator of the program for any of its mentees.
 */
export async function setMentorsWanted(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  personId: string,
  mentorsWanted: number,
): Promise<{ personId: string; mentorsWanted: number }> {
  const program = await getProgram(ctx, actor, programId);
  if (personId !== actor.personId && !program.canManage) {
    throw forbidden('not_program_coordinator', 'Only the mentee or the program’s coordinators can change this');
  }
  if (!(await updateMentorsWanted(ctx.db, actor.organizationId, { programId: program.id, personId }, mentorsWanted)))
    throw notFound('mentee');
  return { personId, mentorsWanted };
}
