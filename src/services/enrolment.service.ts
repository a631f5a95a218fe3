import type { ProgramRole } from '../../shared/enums.ts';
import {
  findEnrolmentById,
  listEnrolmentsOfProgram,
  setEnrolmentStatus,
  upsertEnrolment,
} from '../db/repositories/enrolment.repository.ts';
import { findPersonById } from '../db/repositories/person.repository.ts';
import { findProfiles } from '../db/repositories/profile.repository.ts';
import { lockProgramById } from '../db/repositories/program.repository.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { directoryEntryOf, type DirectoryEnrolment, type EnrolmentWithPerson } from '../domain/enrolment.ts';
import type { Actor } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram, getProgram } from './program.service.ts';
import { recordAudit } from './audit/audit-log.service.ts';

/**
 * Who takes part in a program, and what each mentor offers. Coordinators and org admins see
 * everyone with their contact details; participants see the program's people too (they will
 * need to find each other) as a directory: no withdrawn enrolments, no email or job title.
 *
 * @example const directory = await listEnrolments(ctx, mentee, programId); directory[0].person.email // null
 */
export async function listEnrolments(ctx: ServiceContext, actor: Actor, programId: string): Promise<DirectoryEnrolment[]> {
  const program = await getProgram(ctx, actor, programId);
  const all = await listEnrolmentsOfProgram(ctx.db, actor.organizationId, program.id);
  const enrolments = program.canManage ? all : all.filter((enrolment) => enrolment.status === 'active');
  const mentorIds = enrolments.filter((enrolment) => enrolment.role === 'mentor').map((enrolment) => enrolment.personId);
  const profiles = await findProfiles(ctx.db, actor.organizationId, [...new Set(mentorIds)]);
  return enrolments.map((enrolment) => {
    const profile = profiles.get(enrolment.personId);
    const offer = profile ? { expertise: profile.expertiseOffered, functions: profile.functionsOffered } : null;
    return directoryEntryOf(enrolment, program.canManage ? 'manager' : 'participant', offer);
  });
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
