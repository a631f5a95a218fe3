import { Box, Group, Text } from '@mantine/core';
import type { CircleView } from '../api/circles.api.ts';
import { formatAffinity } from './circle-labels.ts';
import { initialsOf, layoutCircles, type PlacedCircle } from './circles-layout.ts';

const width = 640;
const mentorColor = 'var(--mantine-color-indigo-7)';
const menteeColor = 'var(--mantine-color-teal-6)';

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function CircleGroup({
  placed,
  dotRadius,
  showNames,
  showInitials,
  labelChars,
}: {
  placed: PlacedCircle;
  dotRadius: number;
  showNames: boolean;
  showInitials: boolean;
  labelChars: number;
}) {
  const { circle, cx, cy, r } = placed;
  const affinity = Math.max(0, Math.min(1, circle.affinity ?? 0.5));
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={r + dotRadius + 6}
        fill="var(--mantine-color-indigo-0)"
        stroke={mentorColor}
        strokeOpacity={0.25 + 0.75 * affinity}
        strokeWidth={1 + 3 * affinity}
      />
      {placed.members.map((member) => {
        const right = member.x >= cx;
        return (
          <g key={member.personId}>
            <circle
              cx={member.x}
              cy={member.y}
              r={member.role === 'mentor' ? dotRadius + 2 : dotRadius}
              fill={member.role === 'mentor' ? mentorColor : menteeColor}
            />
            {showInitials ? (
              <text x={member.x} y={member.y} dy="0.35em" textAnchor="middle" fontSize={dotRadius * 0.85} fill="white" fontWeight={600}>
                {initialsOf(member.name)}
              </text>
            ) : null}
            {showNames ? (
              <text
                x={member.role === 'mentor' ? member.x : member.x + (right ? 1 : -1) * (dotRadius + 6)}
                y={member.role === 'mentor' ? member.y + dotRadius + 14 : member.y}
                dy="0.35em"
                textAnchor={member.role === 'mentor' ? 'middle' : right ? 'start' : 'end'}
                fontSize={13}
                fill="currentColor"
              >
                {shorten(member.name, 22)}
              </text>
            ) : null}
          </g>
        );
      })}
      <text x={cx} y={cy + r + dotRadius + 22} textAnchor="middle" fontSize={12} fontWeight={600} fill="currentColor">
        {`${shorten(labelChars < 30 ? (circle.name.split(':')[0] ?? circle.name) : circle.name, labelChars - 6)} · ${formatAffinity(circle.affinity)}`}
      </text>
    </g>
  );
}

/** The proposed circles drawn as groups: mentors (indigo) in the middle, mentees (teal) around; a bolder ring is a better affinity. */
export function CirclesPicture({ circles }: { circles: CircleView[] }) {
  const layout = layoutCircles(circles, width);
  // About 7 px a character at 12 px: a label never runs into the next circle's.
  const labelChars = Math.max(14, Math.floor(width / layout.columns / 7));
  const people = circles.reduce((sum, c) => sum + c.mentors.length + c.mentees.length, 0);
  return (
    <Box>
      <Box mah={720} style={{ overflow: 'auto' }} tabIndex={0} aria-label="Circles picture, scrollable">
        <svg
          role="img"
          aria-labelledby="circles-picture-title circles-picture-desc"
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          style={{ display: 'block', maxWidth: '100%', height: 'auto' }}
        >
          <title id="circles-picture-title">Proposed circles: mentors in the middle, mentees around them</title>
          <desc id="circles-picture-desc">{`${circles.length} circles with ${people} people in all. The cards list every circle's members in words.`}</desc>
          {layout.circles.map((placed) => (
            <CircleGroup
              key={placed.circle.id}
              placed={placed}
              dotRadius={layout.dotRadius}
              showNames={layout.showNames}
              showInitials={layout.showInitials}
              labelChars={labelChars}
            />
          ))}
        </svg>
      </Box>
      <Group gap="lg" mt="xs" aria-hidden>
        <Text size="xs" c="indigo.7">
          ● Mentor
        </Text>
        <Text size="xs" c="teal.6">
          ● Mentee
        </Text>
        <Text size="xs" c="dimmed">
          Bolder ring: higher affinity
        </Text>
      </Group>
    </Box>
  );
}
