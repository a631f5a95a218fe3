import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeReturnPath } from '../web/src/auth/return-path.ts';

// A unit test of the web app's rule (no browser): the sign-in journeys use it through the page.
describe('where sign-in returns to', () => {
  const origin = 'https://mentoring.example.org';

  test('a path of this site is kept, with its query and fragment', () => {
    for (const path of ['/', '/programs', '/programs/42?tab=matching', '/relationships/7#notes']) {
      assert.equal(safeReturnPath(path, origin), path);
    }
  });

  test('anything leading to another site, or back to sign-in, goes home', () => {
    const cases = [
      '//evil.example/x',
      '/\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/.//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'programs',
      '',
      '/sign-in',
      '/sign-in?from=/programs',
      undefined,
      42,
    ];
    for (const from of cases) assert.equal(safeReturnPath(from, origin), '/', JSON.stringify(from));
  });
});
