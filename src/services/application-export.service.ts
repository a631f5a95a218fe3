import { listApplicationsOfProgram } from '../db/repositories/application.repository.ts';
import { findProfiles } from '../db/repositories/profile.repository.ts';
import { findPeopleByIds } from '../db/repositories/person.repository.ts';
import type { CsvTable } from '../domain/csv-table.ts';
import type { Actor } from '../domain/person.ts';
import { sharedIdentityAttributes } from '../domain/profile.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram } from './program.service.ts';
import { recordAudit } from './audit/audit-log.service.ts';

/**
 * A program's applications with the applicants' profiles, as rows for a CSV file. Only what a
 * coordinator may see: shared identity attributes, never private or matching-only ones, never
 * interview notes. The export is audited, in the same transaction as the reads. Counts and
 * levels are numbers, the rest is text (which the CSV writer neutralises).
 */
export async function exportProgramApplications(ctx: ServiceContext, actor: Actor, programId: string): Promise<CsvTable> {
  const program = await getManageableProgram(ctx, actor, programId);
  // The reads and the export's audit entry in one transaction: no audit entry, no export.
  const { applications, profiles, people } = await ctx.db.transaction(async (trx) => {
    const read = await listApplicationsOfProgram(trx, actor.organizationId, programId);
    const personIds = [...new Set(read.map((a) => a.personId))];
    const found = {
      applications: read,
      profiles: await findProfiles(trx, actor.organizationId, personIds),
      people: new Map((await findPeopleByIds(trx, actor.organizationId, personIds)).map((p) => [p.id, p])),
    };
    await recordAudit(trx, actor, 'applications_exported', { type: 'program', id: program.id }, { rows: read.length });
    return found;
  });
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
  const rows = applications.map((application) => {
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
  const slug = program.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { filename: `${slug || 'program'}-applications.csv`, rows: [header, ...rows] };
}
