/**
 * Scores computed on demand instead of stored: at 20k x 5k the full matrix would be 1e8 numbers.
 * `scoreRow(i, out)` writes mentee i's score with every mentor into `out`; a negative score
 * means the pair breaks a required rule and may never be proposed.
 */
export type ScoreSource = {
  menteeIds: readonly string[];
  mentorIds: readonly string[];
  demand: Int32Array;
  capacity: Int32Array;
  scoreRow: (mentee: number, out: Float64Array) => void;
  /**
   * Optional: rows from..to-1 at once, row r's scores at out[(r - from) * mentorCount …], the same
   * numbers as scoreRow. Lets a source walk the mentors in tiles shared by several rows, so each
   * mentor's data is read from memory once per block instead of once per row (scoring is bound by
   * memory when two threads score at once).
   */
  scoreRows?: (from: number, to: number, out: Float64Array) => void;
  /** Optional: mentor j's score with every mentee, into `out` (lets pricing score by column). */
  scoreColumn?: (mentor: number, out: Float64Array) => void;
  /** Optional: whether a pair is ruled out after scoring (a coordinator's lock or forbid, a person removed). */
  isBlocked?: (mentee: number, mentor: number) => boolean;
  /** Optional: mentee i's scores with mentors[0 … count-1], into out[0 … count-1] (lets pricing score single pairs). */
  scorePairs?: (mentee: number, mentors: Int32Array, count: number, out: Float64Array) => void;
  /** The distinct-needs rule (see MatchingProblem): each mentee's number of needs, and which a mentor covers. */
  needCount?: Int32Array;
  needsOf?: (mentee: number, mentor: number) => number;
};
