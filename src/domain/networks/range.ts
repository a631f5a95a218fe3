import { networkTieKindLabels, networkTieKinds, type NetworkTieKind } from '../../../shared/network-ties.ts';
import { currentTies, type MeasuredTie } from './network-tie.ts';

/** The dimensions range is measured on; culture counts only ties who shared it. */
export const rangeDimensions = ['kind', 'inside_outside', 'department', 'organization', 'profession', 'culture'] as const;
export type RangeDimension = (typeof rangeDimensions)[number];

export const rangeDimensionLabels: Record<RangeDimension, string> = {
  kind: 'Kinds of tie',
  inside_outside: 'Inside and outside the organization',
  department: 'Departments',
  organization: 'Organizations',
  profession: 'Professions',
  culture: 'Cultures (where shared)',
};

/** Range on one dimension: Blau's index, normalized by its maximum, and what would raise it. */
export type DimensionRange = {
  dimension: RangeDimension;
  /** Ties whose value on this dimension is known. */
  known: number;
  distinct: number;
  /** Blau's index 1 - Σ p_i², 0 when everyone is alike. */
  blau: number;
  /** blau / (1 - 1/k), 0-1; null when fewer than two ties have a known value. */
  normalized: number | null;
  toRaise: string;
};

export type NetworkRange = { overall: number | null; dimensions: DimensionRange[]; explanation: string };

/**
 * Blau's index of heterogeneity, 1 - Σ p_i², over the values given.
 *
 * @example blauIndex(['a', 'a', 'b', 'b']) // 0.5
 */
export function blauIndex(values: readonly string[]): number {
  if (values.length === 0) return 0;
  const counts = countValues(values);
  let sumOfSquares = 0;
  for (const count of counts.values()) sumOfSquares += (count / values.length) ** 2;
  return 1 - sumOfSquares;
}

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Open-text values compare without case or surrounding spaces ("Finance" is " finance"). */
const openValue = (value: string | null): string | null => (value?.trim() ? value.trim().toLowerCase() : null);

/**
 * Range of the current ties per dimension and overall (the mean of the measurable dimensions).
 * k, the number of categories, is 5 for kinds and 2 for inside/outside; open dimensions have no
 * fixed list, so k is the number of ties with a known value (each could differ).
 *
 * @example measureRange([peerInEngineering, seniorInFinance]).dimensions[0].blau // 0.5
 */
export function measureRange(ties: readonly MeasuredTie[]): NetworkRange {
  const current = currentTies(ties);
  const dimensions: DimensionRange[] = [
    fixedDimension(
      'kind',
      current.map((tie) => tie.kind),
      networkTieKinds.length,
      raiseKind(current.map((tie) => tie.kind)),
    ),
    fixedDimension(
      'inside_outside',
      current.map((tie) => (tie.insideOrganization ? 'inside' : 'outside')),
      2,
      raiseInsideOutside(current),
    ),
    openDimension(
      'department',
      current.map((tie) => tie.department),
      'department',
      current.length,
    ),
    openDimension(
      'organization',
      current.map((tie) => tie.organization),
      'organization',
      current.length,
    ),
    openDimension(
      'profession',
      current.map((tie) => tie.profession),
      'profession',
      current.length,
    ),
    openDimension(
      'culture',
      current.map((tie) => tie.culture),
      'culture',
      current.length,
    ),
  ];
  const measurable = dimensions.flatMap((dimension) => (dimension.normalized === null ? [] : [dimension.normalized]));
  const overall = measurable.length === 0 ? null : round(measurable.reduce((sum, value) => sum + value, 0) / measurable.length);
  return { overall, dimensions, explanation: explainRange(overall, current.length) };
}

function fixedDimension(
  dimension: RangeDimension,
  values: string[],
  categories: number,
  toRaise: (normalized: number | null) => string,
): DimensionRange {
  const blau = blauIndex(values);
  const normalized = values.length === 0 ? null : round(Math.min(1, blau / (1 - 1 / categories)));
  return {
    dimension,
    known: values.length,
    distinct: countValues(values).size,
    blau: round(blau),
    normalized,
    toRaise: toRaise(normalized),
  };
}

function openDimension(dimension: RangeDimension, raw: Array<string | null>, noun: string, tieCount: number): DimensionRange {
  const values = raw.flatMap((value) => {
    const normalizedValue = openValue(value);
    return normalizedValue === null ? [] : [normalizedValue];
  });
  const blau = blauIndex(values);
  const normalized = values.length < 2 ? null : round(Math.min(1, blau / (1 - 1 / values.length)));
  return {
    dimension,
    known: values.length,
    distinct: countValues(values).size,
    blau: round(blau),
    normalized,
    toRaise: raiseOpen(noun, values, tieCount, normalized, raw),
  };
}

function raiseKind(kinds: NetworkTieKind[]): (normalized: number | null) => string {
  return (normalized) => {
    const missing = networkTieKinds.filter((kind) => !kinds.includes(kind)).map((kind) => networkTieKindLabels[kind].toLowerCase());
    if (kinds.length === 0) return 'Add the people who help you, of any kind.';
    if (missing.length > 0) return `Add a ${missing.slice(0, 2).join(' or a ')}: you have none yet.`;
    if (normalized !== null && normalized >= 0.99) return 'Every kind of tie is there, in balance.';
    return `Most of your ties are ${mostCommon(kinds, (kind) => networkTieKindLabels[kind as NetworkTieKind].toLowerCase())}s; another kind would balance them.`;
  };
}

function raiseInsideOutside(ties: readonly MeasuredTie[]): (normalized: number | null) => string {
  return (normalized) => {
    const inside = ties.filter((tie) => tie.insideOrganization).length;
    if (ties.length === 0) return 'Add people from inside and outside the organization.';
    if (inside === ties.length) return 'All your ties are inside the organization: someone from outside it would raise this.';
    if (inside === 0) return 'All your ties are outside the organization: someone inside it would raise this.';
    if (normalized !== null && normalized >= 0.99) return 'Inside and outside are in balance.';
    return inside > ties.length / 2
      ? 'Most ties are inside the organization: another from outside would balance them.'
      : 'Most ties are outside the organization: another from inside would balance them.';
  };
}

function raiseOpen(noun: string, values: string[], tieCount: number, normalized: number | null, raw: Array<string | null>): string {
  const unknown = tieCount - values.length;
  const unknownText = unknown > 0 ? ` (${unknown} of your ${tieCount} ties have no ${noun} yet: add them to measure this fully)` : '';
  if (values.length < 2) return `Add the ${noun} of at least two ties to measure this.`;
  if (normalized !== null && normalized >= 0.99) return `Every tie has a different ${noun}${unknownText}.`;
  const display = new Map(raw.flatMap((value) => (value?.trim() ? [[value.trim().toLowerCase(), value.trim()] as const] : [])));
  const common = mostCommon(values, (value) => display.get(value) ?? value);
  return `Most ties share the ${noun} ${common}: someone from a different ${noun} would raise this${unknownText}.`;
}

function mostCommon(values: readonly string[], label: (value: string) => string): string {
  const [top] = [...countValues(values).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return top ? label(top[0]) : '';
}

function explainRange(overall: number | null, tieCount: number): string {
  if (overall === null) return 'Range shows how varied your network is; add ties to see it.';
  const percent = Math.round(overall * 100);
  return `Range ${percent}%: how varied your ${tieCount} current ties are across kinds, inside and outside, departments, organizations, professions and shared cultures (0% all alike, 100% as varied as possible).`;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
