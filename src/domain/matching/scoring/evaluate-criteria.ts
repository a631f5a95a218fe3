import { approachFit } from './approach-fit.ts';
import { commonGround } from './common-ground.ts';
import { customQuestionsFit } from './custom-questions.ts';
import { expertiseFit } from './expertise-fit.ts';
import { availabilityFit, channelsFit, languageFit, overlapMinutes, timeZoneFit } from './logistics.ts';
import { functionsFit } from './mentoring-functions.ts';
import { preferenceFit } from './preferences.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import type { ScoringSetup } from './scoring-setup.ts';
import { seniorityFit, seniorityGap } from './seniority.ts';

// Positions in `matchingCriteria` (checked against it in evaluate-criteria.test.ts).
const EXPERTISE = 0;
const FUNCTIONS = 1;
const APPROACH = 2;
const COMMON_GROUND = 3;
const LANGUAGE = 4;
const TIME_ZONE = 5;
const AVAILABILITY = 6;
const CHANNELS = 7;
const SENIORITY = 8;
const PREFERENCES = 9;
const CUSTOM_QUESTIONS = 10;

/**
 * Every active criterion's value (0..1) for a pair, written into `values` by criterion index: NaN
 * where the criterion is off or cannot be judged (missing data; it then neither counts nor fails).
 * Returns a bitmask of the criteria whose required threshold the pair misses: no overlap at all for
 * most, the minimum shared working time for the time zone, the minimum gap for seniority. The one
 * source of truth for the explanation; `scorePrepared` is the same computation unrolled for speed
 * (a property test keeps the two equal).
 */
export function evaluateCriteria(
  mentee: PreparedParticipant,
  mentor: PreparedParticipant,
  setup: ScoringSetup,
  values: Float64Array,
): number {
  const on = setup.active;
  let below = 0;
  const minutes = on[TIME_ZONE] === 1 ? overlapMinutes(mentee, mentor) : Number.NaN;
  values[TIME_ZONE] = timeZoneFit(minutes);
  if (minutes < setup.minOverlapMinutes) below |= 1 << TIME_ZONE;
  let v = on[LANGUAGE] === 1 ? languageFit(mentee, mentor) : Number.NaN;
  values[LANGUAGE] = v;
  if (v === 0) below |= 1 << LANGUAGE;
  const gap = on[SENIORITY] === 1 ? seniorityGap(mentee, mentor) : Number.NaN;
  values[SENIORITY] = seniorityFit(gap, setup.minSeniorityGap);
  if (gap < setup.minSeniorityGap) below |= 1 << SENIORITY;
  v = on[FUNCTIONS] === 1 ? functionsFit(mentee, mentor) : Number.NaN;
  values[FUNCTIONS] = v;
  if (v === 0) below |= 1 << FUNCTIONS;
  v = on[APPROACH] === 1 ? approachFit(mentee, mentor, setup.approachMatrix) : Number.NaN;
  values[APPROACH] = v;
  if (v === 0) below |= 1 << APPROACH;
  v = on[CHANNELS] === 1 ? channelsFit(mentee, mentor) : Number.NaN;
  values[CHANNELS] = v;
  if (v === 0) below |= 1 << CHANNELS;
  v = on[AVAILABILITY] === 1 ? availabilityFit(mentee, mentor) : Number.NaN;
  values[AVAILABILITY] = v;
  if (v === 0) below |= 1 << AVAILABILITY;
  v = on[EXPERTISE] === 1 ? expertiseFit(mentee, mentor, setup.exchangeExpertise) : Number.NaN;
  values[EXPERTISE] = v;
  if (v === 0) below |= 1 << EXPERTISE;
  v = on[COMMON_GROUND] === 1 ? commonGround(mentee, mentor) : Number.NaN;
  values[COMMON_GROUND] = v;
  if (v === 0) below |= 1 << COMMON_GROUND;
  v = on[PREFERENCES] === 1 ? preferenceFit(mentee, mentor) : Number.NaN;
  values[PREFERENCES] = v;
  if (v === 0) below |= 1 << PREFERENCES;
  v = on[CUSTOM_QUESTIONS] === 1 && setup.questions.length > 0 ? customQuestionsFit(mentee, mentor, setup) : Number.NaN;
  values[CUSTOM_QUESTIONS] = v;
  if (v === 0) below |= 1 << CUSTOM_QUESTIONS;
  return below;
}

/** Weighted mean of the judged values (0 when nothing could be judged). */
export function weightedMean(values: Float64Array, weight: Float64Array): number {
  let total = 0;
  let points = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) {
      const w = weight[i] as number;
      total += w;
      points += w * v;
    }
  }
  return total > 0 ? points / total : 0;
}
