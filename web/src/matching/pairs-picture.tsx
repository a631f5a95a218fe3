import { Box, Group, Text } from '@mantine/core';
import type { MatchingProposal } from '../../../shared/schemas/index.ts';
import type { UnmatchedMentee } from '../api/matching.api.ts';
import { formatScore } from './matching-labels.ts';
import { layoutPairs } from './pairs-layout.ts';

const width = 640;
const sideWidth = 190;
const lockedColor = 'var(--mantine-color-violet-6)';
const pairColor = 'var(--mantine-color-blue-7)';

/** Runs with more pairs than this get no picture: their lines would be a blur, and the page would carry them all. */
export const pairsPictureMaxPairs = 200;

function shorten(name: string, max: number): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/**
 * Mentees on the left, mentors on the right, a line per proposed pair: thicker and darker is a
 * better score. For small runs only (see `pairsPictureMaxPairs`): the histogram shows large ones.
 */
export function PairsPicture({ proposals, unmatched }: { proposals: MatchingProposal[]; unmatched: UnmatchedMentee[] }) {
  const layout = layoutPairs(proposals, unmatched);
  const dense = layout.rowHeight < 20;
  const fontSize = dense ? 10 : 13;
  const maxChars = dense ? 26 : 22;
  const locked = proposals.filter((proposal) => proposal.locked).length;
  const scores = proposals.map((proposal) => proposal.score);
  const range = scores.length > 0 ? `Scores range from ${formatScore(Math.min(...scores))} to ${formatScore(Math.max(...scores))}.` : '';

  return (
    <Box>
      <Box mah={560} style={{ overflow: 'auto' }} tabIndex={0} aria-label="Pairs picture, scrollable">
        <svg
          role="img"
          aria-labelledby="pairs-picture-title pairs-picture-desc"
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          style={{ display: 'block' }}
        >
          <title id="pairs-picture-title">Proposed pairs: mentees on the left, mentors on the right</title>
          <desc id="pairs-picture-desc">
            {`${proposals.length} proposed pairs between ${layout.mentees.length} mentees and ${layout.mentors.length} mentors; ${locked} locked; ${unmatched.length} mentees without a mentor. ${range} The table lists every pair in words.`}
          </desc>
          {proposals.map((proposal) => {
            const from = layout.menteeY.get(proposal.menteeId) ?? 0;
            const to = layout.mentorY.get(proposal.mentorId) ?? 0;
            const score = Math.max(0, Math.min(1, proposal.score));
            return (
              <line
                key={`${proposal.menteeId}-${proposal.mentorId}`}
                x1={sideWidth + 6}
                y1={from}
                x2={width - sideWidth - 6}
                y2={to}
                stroke={proposal.locked ? lockedColor : pairColor}
                strokeOpacity={proposal.locked ? 0.95 : 0.2 + 0.8 * score}
                strokeWidth={(dense ? 0.8 : 1) + (dense ? 2 : 3.5) * score}
                strokeDasharray={proposal.locked ? '6 3' : undefined}
              />
            );
          })}
          {layout.mentees.map((mentee) => (
            <g key={mentee.id} fill={mentee.matched ? 'currentColor' : 'var(--mantine-color-gray-5)'}>
              <circle cx={sideWidth + 6} cy={mentee.y} r={dense ? 2.5 : 4} />
              <text x={sideWidth} y={mentee.y} dy="0.35em" textAnchor="end" fontSize={fontSize}>
                {shorten(mentee.name, maxChars)}
              </text>
            </g>
          ))}
          {layout.mentors.map((mentor) => (
            <g key={mentor.id} fill="currentColor">
              <circle cx={width - sideWidth - 6} cy={mentor.y} r={dense ? 2.5 : 4} />
              <text x={width - sideWidth} y={mentor.y} dy="0.35em" fontSize={fontSize}>
                {shorten(mentor.name, maxChars)}
              </text>
            </g>
          ))}
        </svg>
      </Box>
      <Group gap="lg" mt="xs" aria-hidden>
        <Text size="xs" c="dimmed">
          Thicker, darker line: higher score
        </Text>
        <Text size="xs" c="violet.7">
          Dashed violet: locked pair
        </Text>
        <Text size="xs" c="gray.6">
          Grey mentee: no mentor
        </Text>
      </Group>
    </Box>
  );
}
