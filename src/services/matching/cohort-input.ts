import { z } from 'zod';
import type { MatchingProblem } from '../../domain/matching/problem.ts';
import { CohortInputError } from './cohort-input-error.ts';
import { COHORT_ID_MAX, readPairColumns } from './cohort-pairs.ts';

export { CohortInputError };

const IdSchema = z.string().min(1).max(COHORT_ID_MAX);
/**
 * The people of an explicit-score cohort (thousands of entries: zod is quick enough). The pairs,
 * hundreds of thousands, are read by readPairColumns without an object per pair.
 */
const CohortPeopleSchema = z.object({
  mentees: z.array(z.object({ id: IdSchema, demand: z.number().int().min(0).max(100).default(1) })),
  mentors: z.array(z.object({ id: IdSchema, capacity: z.number().int().min(0).max(100_000) })),
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

/**
 * Checks a parsed explicit-score cohort: people by their schema, then every pair in one pass
 * into the solver's typed columns. The first bad pair is named by its position.
 *
 * @example parseExplicitCohort({ mentees: [{ id: 'e1' }], mentors: [{ id: 'm1', capacity: 1 }], pairs: [] })
 */
export function parseExplicitCohort(json: unknown): Cohort {
  const parsed = CohortPeopleSchema.safeParse(json);
  if (!parsed.success) throw new CohortInputError(describeIssues(parsed.error.issues));
  const { mentees, mentors } = parsed.data;
  const menteeIds = mentees.map((m) => m.id);
  const mentorIds = mentors.map((m) => m.id);
  const menteeIndex = indexIds(menteeIds, 'mentees');
  const mentorIndex = indexIds(mentorIds, 'mentors');
  const { menteeRank, mentorRank, ...pairs } = readPairColumns((json as { pairs?: unknown }).pairs, menteeIndex, mentorIndex);
  const problem: MatchingProblem = {
    menteeIds,
    mentorIds,
    demand: Int32Array.from(mentees, (m) => m.demand),
    capacity: Int32Array.from(mentors, (m) => m.capacity),
    ...pairs,
  };
  return {
    problem,
    totalDemand: mentees.reduce((sum, m) => sum + m.demand, 0),
    ...(menteeRank && mentorRank ? { menteeRank, mentorRank } : {}),
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
