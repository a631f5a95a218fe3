import type { CsvRow } from '../domain/csv-table.ts';
import { countProgramApplications, listProgramApplicationPage } from '../db/repositories/application-page.repository.ts';
import type { Application } from '../db/repositories/application.repository.ts';
import { findProfiles } from '../db/repositories/profile.repository.ts';
import { findPeopleByIds } from '../db/repositories/person.repository.ts';
import type { Database } from '../db/database.ts';
import type { Actor } from '../domain/person.ts';
import { sharedIdentityAttributes } from '../domain/profile.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram } from './program.service.ts';
import { recordAudit } from './audit/audit-log.service.ts';

/** Applications read and written per batch of the export. */
export const applicationExportBatch = 500;

const header = [
  'email',
  'name',
  'role',
  'status',
  'submitted_at',
  'department',
  'job_title',
  'seniority_level',
  'time_zone',
  'languages',
  'expertise_offered',
  'expertise_wanted',
  'functions_offered',
  'functions_sought',
  'approach',
  'career_orientation',
  'availability_hours_per_month',
  'mentor_capacity',
  'interests',
  'shared_attributes',
  'answers',
];

/** One batch of applications as CSV lines, with their applicants' people and profiles read for that batch only. */
async function rowsOf(db: Database, organizationId: string, applications: Application[]): Promise<CsvRow[]> {
  const personIds = [...new Set(applications.map((a) => a.personId))];
  const [profiles, found] = await Promise.all([
    findProfiles(db, organizationId, personIds),
    findPeopleByIds(db, organizationId, personIds),
  ]);
  const people = new Map(found.map((p) => [p.id, p]));
  return applications.map((application) => {
    const person = people.get(application.personId);
    const profile = profiles.get(application.personId);
    const shared = sharedIdentityAttributes(profile?.identityAttributes ?? []).map((a) => `${a.label}: ${a.value}`);
    return [
      application.applicant.email,
      application.applicant.displayName,
      application.role,
      application.status,
      application.submittedAt?.toISOString() ?? '',
      person?.department ?? '',
      person?.jobTitle ?? '',
      person?.seniorityLevel ?? null,
      person?.timeZone ?? '',
      (person?.languages ?? []).join('; '),
      (profile?.expertiseOffered ?? []).join('; '),
      (profile?.expertiseWanted ?? []).join('; '),
      (profile?.functionsOffered ?? []).join('; '),
      (profile?.functionsSought ?? []).join('; '),
      profile?.approach ?? '',
      profile?.careerOrientation ?? '',
      profile?.availabilityHoursPerMonth ?? null,
      profile?.mentorCapacity ?? null,
      (profile?.interests ?? []).join('; '),
      shared.join('; '),
      JSON.stringify(application.answers),
    ];
  });
}

/** Every application of a program, by name, a batch at a time: the header first. */
async function* exportBatches(ctx: ServiceContext, actor: Actor, programId: string, batch: number): AsyncGenerator<CsvRow[]> {
  yield [header];
  let cursor: string | undefined;
  do {
    const page = await listProgramApplicationPage(ctx.db, actor.organizationId, programId, {
      limit: batch,
      cursor,
      sort: 'name',
    });
    yield await rowsOf(ctx.db, actor.organizationId, page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/**
 * A program's applications with the applicants' profiles, as CSV lines a batch at a time (to
 * stream). Only what a coordinator may see: shared identity attributes, never private or
 * matching-only ones, never interview notes. The export is audited, with the row count, before
 * the first line is read: no audit entry, no export. Counts and levels are numbers, the rest is
 * text (which the CSV writer neutralises).
 *
 * @example const { filename, batches } = await exportProgramApplications(ctx, coordinator, programId); return streamCsv(c, filename, batches);
 */
export async function exportProgramApplications(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  batch = applicationExportBatch,
): Promise<{ filename: string; batches: AsyncIterable<CsvRow[]> }> {
  const program = await getManageableProgram(ctx, actor, programId);
  const rows = await countProgramApplications(ctx.db, actor.organizationId, program.id);
  await recordAudit(ctx.db, actor, 'applications_exported', { type: 'program', id: program.id }, { rows });
  const slug = program.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { filename: `${slug || 'program'}-applications.csv`, batches: exportBatches(ctx, actor, program.id, batch) };
}
