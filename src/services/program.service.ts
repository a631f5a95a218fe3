import type { ProgramRole } from '../../shared/enums.ts';
import type { CreateProgram, UpdateProgram } from '../../shared/schemas/programs.ts';
import { countActiveEnrolments, findActiveRolesOfPerson, upsertEnrolment } from '../db/repositories/enrolment.repository.ts';
import { findProgramById, insertProgram, listPrograms, updateProgram } from '../db/repositories/program.repository.ts';
import { forbidden, invalidInput, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import { canCreatePrograms, canManageProgram, canViewProgram } from '../domain/policies.ts';
import {
  completeDesignChecklist,
  emptyEnrolmentCounts,
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

/** Completes programs with their enrolment counts and the actor's roles and rights in each. */
async function viewPrograms(
  ctx: ServiceContext,
  actor: Actor,
  programs: Program[],
  roles: Map<string, ProgramRole[]>,
): Promise<ProgramView[]> {
  const counts = await countActiveEnrolments(ctx.db, actor.organizationId, programs.map((p) => p.id));
  return programs.map((program) => {
    const myRoles = roles.get(program.id) ?? [];
    return {
      ...program,
      enrolmentCounts: counts.get(program.id) ?? emptyEnrolmentCounts(),
      myRoles,
      canManage: canManageProgram(actor, myRoles),
    };
  });
}

/** Programs the actor can see, each with its enrolment counts. */
export async function listVisiblePrograms(ctx: ServiceContext, actor: Actor): Promise<ProgramView[]> {
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  const programs = canCreatePrograms(actor)
    ? await listPrograms(ctx.db, actor.organizationId)
    : await listPrograms(ctx.db, actor.organizationId, [...roles.keys()]);
  return viewPrograms(ctx, actor, programs, roles);
}

/** Active programs with an intake form: where any member of the organization can apply. */
export async function listOpenPrograms(ctx: ServiceContext, actor: Actor): Promise<ProgramView[]> {
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  const programs = (await listPrograms(ctx.db, actor.organizationId)).filter(isOpenForApplications);
  return viewPrograms(ctx, actor, programs, roles);
}

/**
 * One program, if the actor may see it; otherwise not found (never "forbidden", which would
 * reveal that it exists).
 */
export async function getProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramView> {
  const { program, roles } = await loadVisibleProgram(ctx, actor, programId);
  const [view] = await viewPrograms(ctx, actor, [program], roles);
  if (!view) throw notFound('program');
  return view;
}

/**
 * The program and what the actor may do in it, without its enrolment counts (one query fewer,
 * for use cases that only check access): 404 when the actor may not see it.
 *
 * @example const { program, canManage } = await getProgramAccess(ctx, actor, programId);
 */
export async function getProgramAccess(ctx: ServiceContext, actor: Actor, programId: string): Promise<{ program: Program; myRoles: ProgramRole[]; canManage: boolean }> {
  const { program, roles } = await loadVisibleProgram(ctx, actor, programId);
  const myRoles = roles.get(program.id) ?? [];
  return { program, myRoles, canManage: canManageProgram(actor, myRoles) };
}

async function loadVisibleProgram(ctx: ServiceContext, actor: Actor, programId: string): Promise<{ program: Program; roles: Map<string, ProgramRole[]> }> {
  const program = await findProgramById(ctx.db, actor.organizationId, programId);
  if (!program) throw notFound('program');
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  if (!canViewProgram(actor, roles.get(program.id) ?? [], isOpenForApplications(program))) throw notFound('program');
  return { program, roles };
}

/** Loads a program the actor must be able to manage: 404 when invisible, 403 when read-only. */
export async function getManageableProgram(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
): Promise<ProgramView> {
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
export async function editProgram(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  changes: UpdateProgram,
): Promise<ProgramView> {
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
