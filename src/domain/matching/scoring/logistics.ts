import { meetingChannelLabels, meetingChannels } from '../../../../shared/enums.ts';
import { countBits, countInBitset } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import { workingOverlapMinutes } from './time-zone-overlap.ts';
import { hoursText, listWords, lowerFirst, sharedWords } from './wording.ts';

/** Shared working time that gives full marks: four hours a working day. */
const FULL_OVERLAP_MINUTES = 240;
/** Below this, a feasible pair still gets a weak-overlap warning. */
const WEAK_OVERLAP_MINUTES = 180;

/** 1 with a language in common, 0 without, NaN when either listed none. */
export function languageFit(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  if (mentee.languages.length === 0 || mentor.languages.length === 0) return Number.NaN;
  return countInBitset(mentee.languages, mentor.languageBits) > 0 ? 1 : 0;
}

/** "both speak Portuguese". */
export function describeLanguageFit(mentee: PreparedParticipant, mentor: PreparedParticipant): string | null {
  const shared = sharedWords(mentee.profile.languages, mentor.profile.languages);
  return shared.length > 0 ? `both speak ${listWords(shared, 2)}` : null;
}

/** Shared working minutes a working day; NaN when either time zone is unknown. */
export function overlapMinutes(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  const difference = mentee.offsetMinutes - mentor.offsetMinutes;
  return Number.isNaN(difference) ? Number.NaN : workingOverlapMinutes(difference);
}

/** Overlap as a value: four hours or more is 1. */
export function timeZoneFit(minutes: number): number {
  return minutes >= FULL_OVERLAP_MINUTES ? 1 : minutes / FULL_OVERLAP_MINUTES;
}

/** "4 hours of shared working time". */
export function describeTimeZoneFit(minutes: number): string | null {
  return minutes >= 30 ? `${hoursText(minutes)} of shared working time` : null;
}

/** A warning when the overlap is weak (under three hours) or missing. */
export function warnTimeZoneFit(minutes: number): string | null {
  if (minutes < 30) return 'no shared working hours between their time zones';
  return minutes < WEAK_OVERLAP_MINUTES ? `weak time-zone overlap: only ${hoursText(minutes)} of shared working time` : null;
}

/** Mentor's hours a month against the mentee's, capped at 1; NaN when unknown or the mentee asks for none. */
export function availabilityFit(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  const asked = mentee.availability;
  const given = mentor.availability;
  if (!(asked > 0) || Number.isNaN(given)) return Number.NaN;
  return given >= asked ? 1 : given / asked;
}

/** "has 6 hours a month, enough for the 4 Ana asks for". */
export function describeAvailabilityFit(mentee: PreparedParticipant, mentor: PreparedParticipant): string | null {
  if (!(mentor.availability >= mentee.availability)) return null;
  return `has ${mentor.availability} hours a month, enough for the ${mentee.availability} ${mentee.profile.name} asks for`;
}

/** A warning when the mentor has less than half the time the mentee asks for. */
export function warnAvailabilityFit(mentee: PreparedParticipant, mentor: PreparedParticipant, value: number): string | null {
  return value < 0.5
    ? `little time: ${mentor.profile.name} has ${mentor.availability} hours a month, ${mentee.profile.name} asks for ${mentee.availability}`
    : null;
}

/** Shared preferred channels over the shorter list; NaN when either listed none. */
export function channelsFit(mentee: PreparedParticipant, mentor: PreparedParticipant): number {
  const a = countBits(mentee.channels);
  const b = countBits(mentor.channels);
  if (a === 0 || b === 0) return Number.NaN;
  return countBits(mentee.channels & mentor.channels) / Math.min(a, b);
}

/** "both prefer video call and phone". */
export function describeChannelsFit(mentee: PreparedParticipant, mentor: PreparedParticipant): string | null {
  const shared = mentee.channels & mentor.channels;
  const labels = meetingChannels.filter((_, bit) => (shared >> bit) & 1).map((c) => lowerFirst(meetingChannelLabels[c]));
  return labels.length > 0 ? `both prefer ${listWords(labels)}` : null;
}
