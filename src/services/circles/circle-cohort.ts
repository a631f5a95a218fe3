import { countActiveCircleSeats, listSeatedMentees } from '../../db/repositories/circle.repository.ts';
import type { Database } from '../../db/database.ts';
import type { Program } from '../../domain/program.ts';
import type { CohortJob } from '../matching/cohort-job.ts';

/**
 * Completes a loaded cohort with what circles change. Every program: a mentor's room left also
 * counts the active circles they lead (one place per circle), so no path overfills a mentor.
 * Group programs: the job forms circles, and mentees already seated in an active circle of the
 * program are left where they are.
 */
export async function withCircles(db: Database, program: Program, job: CohortJob): Promise<CohortJob> {
  const [seats, seated] = await Promise.all([
    countActiveCircleSeats(db, program.organizationId, job.mentors.map((m) => m.id)),
    program.type === 'group' ? listSeatedMentees(db, program.organizationId, program.id) : Promise.resolve(new Set<string>()),
  ]);
  return {
    ...job,
    capacity: job.capacity.map((room, j) => Math.max(0, room - (seats.get(job.mentors[j]?.id ?? '') ?? 0))),
    demand: job.demand.map((need, i) => (seated.has(job.mentees[i]?.id ?? '') ? 0 : need)),
    shape: program.type === 'group' ? 'circles' : 'pairs',
  };
}
