import type { z } from 'zod';
import type { MatchingOverrideSchema, MatchingRunSchema } from '../../../shared/schemas/matching.ts';
import type { MatchingOverrideView } from '../../services/matching/matching-override.service.ts';
import type { MatchingRunView } from '../../services/matching/matching-run-view.service.ts';

type Summary = NonNullable<z.infer<typeof MatchingRunSchema>['summary']>;
type UnmatchedReason = z.infer<typeof MatchingRunSchema>['unmatched'][number]['reason'];

export function presentMatchingRun(run: MatchingRunView): z.infer<typeof MatchingRunSchema> {
  return {
    id: run.id,
    programId: run.programId,
    status: run.status,
    policy: run.policy,
    mode: run.mode,
    progress: run.progress,
    error: run.error,
    summary: (run.summary as Summary | null) ?? null,
    proposals: run.proposals.map((p) => ({
      menteeId: p.menteeId,
      menteeName: p.menteeName,
      mentorId: p.mentorId,
      mentorName: p.mentorName,
      score: p.score,
      reasons: p.reasons,
      contributions: p.contributions,
      warnings: p.warnings,
      locked: p.locked,
    })),
    unmatched: run.unmatchedNamed.map((u) => ({ ...u, reason: u.reason as UnmatchedReason })),
    circles: run.circles,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

export function presentOverride(override: MatchingOverrideView): z.infer<typeof MatchingOverrideSchema> {
  return {
    id: override.id,
    kind: override.kind,
    menteeId: override.menteeId,
    mentorId: override.mentorId,
    personId: override.personId,
    description: override.description,
  };
}
