/**
 * A cell of a CSV file the product writes. Text is what people typed (names, departments,
 * answers) and is never trusted; numbers are ours (counts, levels, hours) and stay numbers.
 */
export type CsvCell = string | number | null;

/** One line of a CSV file, header lines included. */
export type CsvRow = readonly CsvCell[];

/** A CSV file to hand to someone: its name and its lines, header first. */
export type CsvTable = { filename: string; rows: readonly CsvRow[] };

/**
 * The characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`, OWASP's
 * list), and everything that compatibility-normalises to one of them: the full-width forms an
 * East Asian keyboard types (`＝＋－＠`) and the small and super/subscript forms (`﹦﹢﹣﹫`,
 * `⁼⁺₊₌`), which some spreadsheets fold to the plain character before reading the cell. The
 * minus sign (U+2212) and its super/subscripts are left alone: no spreadsheet starts a formula
 * with them.
 */
const formulaStarters = new Set(['=', '+', '-', '@']);

/** Tab and carriage return start a formula on their own (a spreadsheet may drop them and read on). */
const controlStarters = /^[\t\r]/;

/** Leading whitespace a spreadsheet trims before it decides whether a cell is a formula. */
const leadingWhitespace = /^[\s\u200B\u2060]*/u;

/**
 * Whether a spreadsheet could read `text` as a formula: it starts with a tab or a carriage
 * return, or its first character after leading whitespace is (or normalises to) `=`, `+`, `-`
 * or `@`.
 *
 * @example startsLikeFormula('=HYPERLINK("http://evil.example/","x")') // true
 * @example startsLikeFormula('  ＠SUM(A1)') // true
 * @example startsLikeFormula('Ops - Lisbon') // false
 */
export function startsLikeFormula(text: string): boolean {
  if (controlStarters.test(text)) return true;
  const first = String.fromCodePoint(text.replace(leadingWhitespace, '').codePointAt(0) ?? 0x20);
  return formulaStarters.has(first.normalize('NFKC'));
}

/**
 * A text cell as a spreadsheet must receive it: unchanged, or prefixed with a single quote when
 * it could be read as a formula (OWASP's advice), so the spreadsheet shows the text instead of
 * running it. Apply it to text only: a number we wrote as a number (`-3`) is a number, and stays
 * one.
 *
 * @example neutraliseFormula('+1+cmd|calc') // "'+1+cmd|calc"
 * @example neutraliseFormula('Engineering') // 'Engineering'
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
