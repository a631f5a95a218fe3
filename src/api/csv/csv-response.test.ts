import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { Hono } from 'hono';
import { sendCsv, writeCsv } from './csv-response.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const writerFile = fileURLToPath(new URL('./csv-response.ts', import.meta.url));

describe('the CSV writer', () => {
  test('neutralises text, keeps numbers, quotes what needs quoting, starts with a BOM', () => {
    const text = writeCsv([
      ['name', 'hours', 'note'],
      ['=1+1', -3, 'a "quoted", line\nbreak'],
      ['Ana', 12, null],
    ]);
    assert.equal(text, '\uFEFFname,hours,note\r\n\'=1+1,-3,"a ""quoted"", line\nbreak"\r\nAna,12,\r\n');
    assert.deepEqual(parse(text, { bom: true }), [
      ['name', 'hours', 'note'],
      ["'=1+1", '-3', 'a "quoted", line\nbreak'],
      ['Ana', '12', ''],
    ]);
  });

  test('answers with a CSV attachment that is never cached, its file name escaped', async () => {
    const app = new Hono().get('/x', (c) => sendCsv(c, { filename: 'Ação "quoted"\r\n.csv', rows: [['a'], ['@b']] }));
    const response = await app.request('/x');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="A??o \\"quoted\\"??.csv"; filename*=UTF-8''A%C3%A7%C3%A3o%20%22quoted%22%0D%0A.csv`,
    );
    assert.deepEqual([...new Uint8Array(await response.arrayBuffer())].slice(0, 3), [0xef, 0xbb, 0xbf]);
  });

  test('nothing in src/, shared/ or web/src/ but the writer imports csv-stringify, so no export can bypass it', () => {
    const importers = ['src', 'shared', 'web/src']
      .flatMap((folder) =>
        readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
          path.join(projectRoot, folder, file),
        ),
      )
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) =>
        /from\s+['"]csv-stringify|import\(\s*['"]csv-stringify|require\(\s*['"]csv-stringify/.test(readFileSync(file, 'utf8')),
      );
    assert.deepEqual(importers, [writerFile]);
  });
});
