/**
 * The vocabulary of developmental networks (seed 000): the kinds of tie, how often people talk,
 * and suggested potential activities per kind. Values are stored and sent; labels are read.
 */
import type { MentoringFunction } from './enums.ts';

/** Who a tie is to the person, as in seed 000's example network. */
export const networkTieKinds = ['supervisor', 'senior', 'peer', 'junior', 'family_or_acquaintance'] as const;
export type NetworkTieKind = (typeof networkTieKinds)[number];

export const networkTieKindLabels: Record<NetworkTieKind, string> = {
  supervisor: 'Supervisor',
  senior: 'Professional senior',
  peer: 'Professional peer',
  junior: 'Professional junior',
  family_or_acquaintance: 'Family or acquaintance',
};

/** How often the person and the tie talk. */
export const tieFrequencies = ['weekly', 'monthly', 'quarterly', 'yearly', 'rarely'] as const;
export type TieFrequency = (typeof tieFrequencies)[number];

export const tieFrequencyLabels: Record<TieFrequency, string> = {
  weekly: 'Every week',
  monthly: 'Every month',
  quarterly: 'A few times a year',
  yearly: 'Once a year',
  rarely: 'Rarely',
};

/** Where a tie comes from: added by hand, or from a relationship on the platform. */
export const networkTieSources = ['manual', 'relationship'] as const;
export type NetworkTieSource = (typeof networkTieSources)[number];

/** Closeness runs from 1 (distant) to 5 (very close). */
export const closenessLabels: Record<number, string> = { 1: 'Distant', 2: 'Cordial', 3: 'Friendly', 4: 'Close', 5: 'Very close' };

/**
 * Potential activities to offer as suggestions, after seed 000's Table 1 (our own words), with
 * the kind of tie and the functions they usually go with.
 */
export const potentialActivitySuggestions: ReadonlyArray<{
  kind: NetworkTieKind;
  functions: readonly MentoringFunction[];
  activities: readonly string[];
}> = [
  {
    kind: 'supervisor',
    functions: ['challenging_assignments'],
    activities: ['Lead a project that matters', 'Chair a cross-team working group'],
  },
  {
    kind: 'senior',
    functions: ['sponsorship', 'exposure', 'coaching'],
    activities: [
      'Put my name forward for a role',
      'Help me prepare a conference talk',
      'Coach me through a difficult conversation with my manager',
    ],
  },
  { kind: 'peer', functions: ['acceptance'], activities: ['Talks that build my confidence'] },
  { kind: 'junior', functions: ['coaching'], activities: ['Show me a new software tool', 'Work through a technical problem together'] },
  {
    kind: 'family_or_acquaintance',
    functions: ['role_modeling'],
    activities: ['Watch how they work', 'Talk about where my career is going'],
  },
];
