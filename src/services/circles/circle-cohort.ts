import { listSeatedMentees } from '../../db/repositories/circle.repository.ts';
import type { Database } from '../../db/database.ts';
import type { Program } from '../../domain/program.ts';
import type { PackedCohortJob } from '../matching/cohort-job-types.ts';

/**
 * Completes a loaded cohort with what circles change for a run. Group programs: the job forms
 * circles, and mentees already seated in an active circle of the program are left where they are.
 * (The circles a mentor leads are already counted in the cohort's room left: `findMentorRoom`.)
 */
export async function withCircles(db: Database, program: Program, job: PackedCohortJob): Promise<PackedCohortJob> {
  const seated = program.type === 'group' ? await listSeatedMentees(db, program.organizationId, program.id) : new Set<string>();
  return {
    ...job,
    demand: job.demand.map((need, i) => (seated.has(job.mentees.ids[i] ?? '') ? 0 : need)),
    shape: program.type === 'group' ? 'circles' : 'pairs',
  };
}
