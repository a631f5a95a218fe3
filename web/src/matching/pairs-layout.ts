import type { MatchingProposal } from '../../../shared/schemas/index.ts';
import type { UnmatchedMentee } from '../api/matching.api.ts';

export interface PlacedPerson {
  id: string;
  name: string;
  y: number;
  matched: boolean;
}

export interface PairsLayout {
  mentees: PlacedPerson[];
  mentors: PlacedPerson[];
  menteeY: Map<string, number>;
  mentorY: Map<string, number>;
  rowHeight: number;
  height: number;
}

const padding = 14;

/**
 * Places mentees and mentors in two columns. Mentors are ordered by the first mentee they are
 * paired with, so most lines run nearly flat and a large cohort stays readable.
 */
export function layoutPairs(proposals: MatchingProposal[], unmatched: UnmatchedMentee[]): PairsLayout {
  const menteeNames = new Map<string, string>();
  for (const proposal of proposals) menteeNames.set(proposal.menteeId, proposal.menteeName);
  const matchedIds = new Set(menteeNames.keys());
  for (const entry of unmatched) if (!menteeNames.has(entry.menteeId)) menteeNames.set(entry.menteeId, entry.menteeName);

  const menteeOrder = [...menteeNames.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const menteeRank = new Map(menteeOrder.map(([id], index) => [id, index]));
  const mentorFirstRank = new Map<string, { name: string; rank: number }>();
  for (const proposal of proposals) {
    const rank = menteeRank.get(proposal.menteeId) ?? 0;
    const known = mentorFirstRank.get(proposal.mentorId);
    if (!known || rank < known.rank) mentorFirstRank.set(proposal.mentorId, { name: proposal.mentorName, rank });
  }
  const mentorOrder = [...mentorFirstRank.entries()].sort((a, b) => a[1].rank - b[1].rank || a[1].name.localeCompare(b[1].name));

  const rows = Math.max(menteeOrder.length, mentorOrder.length, 1);
  const rowHeight = rows > 24 ? 14 : 28;
  const height = rows * rowHeight + padding * 2;
  const spread = (count: number, index: number) => padding + (index + 0.5) * ((height - padding * 2) / Math.max(count, 1));

  const mentees = menteeOrder.map(([id, name], index) => ({ id, name, y: spread(menteeOrder.length, index), matched: matchedIds.has(id) }));
  const mentors = mentorOrder.map(([id, { name }], index) => ({ id, name, y: spread(mentorOrder.length, index), matched: true }));
  return {
    mentees,
    mentors,
    menteeY: new Map(mentees.map((person) => [person.id, person.y])),
    mentorY: new Map(mentors.map((person) => [person.id, person.y])),
    rowHeight,
    height,
  };
}
