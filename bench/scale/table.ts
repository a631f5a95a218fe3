// The one table `npm run bench:scale` prints: each row with what was measured, the issue's
// target and PASS/FAIL (a dash where the issue sets no figure).

export type Row = { what: string; measured: string; target: string; pass: boolean | null };

export function row(what: string, measured: string, target = '', pass: boolean | null = null): Row {
  return { what, measured, target, pass };
}

/** The table as Markdown, ready for the README and the closing note. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.what, r.measured, r.target || '-', r.pass === null ? '-' : r.pass ? 'PASS' : 'FAIL']);
  const header = ['what', 'measured', 'target', 'verdict'];
  const widths = header.map((title, c) => Math.max(title.length, ...cells.map((line) => (line[c] as string).length)));
  const line = (values: readonly string[]) => `| ${values.map((value, c) => value.padEnd(widths[c] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** How many rows failed. */
export function failures(rows: readonly Row[]): number {
  return rows.filter((r) => r.pass === false).length;
}
