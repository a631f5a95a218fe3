import type { CircleView } from '../api/circles.api.ts';

export type PlacedMember = { personId: string; name: string; role: 'mentor' | 'mentee'; x: number; y: number };
export type PlacedCircle = { circle: CircleView; cx: number; cy: number; r: number; members: PlacedMember[] };
export type CirclesLayout = {
  width: number;
  height: number;
  columns: number;
  circles: PlacedCircle[];
  dotRadius: number;
  showNames: boolean;
  showInitials: boolean;
};

const labelSpace = 28;

/**
 * Lays circles out in a grid: one large circle with every name around it, a few with initials in
 * the dots, many as small dot rings. Mentors sit near the centre, mentees on the ring.
 *
 * @example layoutCircles(circles, 640).circles[0].members[0] // { name: 'Ana', role: 'mentor', x: 320, y: 190 }
 */
export function layoutCircles(circles: CircleView[], width: number): CirclesLayout {
  const count = Math.max(1, circles.length);
  const columns = count === 1 ? 1 : count <= 4 ? 2 : count <= 9 ? 3 : 4;
  const cell = width / columns;
  const showNames = circles.length === 1;
  const size = showNames ? Math.min(cell, 420) : cell;
  const r = size * (showNames ? 0.3 : 0.36);
  const dotRadius = showNames ? 9 : columns <= 3 ? 12 : 8;
  const placed = circles.map((circle, n): PlacedCircle => {
    const cx = (n % columns) * cell + cell / 2;
    const cy = Math.floor(n / columns) * (size + labelSpace) + size / 2;
    const mentors = circle.mentors.map((m, k): PlacedMember => {
      const angle = (2 * Math.PI * k) / Math.max(1, circle.mentors.length) - Math.PI / 2;
      const spread = circle.mentors.length === 1 ? 0 : r * 0.3;
      return { ...m, role: 'mentor', x: cx + spread * Math.cos(angle), y: cy + spread * Math.sin(angle) };
    });
    const mentees = circle.mentees.map((m, k): PlacedMember => {
      const angle = (2 * Math.PI * k) / Math.max(1, circle.mentees.length) - Math.PI / 2;
      return { ...m, role: 'mentee', x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
    });
    return { circle, cx, cy, r, members: [...mentors, ...mentees] };
  });
  const rows = Math.ceil(count / columns);
  return {
    width,
    height: rows * (size + labelSpace),
    columns,
    circles: placed,
    dotRadius,
    showNames,
    showInitials: !showNames && columns <= 3,
  };
}

/** "Ana María López" → "AL". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
