import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { formatKilobytes, pageScriptBudgetBytes, type ScriptWeight, weighHomePage, weighSignInPage } from './support/script-weight.ts';

/** The budget's failure names the total and every script, largest first, so the culprit shows. */
function assertWithinBudget(page: string, weight: ScriptWeight): void {
  const scripts = [...weight.scripts]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((script) => `${formatKilobytes(script.gzipBytes)} ${script.path}`)
    .join(', ');
  assert.ok(weight.scripts.length > 0, `${page} loaded no script: the measure is broken`);
  assert.ok(
    weight.gzipBytes <= pageScriptBudgetBytes,
    `${page} loads ${formatKilobytes(weight.gzipBytes)} of gzip'd JavaScript, over the ${formatKilobytes(pageScriptBudgetBytes)} budget: ${scripts}`,
  );
}

// A first visit (empty cache) to the pages everyone opens loads at most 200 KB of gzip'd
// JavaScript (issue 15); `npm run bench:web` prints the same figures with every chunk.
describe('page weight', { skip: skipWithoutChromium() }, () => {
  const environment = useServerAndBrowser();

  test('the sign-in page loads at most 200 KB of gzip’d JavaScript, and no page of the signed-in app', async () => {
    const { server, browser } = environment();
    const weight = await weighSignInPage(browser, server.url);
    assertWithinBudget('the sign-in page', weight);
    const signedInCode = weight.scripts.filter((script) => /\/(signed-in-frame|app-layout|home-page)-/.test(script.path));
    assert.deepEqual(signedInCode, [], 'the sign-in page fetches none of the signed-in frame or pages');
  });

  test('the home page loads at most 200 KB of gzip’d JavaScript, for a mentee and for a coordinator', async () => {
    const { server, browser } = environment();
    const mentee = demoMentees[0];
    assert.ok(mentee, 'the demo has a mentee');
    for (const person of [mentee, demoCoordinator]) {
      assertWithinBudget(`the home page of ${person.email}`, await weighHomePage(browser, server.url, person.email, demoPassword));
    }
  });
});
