/** The five letters of a SMART goal. */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

/** How a goal is worded: one field per SMART letter (the due date is the T). */
export type GoalWording = {
  specific: string;
  measure: string;
  achievable: string;
  relevant: string;
  /** YYYY-MM-DD, or null when no date is set. */
  dueOn: string | null;
};

/** A letter the wording leaves out, the field that would hold it, and a plain-words hint. */
export type SmartWarning = { letter: SmartLetter; field: keyof GoalWording; hint: string };

/** Fewer words than this in the outcome reads as a topic ("budgeting"), not an outcome. */
const minimumSpecificWords = 3;

const hints = {
  S: 'Say what you will be able to do, or will have done, in a full sentence, not just a topic.',
  M: 'Say how you will both know it is done: a number, a result someone can see, or a piece of work.',
  A: 'Say why this is within reach: the time, help and experience you have for it.',
  R: 'Say how this goal serves your career plan, so it stays worth the effort.',
  T: 'Pick a due date, so you can plan milestones and check progress along the way.',
  T_past: 'The due date has passed: pick a new date, or mark the goal met or dropped.',
} as const;

const isBlank = (text: string) => text.trim() === '';
const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Which SMART letters a goal's wording is missing, each with a hint in plain words, in S-M-A-R-T
 * order. A warning, never a refusal: the pair may save a goal that is still taking shape. When
 * `today` (YYYY-MM-DD) is given, a due date before it also counts as a missing T.
 *
 * @example
 * checkSmartGoal({ specific: 'Lead the Q3 budget review', measure: '', achievable: 'I have 2 h a week', relevant: 'Team lead path', dueOn: '2027-09-30' })
 * // → [{ letter: 'M', field: 'measure', hint: 'Say how you will both know it is done: …' }]
 */
export function checkSmartGoal(wording: GoalWording, today?: string): SmartWarning[] {
  const warnings: SmartWarning[] = [];
  if (wordCount(wording.specific) < minimumSpecificWords) warnings.push({ letter: 'S', field: 'specific', hint: hints.S });
  if (isBlank(wording.measure)) warnings.push({ letter: 'M', field: 'measure', hint: hints.M });
  if (isBlank(wording.achievable)) warnings.push({ letter: 'A', field: 'achievable', hint: hints.A });
  if (isBlank(wording.relevant)) warnings.push({ letter: 'R', field: 'relevant', hint: hints.R });
  if (wording.dueOn === null) warnings.push({ letter: 'T', field: 'dueOn', hint: hints.T });
  else if (today !== undefined && wording.dueOn < today) warnings.push({ letter: 'T', field: 'dueOn', hint: hints.T_past });
  return warnings;
}

/**
 * The wording fields that differ between two wordings (trimmed text, same date), in field order;
 * an empty list means a refinement would change nothing.
 *
 * @example changedWordingFields(before, { ...before, measure: 'Two reviews led' }) // → ['measure']
 */
export function changedWordingFields(before: GoalWording, after: GoalWording): Array<keyof GoalWording> {
  const fields: Array<keyof GoalWording> = ['specific', 'measure', 'achievable', 'relevant', 'dueOn'];
  return fields.filter((field) => (before[field] ?? '').trim() !== (after[field] ?? '').trim());
}
