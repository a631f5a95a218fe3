import { z } from 'zod';
import { buildProblem, type MatchingProblem } from '../../domain/matching/problem.ts';

/** A cohort file that cannot be matched: the message names the entry at fault. */
export class CohortInputError extends Error {}

const IdSchema = z.string().min(1).max(200);
const ExplicitCohortSchema = z.object({
  mentees: z.array(z.object({ id: IdSchema, demand: z.number().int().min(0).max(100).default(1) })),
  mentors: z.array(z.object({ id: IdSchema, capacity: z.number().int().min(0).max(100_000) })),
  pairs: z.array(
    z.object({
      mentee: IdSchema,
      mentor: IdSchema,
      score: z.number().refine(Number.isFinite, 'must be a finite number'),
      menteeRank: z.number().optional(),
      mentorRank: z.number().optional(),
    }),
  ),
});

export type Cohort = {
  problem: MatchingProblem;
  totalDemand: number;
  /** Two-sided preferences for stable mode, when the file gives them. */
  menteeRank?: Float64Array;
  mentorRank?: Float64Array;
  /** Plain-word reasons per pair (profile form); empty in explicit form. */
  reasonsOf: (pair: number) => string[];
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || 'input'}: ${issue.message}`;
}

/**
 * Parses the explicit-score cohort form: only the listed pairs are allowed. Rejects unknown ids,
 * duplicate ids and pairs, negative capacities and non-finite scores, naming the entry.
 *
 * @example parseCohortFile('{"mentees":[{"id":"e1"}],"mentors":[{"id":"m1","capacity":1}],"pairs":[]}')
 */
export function parseCohortFile(text: string): Cohort {
  return parseExplicitCohort(parseJson(text));
}

/** Parses JSON text, or says where it is broken. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CohortInputError(`input is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
}

/** Names the first few problems of a schema check, each with the path of its entry. */
export function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.slice(0, 5).map(describeIssue).join('; ');
}

export function parseExplicitCohort(json: unknown): Cohort {
  const parsed = ExplicitCohortSchema.safeParse(json);
  if (!parsed.success) throw new CohortInputError(describeIssues(parsed.error.issues));
  const { mentees, mentors, pairs } = parsed.data;
  const menteeIndex = indexIds(
    mentees.map((m) => m.id),
    'mentees',
  );
  const mentorIndex = indexIds(
    mentors.map((m) => m.id),
    'mentors',
  );
  const seen = new Set<string>();
  const indexed = pairs.map((pair, i) => {
    const mentee = menteeIndex.get(pair.mentee);
    const mentor = mentorIndex.get(pair.mentor);
    if (mentee === undefined) throw new CohortInputError(`pairs[${i}]: unknown mentee "${pair.mentee}"`);
    if (mentor === undefined) throw new CohortInputError(`pairs[${i}]: unknown mentor "${pair.mentor}"`);
    const key = `${mentee}:${mentor}`;
    if (seen.has(key)) throw new CohortInputError(`pairs[${i}]: duplicate pair ${pair.mentee} / ${pair.mentor}`);
    seen.add(key);
    return { mentee, mentor, score: pair.score };
  });
  const problem = buildProblem(
    mentees.map((m) => m.id),
    mentees.map((m) => m.demand),
    mentors.map((m) => m.id),
    mentors.map((m) => m.capacity),
    indexed,
  );
  const hasRanks = pairs.some((p) => p.menteeRank !== undefined || p.mentorRank !== undefined);
  return {
    problem,
    totalDemand: mentees.reduce((sum, m) => sum + m.demand, 0),
    ...(hasRanks
      ? {
          menteeRank: Float64Array.from(pairs, (p) => p.menteeRank ?? p.score),
          mentorRank: Float64Array.from(pairs, (p) => p.mentorRank ?? p.score),
        }
      : {}),
    reasonsOf: () => [],
  };
}

function indexIds(ids: string[], list: string): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new CohortInputError(`${list}[${i}]: duplicate id "${id}"`);
    index.set(id, i);
  });
  return index;
}
