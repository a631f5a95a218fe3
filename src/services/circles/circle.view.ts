import type { CircleView } from '../../../shared/schemas/circles.ts';
import type { CircleWithMembers } from '../../db/repositories/circle.repository.ts';

export type { CircleView };

/**
 * A circle as its viewer may see it: members split into mentors and mentees; the affinity only
 * for coordinators (participants never see matching scores).
 *
 * @example toCircleView(circle, { withAffinity: program.canManage })
 */
export function toCircleView(circle: CircleWithMembers, options: { withAffinity: boolean }): CircleView {
  return {
    id: circle.id,
    programId: circle.programId,
    name: circle.name,
    status: circle.status,
    matchingRunId: circle.matchingRunId,
    affinity: options.withAffinity ? circle.affinity : null,
    mentors: circle.members.filter((m) => m.role === 'mentor'),
    mentees: circle.members.filter((m) => m.role === 'mentee'),
  };
}
