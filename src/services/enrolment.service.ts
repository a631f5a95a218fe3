import type { ProgramRole } from '../../shared/enums.ts';
import type { EnrolmentQuery, EnrolmentStatusCounts } from '../../shared/schemas/enrolments.ts';
import type { Page } from '../../shared/schemas/paging.ts';
import { findEnrolmentById, setEnrolmentStatus, upsertEnrolment } from '../db/repositories/enrolment.repository.ts';
import { countEnrolmentsOfProgram, pageEnrolmentsOfProgram } from '../db/repositories/enrolment-roster.repository.ts';
import { findPersonById } from '../db/repositories/person.repository.ts';
import { findProfiles } from '../db/repositories/profile.repository.ts';
import { lockProgramById } from '../db/repositories/program.repository.ts';
import { conflict, forbidden, notFound } from '../domain/errors.ts';
import { directoryEntryOf, type DirectoryEnrolment, type EnrolmentWithPerson } from '../domain/enrolment.ts';
import type { Actor } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram, getProgram } from './program.service.ts';
import { recordAudit } from './audit/audit-log.service.ts';

/**
 * One page of who takes part in a program, by name, and what each mentor on it offers.
 * Coordinators and org admins see contact details and may ask for withdrawn enrolments too;
 * participants see the program's people (they will need to find each other) as a directory:
 * active enrolments only, no email or job title.
 *
 * @example const page = await listEnrolments(ctx, mentee, programId, { limit: 50, status: 'active', sort: 'name' }); page.items[0].person.email // null
 */
export async function listEnrolments(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: EnrolmentQuery,
): Promise<Page<DirectoryEnrolment>> {
  const program = await getProgram(ctx, actor, programId);
  if (!program.canManage && query.status !== 'active') {
    throw forbidden('not_a_coordinator', 'Only the program’s coordinators and org admins see withdrawn enrolments');
  }
  const page = await pageEnrolmentsOfProgram(ctx.db, actor.organizationId, program.id, query);
  const mentorIds = page.items.filter((enrolment) => enrolment.role === 'mentor').map((enrolment) => enrolment.personId);
  const profiles = await findProfiles(ctx.db, actor.organizationId, [...new Set(mentorIds)]);
  const reader = program.canManage ? 'manager' : 'participant';
  const items = page.items.map((enrolment) => {
    const profile = profiles.get(enrolment.personId);
    const offer = profile ? { expertise: profile.expertiseOffered, functions: profile.functionsOffered } : null;
    return directoryEntryOf(enrolment, reader, offer);
  });
  return { items, nextCursor: page.nextCursor };
}

/**
 * A program's enrolments counted by status and role. Withdrawn ones are counted for those who
 * manage the program; participants, who never see them, get zeros.
 *
 * @example (await countEnrolments(ctx, coordinator, programId)).active.mentee // 20024
 */
export async function countEnrolments(ctx: ServiceContext, actor: Actor, programId: string): Promise<EnrolmentStatusCounts> {
  const program = await getProgram(ctx, actor, programId);
  return countEnrolmentsOfProgram(ctx.db, actor.organizationId, program.id, { withdrawn: program.canManage });
}

/**
 * Enrols a person of the same organization into a program in a role. A person may hold several
 * roles; holding the same role twice is a conflict.
 *
 * @example await enrolPerson(ctx, coordinator, programId, { personId, role: 'mentor' })
 */
export async function enrolPerson(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  input: { personId: string; role: ProgramRole },
): Promise<EnrolmentWithPerson> {
  await getManageableProgram(ctx, actor, programId);
  const enrolmentId = await ctx.db.transaction(async (trx) => {
    const program = await lockProgramById(trx, actor.organizationId, programId);
    if (!program) throw notFound('program');
    const person = await findPersonById(trx, actor.organizationId, input.personId);
    if (!person) throw notFound('person');
    const enrolment = await upsertEnrolment(trx, actor.organizationId, {
      programId,
      personId: person.id,
      role: input.role,
      enrolledById: actor.personId,
    });
    if (!enrolment) {
      throw conflict('already_enrolled', `${person.displayName} is already enrolled as ${input.role}`, [
        { field: 'personId', message: `already enrolled as ${input.role}` },
      ]);
    }
    await recordAudit(
      trx,
      actor,
      'program_role_granted',
      { type: 'person', id: person.id },
      { programId, role: input.role, enrolmentId: enrolment.id },
    );
    return enrolment.id;
  });
  const created = await findEnrolmentById(ctx.db, actor.organizationId, programId, enrolmentId);
  if (!created) throw notFound('enrolment');
  return created;
}

/** Withdraws an enrolment (kept, marked withdrawn, so history stays readable). */
export async function withdrawEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  enrolmentId: string,
): Promise<EnrolmentWithPerson> {
  await getManageableProgram(ctx, actor, programId);
  const enrolment = await findEnrolmentById(ctx.db, actor.organizationId, programId, enrolmentId);
  if (!enrolment) throw notFound('enrolment');
  // The withdrawal and its audit entry commit together or not at all.
  await ctx.db.transaction(async (trx) => {
    await setEnrolmentStatus(trx, actor.organizationId, enrolment.id, 'withdrawn');
    await recordAudit(
      trx,
      actor,
      'program_role_withdrawn',
      { type: 'person', id: enrolment.personId },
      { programId, role: enrolment.role, enrolmentId: enrolment.id },
    );
  });
  return { ...enrolment, status: 'withdrawn' };
}
