import { mentoringFunctionLabels, type MentoringFunction } from '../../../shared/enums.ts';
import { networkTieKindLabels, type NetworkTieKind } from '../../../shared/network-ties.ts';
import type { MeasuredTie } from './network-tie.ts';

/** A gap to fill: a needed function nobody gives yet, and the expertise the plan maps to it. */
export type NetworkGap = { function: MentoringFunction; expertiseAreas: readonly string[] };

/**
 * Someone on the platform who might fill a gap. `kind` is what they would be to the person
 * (senior, peer or junior by seniority); `fit` and `fitReasons` come from the matching engine's
 * pair scoring (0..1); `room` is their places left (0 when at capacity or paused).
 */
export type GapCandidate = {
  personId: string;
  name: string;
  kind: NetworkTieKind;
  department: string | null;
  organization: string | null;
  profession: string | null;
  functionsOffered: readonly MentoringFunction[];
  expertiseOffered: readonly string[];
  room: number;
  fit: number;
  fitReasons: readonly string[];
};

/** A tie as the suggestions see it: the measured tie and who it is on the platform, if anyone. */
export type SuggestionTie = MeasuredTie & { personId: string | null };

export type GapSuggestionInput = {
  personId: string;
  /** The person's supervisor, theirs, and so on up; and anyone who reports to the person. */
  reportingChain: readonly string[];
  gaps: readonly NetworkGap[];
  ties: readonly SuggestionTie[];
  candidates: readonly GapCandidate[];
  /** Suggestions per gap (5 unless told). */
  limit?: number;
};

/** One suggestion: the score it ranks by, and why, in plain words. */
export type GapSuggestion = {
  personId: string;
  name: string;
  department: string | null;
  profession: string | null;
  fit: number;
  rangeBonus: number;
  /** fit + rangeBonus, minus the near-capacity step; what the suggestions are ranked by. */
  score: number;
  nearCapacity: boolean;
  /** The headline: "offers sponsorship, which your network lacks; from Finance, where you have no ties". */
  reason: string;
  /** The matching engine's reasons, then the capacity note when there is one. */
  details: string[];
};

export type GapSuggestions = { function: MentoringFunction; label: string; suggestions: GapSuggestion[] };

/** Each dimension on which a candidate differs from every current tie adds this much. */
export const rangeBonusPerDimension = 0.05;
/**
 * A mentor with one place left steps down this much, so others with similar fit come first
 * and popular mentors are not flooded; a much better fit still ranks above them.
 */
export const nearCapacityStep = 0.1;

const known = (value: string | null): string | null => (value?.trim() ? value.trim().toLowerCase() : null);
const round = (value: number) => Math.round(value * 1000) / 1000;
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** The ways a candidate would widen the network, each in words ("from Finance, where you have no ties"). */
function rangeReasons(candidate: GapCandidate, ties: readonly MeasuredTie[]): string[] {
  const current = ties.filter((tie) => !tie.past);
  const reasons: string[] = [];
  const newValue = (value: string | null, values: Array<string | null>) => {
    const key = known(value);
    return key !== null && !values.some((other) => known(other) === key);
  };
  if (
    newValue(
      candidate.department,
      current.map((tie) => tie.department),
    )
  )
    reasons.push(`from ${candidate.department?.trim()}, where you have no ties`);
  if (
    newValue(
      candidate.organization,
      current.map((tie) => tie.organization),
    )
  )
    reasons.push(`from ${candidate.organization?.trim()}, where you have no ties`);
  if (
    newValue(
      candidate.profession,
      current.map((tie) => tie.profession),
    )
  ) {
    const sameAsDepartment = known(candidate.profession) === known(candidate.department);
    reasons.push(
      sameAsDepartment
        ? `a profession new to your network too`
        : `their profession (${candidate.profession?.trim()}) is new to your network`,
    );
  }
  if (!current.some((tie) => tie.kind === candidate.kind))
    reasons.push(`${withArticle(networkTieKindLabels[candidate.kind].toLowerCase())}, a kind of tie you have none of`);
  return reasons;
}

/** Why the candidate can help with the gap: the function itself, else the plan's expertise. */
function offerReason(candidate: GapCandidate, gap: NetworkGap): string | null {
  const label = mentoringFunctionLabels[gap.function].toLowerCase();
  if (candidate.functionsOffered.includes(gap.function)) return `offers ${label}, which your network lacks`;
  const offered = new Set(candidate.expertiseOffered.map((area) => area.trim().toLowerCase()));
  const area = gap.expertiseAreas.find((wanted) => offered.has(wanted.trim().toLowerCase()));
  return area ? `knows ${area.trim()}, which your plan needs for ${label}` : null;
}

/**
 * The matching engine's reasons name the mentee; on the person's own page they read as "you".
 *
 * @example toSecondPerson('offers budgeting, which Ana wants', 'Ana') // 'offers budgeting, which you want'
 */
export function toSecondPerson(reason: string, name: string): string {
  return reason
    .replaceAll(`which ${name} seeks`, 'which you seek')
    .replaceAll(`which ${name} wants`, 'which you want')
    .replaceAll(`${name} asks for`, 'you ask for')
    .replaceAll(`${name}'s`, 'your')
    .replaceAll(name, 'you');
}

/** Never suggested: oneself, the reporting chain, existing ties (past ones too), no room left. */
function eligible(input: GapSuggestionInput): GapCandidate[] {
  const blocked = new Set([input.personId, ...input.reportingChain, ...input.ties.flatMap((tie) => (tie.personId ? [tie.personId] : []))]);
  return input.candidates.filter((candidate) => !blocked.has(candidate.personId) && candidate.room > 0);
}

function suggest(candidate: GapCandidate, gap: NetworkGap, ties: readonly MeasuredTie[]): GapSuggestion | null {
  const offer = offerReason(candidate, gap);
  if (!offer) return null;
  const widening = rangeReasons(candidate, ties);
  const rangeBonus = round(widening.length * rangeBonusPerDimension);
  const nearCapacity = candidate.room === 1;
  const details = [...candidate.fitReasons];
  if (nearCapacity) details.push('has one place left, so others with a similar fit come first');
  return {
    personId: candidate.personId,
    name: candidate.name,
    department: candidate.department,
    profession: candidate.profession,
    fit: round(candidate.fit),
    rangeBonus,
    score: round(candidate.fit + rangeBonus - (nearCapacity ? nearCapacityStep : 0)),
    nearCapacity,
    reason: [offer, ...widening.slice(0, 2)].join('; '),
    details,
  };
}

/**
 * For each gap, the people on the platform who could fill it, best first: those who offer the
 * function (or the expertise the plan maps to it), ranked by the matching engine's fit plus a
 * bonus for range (a department, organization, profession or kind of tie the network lacks).
 * Never oneself, the reporting chain, an existing tie, or anyone at capacity or paused; a
 * mentor with one place left steps down so others with similar fit come first.
 *
 * @example
 * suggestForGaps({ personId: 'me', reportingChain: ['boss'], gaps: [{ function: 'sponsorship', expertiseAreas: [] }], ties, candidates })[0]
 * // { function: 'sponsorship', label: 'Sponsorship', suggestions: [{ name: 'Fatima', reason: 'offers sponsorship, which your network lacks; from Finance, where you have no ties', … }] }
 */
export function suggestForGaps(input: GapSuggestionInput): GapSuggestions[] {
  const candidates = eligible(input);
  const limit = input.limit ?? 5;
  return input.gaps.map((gap) => ({
    function: gap.function,
    label: mentoringFunctionLabels[gap.function],
    suggestions: candidates
      .flatMap((candidate) => suggest(candidate, gap, input.ties) ?? [])
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId))
      .slice(0, limit),
  }));
}
