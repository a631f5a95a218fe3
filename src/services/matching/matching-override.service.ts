import type { CreateMatchingOverride, MatchingOverridePageQuery } from '../../../shared/schemas/matching.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import {
  deleteMatchingOverride,
  insertMatchingOverride,
  type MatchingOverrideRow,
  pageMatchingOverrides,
} from '../../db/repositories/matching-override.repository.ts';
import { listEnrolmentsOfProgram } from '../../db/repositories/enrolment.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';

export type MatchingOverrideView = MatchingOverrideRow & { description: string };

async function describe(ctx: ServiceContext, organizationId: string, overrides: MatchingOverrideRow[]): Promise<MatchingOverrideView[]> {
  const ids = overrides.flatMap((o) => [o.menteeId, o.mentorId, o.personId]).filter((id): id is string => !!id);
  const names = new Map((await findPeopleByIds(ctx.db, organizationId, ids)).map((p) => [p.id, p.displayName]));
  const name = (id: string | null) => (id ? (names.get(id) ?? 'someone') : 'someone');
  return overrides.map((o) => ({
    ...o,
    description:
      o.kind === 'lock'
        ? `${name(o.menteeId)} is always paired with ${name(o.mentorId)}`
        : o.kind === 'forbid'
          ? `${name(o.menteeId)} is never paired with ${name(o.mentorId)}`
          : `${name(o.personId)} is left out of matching`,
  }));
}

/**
 * A page of a program's overrides for its coordinators: locks, then forbidden pairs, then people
 * left out, newest first within each kind, optionally of one kind, naming one person, or matching
 * a name. Names are read for the page's people only, in one query, however many overrides.
 *
 * @example await pageOverrides(ctx, coordinator, programId, { limit: 50, kind: 'forbid' })
 */
export async function pageOverrides(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: MatchingOverridePageQuery,
): Promise<Page<MatchingOverrideView>> {
  const program = await getManageableProgram(ctx, actor, programId);
  const page = await pageMatchingOverrides(ctx.db, actor.organizationId, program.id, query);
  return { items: await describe(ctx, actor.organizationId, page.items), nextCursor: page.nextCursor };
}

/**
 * Locks or forbids a pair of the program's mentee and mentor, or leaves one of its people out.
 * Group programs take no locks: circles are formed as a whole, and a lock would be ignored.
 */
export async function addOverride(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  input: CreateMatchingOverride,
): Promise<MatchingOverrideView> {
  const program = await getManageableProgram(ctx, actor, programId);
  if (input.kind === 'lock' && program.type === 'group') {
    throw conflict(
      'lock_not_supported_for_circles',
      'Group programs form circles as a whole and cannot lock a pair; forbid pairs or leave people out instead',
    );
  }
  const enrolled = (await listEnrolmentsOfProgram(ctx.db, actor.organizationId, programId)).filter((e) => e.status === 'active');
  const has = (personId: string, role: string) => enrolled.some((e) => e.personId === personId && e.role === role);
  if (input.kind === 'exclude') {
    if (!enrolled.some((e) => e.personId === input.personId))
      throw invalidInput([{ field: 'personId', message: 'is not taking part in this program' }]);
  } else {
    const issues = [
      ...(has(input.menteeId, 'mentee') ? [] : [{ field: 'menteeId', message: 'is not a mentee of this program' }]),
      ...(has(input.mentorId, 'mentor') ? [] : [{ field: 'mentorId', message: 'is not a mentor of this program' }]),
    ];
    if (issues.length > 0) throw invalidInput(issues);
  }
  const row = await insertMatchingOverride(ctx.db, actor.organizationId, {
    programId,
    kind: input.kind,
    menteeId: input.kind === 'exclude' ? null : input.menteeId,
    mentorId: input.kind === 'exclude' ? null : input.mentorId,
    personId: input.kind === 'exclude' ? input.personId : null,
    createdById: actor.personId,
  });
  const [view] = await describe(ctx, actor.organizationId, [row]);
  if (!view) throw notFound('matching_override');
  return view;
}

export async function removeOverride(ctx: ServiceContext, actor: Actor, programId: string, overrideId: string): Promise<void> {
  await getManageableProgram(ctx, actor, programId);
  if (!(await deleteMatchingOverride(ctx.db, actor.organizationId, programId, overrideId))) throw notFound('matching_override');
}
