import { limits } from '../../shared/limits.ts';
import type { BulkEnrolmentReport } from '../../shared/schemas/enrolments.ts';
import { analyzeEnrolments, findEnrollablePeople, insertEnrolmentsInBulk } from '../db/repositories/enrolment-bulk.repository.ts';
import { findPersonByEmail, findPersonById } from '../db/repositories/person.repository.ts';
import { findProgramById, lockProgramById } from '../db/repositories/program.repository.ts';
import { type BulkEntry, planBulkEnrolment } from '../domain/bulk-enrolment.ts';
import { type FieldIssue, invalidInput, notFound } from '../domain/errors.ts';
import { type Actor, actorOf } from '../domain/person.ts';
import { emptyEnrolmentCounts } from '../domain/program.ts';
import { recordAudit } from './audit/audit-log.service.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram } from './program.service.ts';
import type { CsvSource } from './import/csv-people-reader.ts';
import { readEnrolmentCsv } from './import/enrolment-csv.ts';
import { fillFromWaitlist } from './waitlist.service.ts';

/** The first bad rows, and a line saying how many there were when that is not all of them. */
export function firstIssues(issues: readonly FieldIssue[], what: string): FieldIssue[] {
  const shown = issues.slice(0, limits.bulkEnrolmentIssuesShown);
  if (issues.length <= shown.length) return shown;
  return [...shown, { field: what, message: `${issues.length} rows have problems; the first ${shown.length} are listed` }];
}

/**
 * Enrols many people into a program in one transaction, as one enrolment each would: the same
 * managers may, each person must belong to the organization (and not be erased), a withdrawn
 * enrolment in the role becomes active again, an active one is reported as already enrolled,
 * and mentors joining offer their places to waitlisted mentees. Any bad row refuses the whole
 * call (422 naming the first 100) and nothing is written. One audit entry; fresh statistics after.
 *
 * @example await enrolInBulk(ctx, coordinator, programId, [{ at: 'people.0', email: 'ana@x.org', role: 'mentee' }])
 */
export async function enrolInBulk(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  entries: readonly BulkEntry[],
): Promise<BulkEnrolmentReport> {
  await getManageableProgram(ctx, actor, programId);
  const ids = entries.flatMap((entry) => (entry.personId === undefined ? [] : [entry.personId]));
  const emails = entries.flatMap((entry) => (entry.personId === undefined && entry.email !== undefined ? [entry.email] : []));
  const report = await ctx.db.transaction(async (trx) => {
    const program = await lockProgramById(trx, actor.organizationId, programId);
    if (!program) throw notFound('program');
    const plan = planBulkEnrolment(entries, await findEnrollablePeople(trx, actor.organizationId, ids, emails));
    if (plan.issues.length > 0) throw invalidInput(firstIssues(plan.issues, 'people'));
    const written = await insertEnrolmentsInBulk(trx, actor.organizationId, programId, actor.personId, plan.enrol);
    const writtenKeys = new Set(written.map((row) => `${row.personId} ${row.role}`));
    const already = plan.enrol.filter((pair) => !writtenKeys.has(`${pair.personId} ${pair.role}`));
    const byRole = emptyEnrolmentCounts();
    for (const row of written) byRole[row.role] += 1;
    const enrolled = written.filter((row) => row.inserted).length;
    const counts = { enrolled, reactivated: written.length - enrolled, alreadyEnrolled: already.length };
    await recordAudit(trx, actor, 'program_role_granted', { type: 'program', id: programId }, { bulk: true, ...counts, byRole });
    if (byRole.mentor > 0) await fillFromWaitlist(trx, actor.organizationId, programId, actor.personId, ctx.now());
    return {
      ...counts,
      alreadyEnrolledPeople: already.slice(0, limits.bulkEnrolmentIssuesShown).map(({ personId, role }) => ({ personId, role })),
      byRole,
    };
  });
  // After the commit: a 20,000-row write leaves the planner guessing one row until statistics catch up.
  await analyzeEnrolments(ctx.db);
  return report;
}

/**
 * Enrols the people of a CSV (`email,role`) as enrolInBulk does: rows that are malformed on
 * their own (an email, a role) are reported by line before anyone is looked up.
 *
 * @example await enrolCsvInBulk(ctx, coordinator, programId, { path: 'people.csv' })
 */
export async function enrolCsvInBulk(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  source: CsvSource,
): Promise<BulkEnrolmentReport> {
  await getManageableProgram(ctx, actor, programId);
  const { entries, issues } = await readEnrolmentCsv(source);
  if (issues.length > 0) throw invalidInput(firstIssues(issues, 'csv'));
  if (entries.length === 0) throw invalidInput([{ field: 'csv', message: 'the file names nobody to enrol' }]);
  return enrolInBulk(ctx, actor, programId, entries);
}

/**
 * The command line's bulk enrolment (`constellation enrol`): the operator names the organization
 * and program, and who the enrolments are recorded as made by (by email; the program's creator
 * when not named), who must be able to manage the program.
 *
 * @example await enrolCsvAsOperator(ctx, organizationId, programId, { path: 'people.csv' }, 'coordinator@x.org')
 */
export async function enrolCsvAsOperator(
  ctx: ServiceContext,
  organizationId: string,
  programId: string,
  source: CsvSource,
  asEmail?: string,
): Promise<BulkEnrolmentReport> {
  const program = await findProgramById(ctx.db, organizationId, programId);
  if (!program) throw notFound('program');
  const person =
    asEmail === undefined
      ? await findPersonById(ctx.db, organizationId, program.createdById)
      : await findPersonByEmail(ctx.db, organizationId, asEmail.trim().toLowerCase());
  if (!person) throw notFound('person');
  return enrolCsvInBulk(ctx, actorOf(person), programId, source);
}
