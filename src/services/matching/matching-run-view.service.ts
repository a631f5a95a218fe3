import {
  findLatestMatchingRun,
  findMatchingRun,
  listProposals,
  type MatchingProposalRow,
  type MatchingRunRow,
} from '../../db/repositories/matching-run.repository.ts';
import { listCircles } from '../../db/repositories/circle.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { toCircleView, type CircleView } from '../circles/circle.view.ts';
import { getManageableProgram } from '../program.service.ts';

/** A run with its proposals and everyone's names, for coordinators. */
export type MatchingRunView = MatchingRunRow & {
  proposals: Array<MatchingProposalRow & { menteeName: string; mentorName: string }>;
  unmatchedNamed: Array<{ menteeId: string; menteeName: string; missing: number; reason: string }>;
  /** Group runs: the circles formed (proposed until published). */
  circles: CircleView[];
};

async function viewRun(ctx: ServiceContext, organizationId: string, run: MatchingRunRow): Promise<MatchingRunView> {
  const [proposals, circles] = await Promise.all([
    listProposals(ctx.db, organizationId, run.id),
    listCircles(ctx.db, organizationId, { runId: run.id }),
  ]);
  const ids = new Set([...proposals.flatMap((p) => [p.menteeId, p.mentorId]), ...run.unmatched.map((u) => u.menteeId)]);
  const names = new Map((await findPeopleByIds(ctx.db, organizationId, [...ids])).map((p) => [p.id, p.displayName]));
  return {
    ...run,
    proposals: proposals.map((p) => ({ ...p, menteeName: names.get(p.menteeId) ?? '', mentorName: names.get(p.mentorId) ?? '' })),
    unmatchedNamed: run.unmatched.map((u) => ({ ...u, menteeName: names.get(u.menteeId) ?? '' })),
    circles: circles.map((c) => toCircleView(c, { withAffinity: true })),
  };
}

/** A run and its proposal: the program's coordinators only (participants never see scores). */
export async function getMatchingRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<MatchingRunView> {
  const run = await findMatchingRun(ctx.db, actor.organizationId, runId);
  if (!run) throw notFound('matching_run');
  await getManageableProgram(ctx, actor, run.programId);
  return viewRun(ctx, actor.organizationId, run);
}

/** The program's latest run, or null before the first one. */
export async function getLatestMatchingRun(ctx: ServiceContext, actor: Actor, programId: string): Promise<MatchingRunView | null> {
  await getManageableProgram(ctx, actor, programId);
  const run = await findLatestMatchingRun(ctx.db, actor.organizationId, programId);
  return run ? viewRun(ctx, actor.organizationId, run) : null;
}
