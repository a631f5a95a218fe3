import { countInBitset } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import { listWords, sharedWords } from './wording.ts';

/** Shared items that give full marks. */
const FULL_GROUND = 3;

/**
 * Common ground: shared interests, education, profession, background attributes both allowed for
 * matching (never private ones: they are not in the profile), and the department only when the
 * rules count it. Three shared items or more is 1. NaN when either side gave nothing.
 *
 * @example commonGround(ana, bo) // 1/3 when they share one interest
 */
export function commonGround(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  if (mentee.commonGround.length === 0 || mentor.commonGround.length === 0) return Number.NaN;
  const shared = countInBitset(mentee.commonGround, mentor.commonGroundBits);
  return shared >= FULL_GROUND ? 1 : shared / FULL_GROUND;
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * "shares an interest in chess; both studied Economics", in the mentee's words. Background attributes are named only when
 * both people chose to show them (`shared`); matching-only ones are counted but never named.
 */
export function describeCommonGround(mentee: PreparedParticipant, mentor: PreparedParticipant, countDepartment: boolean): string | null {
  const a = mentee.profile;
  const b = mentor.profile;
  const parts: string[] = [];
  const interests = sharedWords(a.interests, b.interests);
  if (interests.length > 0) parts.push(`shares ${interests.length === 1 ? 'an interest' : 'interests'} in ${listWords(interests)}`);
  if (same(a.education, b.education)) parts.push(`both studied ${a.education}`);
  if (same(a.profession, b.profession)) parts.push(`same profession: ${a.profession}`);
  if (countDepartment && same(a.department, b.department)) parts.push(`same department: ${a.department}`);
  const key = (attribute: { label: string; value: string }) => `${attribute.label.trim()}=${attribute.value}`.toLowerCase();
  const menteeAttributes = new Map(a.matchingAttributes.map((attribute) => [key(attribute), attribute.visibility]));
  const named: string[] = [];
  let hidden = 0;
  for (const attribute of b.matchingAttributes) {
    const theirs = menteeAttributes.get(key(attribute));
    if (theirs === undefined) continue;
    if (theirs === 'shared' && attribute.visibility === 'shared') named.push(`${attribute.label} (${attribute.value})`);
    else hidden++;
  }
  if (named.length > 0) parts.push(`common background: ${listWords(named)}`);
  if (hidden > 0 && named.length === 0) parts.push('some background in common');
  return parts.length > 0 ? parts.slice(0, 2).join('; ') : null;
}
