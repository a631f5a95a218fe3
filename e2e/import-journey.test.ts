import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { demoAdmin, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

describe('import journey', { skip: skipWithoutChromium(), timeout: 60_000 }, () => {
  const environment = useServerAndBrowser();

  test('an admin previews a CSV with problems and downloads the report, its formulas neutralised', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoAdmin.email, demoPassword);
    await page.goto(`${server.url}/people/import`);
    await waitForPath(page, '/people/import');
    // "-Time Zone" is still read as the time-zone column; a spreadsheet would run it as a formula.
    const csv = 'email,name,-Time Zone\nimport.one@example.test,Import One,Mars/Olympus_Mons\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Read file' }).click();
    await page.getByRole('button', { name: 'Preview rows' }).click();
    await page.getByRole('button', { name: 'Download skipped rows report' }).waitFor();
    await screenshot(page, 'import-01-problems');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download skipped rows report' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'skipped-rows-report.csv');
    const rows = parse(readFileSync(await download.path()), { bom: true }) as string[][];
    assert.equal(rows[1]?.[1], "'-Time Zone", 'the column name is neutralised');
    assert.deepEqual(rows[0], ['line', 'column', 'message']);
    assert.deepEqual(errors, [], 'no console errors');
  });
});
