import type { z } from 'zod';
import type {
  MatchingOverrideSchema,
  MatchingProposalSchema,
  MatchingRunSchema,
  UnmatchedMenteeSchema,
} from '../../../shared/schemas/matching.ts';
import type { MatchingOverrideView } from '../../services/matching/matching-override.service.ts';
import type { MatchingRunView, ProposalPageRow, UnmatchedPageRow } from '../../services/matching/matching-run-view.service.ts';

type UnmatchedReason = z.infer<typeof UnmatchedMenteeSchema>['reason'];

/** A run: its progress and summary (the proposals and unmatched mentees have their own paged routes). */
export function presentMatchingRun(run: Omit<MatchingRunView, 'unmatchedCount'>): z.infer<typeof MatchingRunSchema> {
  return {
    id: run.id,
    programId: run.programId,
    status: run.status,
    policy: run.policy,
    mode: run.mode,
    progress: run.progress,
    error: run.error,
    summary: run.summary,
    circles: run.circles,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** A proposed pair as the review lists it. */
export function presentProposal(proposal: ProposalPageRow): z.infer<typeof MatchingProposalSchema> {
  return {
    menteeId: proposal.menteeId,
    menteeName: proposal.menteeName,
    mentorId: proposal.mentorId,
    mentorName: proposal.mentorName,
    score: proposal.score,
    reasons: proposal.reasons,
    contributions: proposal.contributions,
    warnings: proposal.warnings,
    locked: proposal.locked,
  };
}

export function presentUnmatchedMentee(mentee: UnmatchedPageRow): z.infer<typeof UnmatchedMenteeSchema> {
  return { ...mentee, reason: mentee.reason as UnmatchedReason };
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
