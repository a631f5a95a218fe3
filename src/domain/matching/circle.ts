/** A formed circle; `affinity` is the mean fit of its mentees (0..1). */
export type Circle = { mentors: number[]; mentees: number[]; affinity: number };
