import { approachFit } from './approach-fit.ts';
import { commonGround } from './common-ground.ts';
import { hasConflict } from './conflicts.ts';
import { customQuestionsFit } from './custom-questions.ts';
import { expertiseFit } from './expertise-fit.ts';
import { availabilityFit, channelsFit, languageFit, overlapMinutes, timeZoneFit } from './logistics.ts';
import { functionsFit } from './mentoring-functions.ts';
import { preferenceFit } from './preferences.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import type { ScoringSetup } from './scoring-setup.ts';
import { seniorityFit, seniorityGap } from './seniority.ts';

/**
 * The hot path: a pair's score in [0, 1] (weighted mean of the criteria that could be judged), or
 * -1 when the pair may never be proposed (a conflict, or a required criterion failed). Allocates
 * nothing. The same computation as `evaluateCriteria` + `weightedMean`, unrolled, with the cheap
 * criteria that are usually required (time zone, language, seniority) first so most infeasible
 * pairs stop early.
 *
 * @example
 * const setup = createScoringSetup(rules, { referenceDate: new Date('2027-03-01') });
 * const mentees = menteeProfiles.map((p) => prepareParticipant(p, setup));
 * const mentors = mentorProfiles.map((p) => prepareParticipant(p, setup));
 * scorePrepared(mentees[0], mentors[0], setup); // 0.72, or -1
 */
export function scorePrepared(mentee: PreparedParticipant, mentor: PreparedParticipant, setup: ScoringSetup): number {
  return hasConflict(mentee, mentor) ? -1 : scoreCriteria(mentee, mentor, setup);
}

/**
 * scorePrepared without the conflict check, for a caller that rules conflicting pairs out itself
 * (a cohort's row scan finds a mentee's few conflicts once per row, not once per pair).
 */
export function scoreCriteria(mentee: PreparedParticipant, mentor: PreparedParticipant, setup: ScoringSetup): number {
  const r = setup.hot;
  let total = 0;
  let points = 0;
  let v = 0;
  if (r.timeZone >= 0) {
    const minutes = overlapMinutes(mentee, mentor);
    if (!Number.isNaN(minutes)) {
      if (r.timeZoneRequired && minutes < r.minOverlapMinutes) return -1;
      total += r.timeZone;
      points += r.timeZone * timeZoneFit(minutes);
    }
  }
  if (r.language >= 0) {
    v = languageFit(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.languageRequired && v === 0) return -1;
      total += r.language;
      points += r.language * v;
    }
  }
  if (r.seniority >= 0) {
    const gap = seniorityGap(mentee, mentor);
    if (!Number.isNaN(gap)) {
      if (r.seniorityRequired && gap < r.minSeniorityGap) return -1;
      total += r.seniority;
      points += r.seniority * seniorityFit(gap, r.minSeniorityGap);
    }
  }
  if (r.functions >= 0) {
    v = functionsFit(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.functionsRequired && v === 0) return -1;
      total += r.functions;
      points += r.functions * v;
    }
  }
  if (r.approach >= 0) {
    v = approachFit(mentee, mentor, setup.approachMatrix);
    if (!Number.isNaN(v)) {
      if (r.approachRequired && v === 0) return -1;
      total += r.approach;
      points += r.approach * v;
    }
  }
  if (r.channels >= 0) {
    v = channelsFit(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.channelsRequired && v === 0) return -1;
      total += r.channels;
      points += r.channels * v;
    }
  }
  if (r.availability >= 0) {
    v = availabilityFit(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.availabilityRequired && v === 0) return -1;
      total += r.availability;
      points += r.availability * v;
    }
  }
  if (r.expertise >= 0) {
    v = expertiseFit(mentee, mentor, r.exchangeExpertise);
    if (!Number.isNaN(v)) {
      if (r.expertiseRequired && v === 0) return -1;
      total += r.expertise;
      points += r.expertise * v;
    }
  }
  if (r.commonGround >= 0) {
    v = commonGround(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.commonGroundRequired && v === 0) return -1;
      total += r.commonGround;
      points += r.commonGround * v;
    }
  }
  if (r.preferences >= 0) {
    v = preferenceFit(mentee, mentor);
    if (!Number.isNaN(v)) {
      if (r.preferencesRequired && v === 0) return -1;
      total += r.preferences;
      points += r.preferences * v;
    }
  }
  if (r.customQuestions >= 0 && r.hasQuestions) {
    v = customQuestionsFit(mentee, mentor, setup);
    if (!Number.isNaN(v)) {
      if (r.customQuestionsRequired && v === 0) return -1;
      total += r.customQuestions;
      points += r.customQuestions * v;
    }
  }
  return total > 0 ? points / total : 0;
}
