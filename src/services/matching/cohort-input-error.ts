/** A cohort file that cannot be matched: the message names the entry at fault. */
export class CohortInputError extends Error {}
