import type { CircleQuery } from '../../../shared/schemas/circles.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { listProgramCirclePage } from '../../db/repositories/circle.repository.ts';
import { findLatestMatchingRun } from '../../db/repositories/matching-run.repository.ts';
import { forbidden } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getProgram } from '../program.service.ts';
import { toCircleView, type CircleView } from './circle.view.ts';

/**
 * A page of a program's circles, by name, as the actor may see them. Coordinators: every active and closed circle
 * and the latest run's proposed circles, with members and affinity. Participants (mentors and
 * mentees): only the active circles they belong to, with their members' names and no scores.
 * Anyone else who can see the program: forbidden; who cannot: not found.
 *
 * @example const { items } = await listProgramCircles(ctx, actor, programId, { limit: 50 });
 */
export async function listProgramCircles(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: CircleQuery,
): Promise<Page<CircleView>> {
  const program = await getProgram(ctx, actor, programId);
  if (program.canManage) {
    const latest = await findLatestMatchingRun(ctx.db, actor.organizationId, programId);
    const page = await listProgramCirclePage(ctx.db, actor.organizationId, program.id, query, { visibleRunId: latest?.id ?? null });
    return { items: page.items.map((c) => toCircleView(c, { withAffinity: true })), nextCursor: page.nextCursor };
  }
  if (!program.myRoles.includes('mentor') && !program.myRoles.includes('mentee')) {
    throw forbidden('not_a_participant', 'Circles are seen by the program’s participants and coordinators');
  }
  const page = await listProgramCirclePage(ctx.db, actor.organizationId, program.id, query, { memberId: actor.personId });
  return { items: page.items.map((c) => toCircleView(c, { withAffinity: false })), nextCursor: page.nextCursor };
}
