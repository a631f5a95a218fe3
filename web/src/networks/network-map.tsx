import { Group, Stack, Text } from '@mantine/core';
import { networkTieKindLabels, networkTieKinds } from '../../../shared/network-ties.ts';
import type { NetworkTie } from '../api/networks.api.ts';
import { shortFunctionLabels, tieKindColor } from './tie-colors.ts';

type Placed = { tie: NetworkTie; x: number; y: number; r: number; angle: number };

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Function labels for a node: the first one or two, then "+n". */
function functionCaption(tie: NetworkTie, max: number): string {
  if (tie.functions.length === 0) return 'no functions yet';
  const shown = tie.functions.slice(0, max).map((fn) => shortFunctionLabels[fn]);
  const rest = tie.functions.length - shown.length;
  return `${shown.join(' · ')}${rest > 0 ? ` +${rest}` : ''}`;
}

/**
 * Places the ties on one ring (two alternating rings past 30), grouped by kind so colors form
 * arcs; node size follows strength. Labels point outwards, so neighbours' labels diverge.
 */
function placeTies(ties: readonly NetworkTie[], center: number): Placed[] {
  const order = [...ties].sort((a, b) => networkTieKinds.indexOf(a.kind) - networkTieKinds.indexOf(b.kind));
  const twoRings = order.length > 30;
  return order.map((tie, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / Math.max(order.length, 1);
    const radius = twoRings ? (index % 2 === 0 ? center * 0.55 : center * 0.78) : center * 0.7;
    return { tie, angle, x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), r: 9 + tie.strength * 15 };
  });
}

/**
 * The developmental network as a radial map drawn by hand in SVG: the person in the middle,
 * each tie around them colored by kind, sized by strength, labeled with its name and functions.
 * Outside ties are hollow; past ties are faded with a dashed line; ⇄ on a line marks reverse
 * mentoring (help both ways).
 */
export function NetworkMap({ ties, personName }: { ties: readonly NetworkTie[]; personName: string }) {
  // Small networks get a smaller canvas, so one tie is not lost in empty space; the side
  // padding leaves room for labels on the left and right.
  const size = ties.length > 12 ? 820 : ties.length > 4 ? 600 : 440;
  const pad = ties.length > 12 ? 190 : 150;
  const center = size / 2;
  const placed = placeTies(ties, center);
  const dense = ties.length > 12;
  return (
    <Stack gap="xs">
      <svg
        viewBox={`${-pad} 0 ${size + 2 * pad} ${size}`}
        width="100%"
        style={{ maxWidth: size + 2 * pad, display: 'block', margin: '0 auto' }}
        role="img"
        aria-labelledby="network-map-title network-map-desc"
      >
        <title id="network-map-title">Map of your developmental network</title>
        <desc id="network-map-desc">
          {ties.length === 0
            ? 'Nobody yet.'
            : `${ties.length} ties around you: ${ties.map((tie) => `${tie.name} (${networkTieKindLabels[tie.kind]})`).join(', ')}.`}
        </desc>
        {placed.map(({ tie, x, y }) => (
          <line
            key={`line-${tie.id}`}
            x1={center}
            y1={center}
            x2={x}
            y2={y}
            stroke={tieKindColor(tie.kind, 3)}
            strokeWidth={1 + tie.strength * 3}
            strokeDasharray={tie.past ? '6 6' : undefined}
            opacity={tie.past ? 0.5 : 0.9}
          />
        ))}
        {placed
          .filter(({ tie }) => tie.reciprocity)
          .map(({ tie, x, y }) => (
            <g key={`two-way-${tie.id}`} data-testid="network-map-two-way">
              <title>{`${tie.name}: two-way (${tie.reciprocity?.direction === 'you_give' ? 'you give in return' : 'they give you'}: ${tie.reciprocity?.offer})`}</title>
              <circle
                cx={(center + x) / 2}
                cy={(center + y) / 2}
                r={11}
                fill="white"
                stroke={tieKindColor(tie.kind, 5)}
                strokeWidth={1.5}
              />
              <text x={(center + x) / 2} y={(center + y) / 2 + 4} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dark-7)">
                ⇄
              </text>
            </g>
          ))}
        <circle cx={center} cy={center} r={44} fill="var(--mantine-color-dark-6)" />
        <text x={center} y={center + 5} textAnchor="middle" fontSize={15} fontWeight={650} fill="white">
          {shorten(personName.split(' ')[0] ?? 'You', 10)}
        </text>
        {placed.map((node) => (
          <TieNode key={node.tie.id} node={node} dense={dense} />
        ))}
      </svg>
      <Group gap="md" justify="center" aria-label="Legend">
        {networkTieKinds.map((kind) => (
          <Group key={kind} gap={6} wrap="nowrap">
            <svg width="12" height="12" aria-hidden>
              <circle cx="6" cy="6" r="6" fill={tieKindColor(kind)} />
            </svg>
            <Text size="xs">{networkTieKindLabels[kind]}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          Hollow: outside the organization · faded: past · bigger: stronger · ⇄ help goes both ways
        </Text>
      </Group>
    </Stack>
  );
}

function TieNode({ node, dense }: { node: Placed; dense: boolean }) {
  const { tie, x, y, r, angle } = node;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Labels sit outside the node, pointing away from the centre, so neighbours' labels diverge:
  // to the side everywhere but the very top and bottom. Dense maps use one line per label, as
  // neighbours near the top and bottom are only a line apart; those labels move up or down by
  // a node's radius, clear of the next node.
  const sideways = Math.abs(cos) > (dense ? 0.05 : 0.2);
  const anchor = sideways ? (cos > 0 ? 'start' : 'end') : 'middle';
  const labelX = sideways ? x + Math.sign(cos) * (r + 6) : x;
  const color = tieKindColor(tie.kind);
  const name = shorten(tie.name, dense ? 18 : 22);
  const caption = functionCaption(tie, dense ? 1 : 2);
  return (
    <g opacity={tie.past ? 0.45 : 1} data-testid="network-map-tie">
      <title>{`${tie.name}: ${networkTieKindLabels[tie.kind]}, ${tie.strengthLevel} tie${tie.past ? ' (past)' : ''}`}</title>
      <circle cx={x} cy={y} r={r} fill={tie.insideOrganization ? color : 'white'} stroke={color} strokeWidth={3} />
      {dense ? (
        <text
          x={labelX}
          y={sideways ? y + 4 + sin * r : sin < 0 ? y - r - 8 : y + r + 16}
          textAnchor={anchor}
          fontSize={13}
          fill="var(--mantine-color-dark-7)"
        >
          <tspan fontWeight={600}>{name}</tspan>
          <tspan fontSize={11} fill="var(--mantine-color-dimmed)">{` · ${caption}`}</tspan>
        </text>
      ) : (
        <>
          <text
            x={labelX}
            y={sideways ? y - 2 : sin < 0 ? y - r - 20 : y + r + 14}
            textAnchor={anchor}
            fontSize={14}
            fontWeight={600}
            fill="var(--mantine-color-dark-7)"
          >
            {name}
          </text>
          <text
            x={labelX}
            y={(sideways ? y - 2 : sin < 0 ? y - r - 20 : y + r + 14) + 15}
            textAnchor={anchor}
            fontSize={12}
            fill="var(--mantine-color-dimmed)"
          >
            {caption}
          </text>
        </>
      )}
    </g>
  );
}
