import type { CircleRunSummary } from '../../../shared/schemas/circles.ts';
import type { CustomQuestion } from '../../../shared/schemas/intake-forms.ts';
import type { MatchingProfile, MatchingRules } from '../../../shared/schemas/matching-rules.ts';
import type { MatchingPolicy } from '../../domain/matching/problem.ts';
import type { RunTotals } from './run-summary.ts';

/** Everything a matching run needs, as plain data (it crosses into a worker thread). */
export type CohortJob = {
  mentees: MatchingProfile[];
  mentors: MatchingProfile[];
  /** Mentor slots each mentee still needs, and mentee slots each mentor still has. */
  demand: number[];
  capacity: number[];
  rules: MatchingRules;
  referenceDate: string;
  customQuestions: CustomQuestion[];
  locks: Array<{ menteeId: string; mentorId: string }>;
  forbids: Array<{ menteeId: string; mentorId: string }>;
  policy: MatchingPolicy;
  mode: 'optimal' | 'stable';
  minimumScore: number | null;
  /** `circles` (group programs): form circles by the rules' circle settings instead of pairs. */
  shape?: 'pairs' | 'circles';
};

/** A circle a group run proposes, by person ids. */
export type ProposedCircle = { name: string; affinity: number; mentorIds: string[]; menteeIds: string[] };

export type ProposedPair = {
  menteeId: string;
  mentorId: string;
  score: number;
  reasons: string[];
  contributions: Array<{ criterion: string; weight: number; value: number; points: number }>;
  warnings: string[];
  locked: boolean;
};

export type CohortJobResult = {
  proposals: ProposedPair[];
  unmatched: Array<{ menteeId: string; missing: number; reason: string }>;
  /** Pair runs also carry the review's totals (histogram, warnings by kind, locked count). */
  summary: Partial<RunTotals> & {
    menteeSlots: number;
    matchedSlots: number;
    matchedPercent: number;
    meanScore: number | null;
    lowestScore: number | null;
    approachMismatches: number;
    optimal: boolean;
    seconds: number;
    blockingPairs: number | null;
    scoreGivenUp: number | null;
    circles?: CircleRunSummary;
  };
  /** Group runs only. */
  circles?: ProposedCircle[];
};

export type JobProgress = (stage: string, done: number, total: number) => void;

/** One side of a cohort as a run's main thread holds it: the ids, and the profiles as JSON text, a slice per read. */
export type PackedSide = { ids: string[]; slices: string[] };

/**
 * A cohort job with its people as JSON text: what a run's main thread holds and sends to the
 * worker (25,000 profiles kept as objects made every young-generation collection copy them: 130-190 ms pauses).
 */
export type PackedCohortJob = Omit<CohortJob, 'mentees' | 'mentors'> & { mentees: PackedSide; mentors: PackedSide };

/** A solved job as the main thread keeps it for storing: the proposals as the insert's JSON text, in batches. */
export type PackedJobResult = Omit<CohortJobResult, 'proposals'> & { proposalBatches: string[]; proposalCount: number };
