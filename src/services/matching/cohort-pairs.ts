import { CohortInputError } from './cohort-input-error.ts';

/** The longest mentee or mentor id a cohort file may use. */
export const COHORT_ID_MAX = 200;

/** A cohort file's candidate pairs as typed columns: indices into the mentee and mentor lists. */
export type PairColumns = {
  pairMentee: Int32Array;
  pairMentor: Int32Array;
  pairScore: Float64Array;
  /** Present when some pair gives a rank; a pair without one ranks by its score. */
  menteeRank?: Float64Array;
  mentorRank?: Float64Array;
};

/** What JSON calls the value, in zod's words, for messages like `expected number, received string`. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function idAt(pair: Record<string, unknown>, i: number, field: 'mentee' | 'mentor', index: ReadonlyMap<string, number>): number {
  const id = pair[field];
  if (typeof id !== 'string') throw new CohortInputError(`pairs[${i}].${field}: Invalid input: expected string, received ${jsonType(id)}`);
  const found = index.get(id);
  if (found !== undefined) return found;
  if (id.length === 0) throw new CohortInputError(`pairs[${i}].${field}: Too small: expected string to have >=1 characters`);
  if (id.length > COHORT_ID_MAX) {
    throw new CohortInputError(`pairs[${i}].${field}: Too big: expected string to have <=${COHORT_ID_MAX} characters`);
  }
  throw new CohortInputError(`pairs[${i}]: unknown ${field} "${id}"`);
}

function numberAt(pair: Record<string, unknown>, i: number, field: string): number {
  const value = pair[field];
  if (typeof value !== 'number') {
    throw new CohortInputError(`pairs[${i}].${field}: Invalid input: expected number, received ${jsonType(value)}`);
  }
  // JSON.parse never yields NaN or Infinity; the check keeps the rule if the input comes from elsewhere.
  if (!Number.isFinite(value)) throw new CohortInputError(`pairs[${i}].${field}: must be a finite number`);
  return value;
}

/**
 * Whether the pair (mentee, mentor) was seen before, recording it: a bit per possible pair when
 * that fits in 16 MB (10,000 x 2,000 is 2.5 MB), else a set of numeric keys.
 */
function pairRegister(mentees: number, mentors: number): (mentee: number, mentor: number) => boolean {
  const possible = mentees * mentors;
  if (possible <= 2 ** 27) {
    const bits = new Uint8Array(Math.ceil(possible / 8));
    return (mentee, mentor) => {
      const key = mentee * mentors + mentor;
      const mask = 1 << (key & 7);
      const seen = ((bits[key >>> 3] as number) & mask) !== 0;
      bits[key >>> 3] = (bits[key >>> 3] as number) | mask;
      return seen;
    };
  }
  const keys = new Set<number>();
  return (mentee, mentor) => {
    const key = mentee * mentors + mentor;
    const seen = keys.has(key);
    keys.add(key);
    return seen;
  };
}

/**
 * Reads the `pairs` list of an explicit-score cohort in one pass, straight into typed columns
 * (no object per pair), and stops at the first bad entry, naming it by position:
 * `pairs[12345].score: must be a finite number`, `pairs[7]: unknown mentor "m9"`,
 * `pairs[8]: duplicate pair e1 / m1`.
 *
 * @example readPairColumns([{ mentee: 'e1', mentor: 'm1', score: 0.8 }], new Map([['e1', 0]]), new Map([['m1', 0]]))
 */
export function readPairColumns(
  pairs: unknown,
  menteeIndex: ReadonlyMap<string, number>,
  mentorIndex: ReadonlyMap<string, number>,
): PairColumns {
  if (!Array.isArray(pairs)) throw new CohortInputError(`pairs: Invalid input: expected array, received ${jsonType(pairs)}`);
  const count = pairs.length;
  const columns: PairColumns = {
    pairMentee: new Int32Array(count),
    pairMentor: new Int32Array(count),
    pairScore: new Float64Array(count),
  };
  const seenBefore = pairRegister(menteeIndex.size, mentorIndex.size);
  let menteeRank: Float64Array | undefined;
  let mentorRank: Float64Array | undefined;
  for (let i = 0; i < count; i++) {
    const pair: unknown = pairs[i];
    if (typeof pair !== 'object' || pair === null || Array.isArray(pair)) {
      throw new CohortInputError(`pairs[${i}]: Invalid input: expected object, received ${jsonType(pair)}`);
    }
    const entry = pair as Record<string, unknown>;
    const mentee = idAt(entry, i, 'mentee', menteeIndex);
    const mentor = idAt(entry, i, 'mentor', mentorIndex);
    const score = numberAt(entry, i, 'score');
    if (seenBefore(mentee, mentor)) throw new CohortInputError(`pairs[${i}]: duplicate pair ${entry.mentee} / ${entry.mentor}`);
    columns.pairMentee[i] = mentee;
    columns.pairMentor[i] = mentor;
    columns.pairScore[i] = score;
    if (entry.menteeRank !== undefined || entry.mentorRank !== undefined) {
      // The first ranked pair: earlier pairs rank by their score.
      menteeRank ??= columns.pairScore.slice();
      mentorRank ??= columns.pairScore.slice();
    }
    if (menteeRank && mentorRank) {
      menteeRank[i] = entry.menteeRank === undefined ? score : numberAt(entry, i, 'menteeRank');
      mentorRank[i] = entry.mentorRank === undefined ? score : numberAt(entry, i, 'mentorRank');
    }
  }
  return { ...columns, ...(menteeRank && mentorRank ? { menteeRank, mentorRank } : {}) };
}
