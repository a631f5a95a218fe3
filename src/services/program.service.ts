import type { ProgramRole } from '../../shared/enums.ts';
import type { Page } from '../../shared/schemas/paging.ts';
import type { CreateProgram, ProgramQuery, UpdateProgram } from '../../shared/schemas/programs.ts';
import { upsertEnrolment } from '../db/repositories/enrolment.repository.ts';
import { findRolesByProgram, pageProgramsWithRoles } from '../db/repositories/program-page.repository.ts';
import { findProgramWithRoles, type ProgramWithRoles } from '../db/repositories/program-view.repository.ts';
import { insertProgram, updateProgram } from '../db/repositories/program.repository.ts';
import { forbidden, invalidInput, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import { canCreatePrograms, canManageProgram, canViewProgram } from '../domain/policies.ts';
import {
  completeDesignChecklist,
  findProgramDateIssues,
  isOpenForApplications,
  type EnrolmentCounts,
  type Program,
} from '../domain/program.ts';
import type { ServiceContext } from './context.ts';

/** A program as one person sees it: with counts, their own roles and what they may do. */
export type ProgramView = Program & {
  enrolmentCounts: EnrolmentCounts;
  myRoles: ProgramRole[];
  canManage: boolean;
};

/** A program as the actor sees it: its counts, the actor's roles and rights in it. */
function viewProgram(actor: Actor, { program, myRoles, counts }: ProgramWithRoles): ProgramView {
  return { ...program, enrolmentCounts: counts, myRoles, canManage: canManageProgram(actor, myRoles) };
}

/**
 * One page of the programs the actor can see (every program for those who may create them,
 * else those they take part in), by name, each with its enrolment counts and the actor's roles.
 * `only` narrows to the programs where the actor holds one of those roles (the home page's lists).
 *
 * @example const { items, nextCursor } = await listVisiblePrograms(ctx, actor, { limit: 50, q: 'leaders' });
 */
export async function listVisiblePrograms(
  ctx: ServiceContext,
  actor: Actor,
  query: ProgramQuery,
  only?: (roles: ProgramRole[]) => boolean,
): Promise<Page<ProgramView>> {
  const roles = await findRolesByProgram(ctx.db, actor.organizationId, actor.personId);
  const mine = (keep: (held: ProgramRole[]) => boolean) => [...roles].flatMap(([programId, held]) => (keep(held) ? [programId] : []));
  const onlyIds = only ? mine(only) : canCreatePrograms(actor) ? undefined : mine(() => true);
  const page = await pageProgramsWithRoles(ctx.db, actor.organizationId, query, roles, onlyIds);
  return { items: page.items.map((entry) => viewProgram(actor, entry)), nextCursor: page.nextCursor };
}

/** At most this many programs open for applications are listed (an organization runs far fewer). */
const openProgramsMax = 500;

/**
 * Active programs with an intake form: where any member of the organization can apply. The
 * actor's roles come from one read by the person's index, as for GET /programs.
 */
export async function listOpenPrograms(ctx: ServiceContext, actor: Actor): Promise<ProgramView[]> {
  const roles = await findRolesByProgram(ctx.db, actor.organizationId, actor.personId);
  const page = await pageProgramsWithRoles(ctx.db, actor.organizationId, { limit: openProgramsMax, status: 'active' }, roles, undefined);
  return page.items.filter((entry) => isOpenForApplications(entry.program)).map((entry) => viewProgram(actor, entry));
}

/**
 * One program, if the actor may see it; otherwise not found (never "forbidden", which would
 * reveal that it exists).
 */
export async function getProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramView> {
  return viewProgram(actor, await loadVisibleProgram(ctx, actor, programId));
}

/**
 * The program and what the actor may do in it, for use cases that only check access: 404 when
 * the actor may not see it.
 *
 * @example const { program, canManage } = await getProgramAccess(ctx, actor, programId);
 */
export async function getProgramAccess(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
): Promise<{ program: Program; myRoles: ProgramRole[]; canManage: boolean }> {
  const { program, myRoles } = await loadVisibleProgram(ctx, actor, programId);
  return { program, myRoles, canManage: canManageProgram(actor, myRoles) };
}

async function loadVisibleProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramWithRoles> {
  const found = await findProgramWithRoles(ctx.db, actor.organizationId, programId, actor.personId);
  if (!found || !canViewProgram(actor, found.myRoles, isOpenForApplications(found.program))) throw notFound('program');
  return found;
}

/** Loads a program the actor must be able to manage: 404 when invisible, 403 when read-only. */
export async function getManageableProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramView> {
  const program = await getProgram(ctx, actor, programId);
  if (!program.canManage) {
    throw forbidden('not_program_coordinator', 'Only this program’s coordinators can do this');
  }
  return program;
}

/**
 * Creates a program; its creator becomes its first coordinator. One transaction.
 *
 * @example await createProgram(ctx, coordinator, { name: 'Emerging Leaders', type: 'one_to_one' })
 */
export async function createProgram(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateProgram & { status: Program['status'] },
): Promise<ProgramView> {
  if (!canCreatePrograms(actor)) {
    throw forbidden('cannot_create_programs', 'Only coordinators and admins can create programs');
  }
  const fields = {
    name: input.name,
    type: input.type,
    status: input.status,
    purpose: input.purpose ?? '',
    organizationalGoals: input.organizationalGoals ?? '',
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    designChecklist: completeDesignChecklist(input.designChecklist ?? {}),
    intendedApproach: input.intendedApproach ?? null,
    menteeLimit: input.menteeLimit ?? null,
    selectionCriteria: input.selectionCriteria ?? [],
  };
  const issues = findProgramDateIssues(fields);
  if (issues.length > 0) throw invalidInput(issues);
  const program = await ctx.db.transaction(async (trx) => {
    const created = await insertProgram(trx, actor.organizationId, { ...fields, createdById: actor.personId });
    await upsertEnrolment(trx, actor.organizationId, {
      programId: created.id,
      personId: actor.personId,
      role: 'coordinator',
      enrolledById: actor.personId,
    });
    return created;
  });
  return getProgram(ctx, actor, program.id);
}

/** Edits a program; checklist items not sent keep their answers. */
export async function editProgram(ctx: ServiceContext, actor: Actor, programId: string, changes: UpdateProgram): Promise<ProgramView> {
  const current = await getManageableProgram(ctx, actor, programId);
  const { designChecklist, ...rest } = changes;
  const issues = findProgramDateIssues({
    startsOn: changes.startsOn === undefined ? current.startsOn : changes.startsOn,
    endsOn: changes.endsOn === undefined ? current.endsOn : changes.endsOn,
  });
  if (issues.length > 0) throw invalidInput(issues);
  await updateProgram(ctx.db, actor.organizationId, programId, {
    ...rest,
    ...(designChecklist ? { designChecklist: completeDesignChecklist({ ...current.designChecklist, ...designChecklist }) } : {}),
  });
  return getProgram(ctx, actor, programId);
}
