import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { limits } from '../../../shared/limits.ts';
import { DomainError } from '../../domain/errors.ts';
import { demoPassword } from '../demo/demo-people.ts';
import { testPassword } from '../../testing/factories.ts';
import { assertPasswordAcceptable, passwordStrengthCheck } from './password-policy.ts';

/**
 * 200-character passwords built to be slow to score: repeats, dictionary words, keyboard walks,
 * dates and l33t-heavy runs (the slowest found by a random search over such pieces).
 */
const hostilePasswords: Record<string, string> = {
  'keyboard walk': 'qwertyuiopasdfghjklzxcvbnm1234567890'.repeat(6),
  'diagonal keyboard walk': '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/'.repeat(5),
  'dictionary words': 'passworddragonmonkeyletmeinqwertyfootballsunshineprincessshadow'.repeat(4),
  'dictionary words with spaces': 'password dragon monkey letmein qwerty football sunshine '.repeat(4),
  'repeated pair': 'ab'.repeat(100),
  digits: '1234567890'.repeat(20),
  dates: '1990-12-31'.repeat(20),
  'l33t word': 'p4$$w0rd'.repeat(25),
  'l33t symbols': '4@(6<3[1!|0+7%2$5'.repeat(12),
  'random search worst':
    'zxcvbnaaaa1337vvabc1337()ph4@(6<3[1!|0+7%2$5vv1990-12-311qaz2wsxvv4@(6<3[1!|0+7%2$5l3tm31np@$$w0rd4@(6<3[1!|0+7%2$5abcph|_|00004@(6<3[1!|0+7%2$5monkey$$$$1990-12-31()4@(6<3[1!|0+7%2$5|_|qwertyp@$$w0rd',
};

/**
 * The most CPU one check may take: typically ~20 ms; the unbounded check took 0.8-1.25 s. The
 * margin keeps a busy CI machine (caches and clock shared with other test files) from failing it.
 */
const cpuBudgetMs = 150;

/** The main thread's CPU time one check takes, the best of three (not wall time: other processes sharing the machine do not count). */
function checkMilliseconds(password: string, userInputs: string[]): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = process.threadCpuUsage();
    try {
      assertPasswordAcceptable(password, { field: 'password', userInputs });
    } catch {
      // Refused or accepted, the time is what counts here.
    }
    const used = process.threadCpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The message of the 422 for `password`, or null when it is accepted. */
function verdict(password: string, userInputs: string[] = []): string | null {
  try {
    assertPasswordAcceptable(password, { field: 'newPassword', userInputs });
    return null;
  } catch (error) {
    assert.ok(error instanceof DomainError && error.code === 'invalid_input', String(error));
    assert.deepEqual(
      (error.details as Array<{ field: string }>).map((issue) => issue.field),
      ['newPassword'],
    );
    return (error.details as Array<{ message: string }>)[0]?.message ?? '';
  }
}

describe('password policy', () => {
  test('the demo password and the test factories’ password are accepted', () => {
    assert.equal(verdict(demoPassword), null);
    assert.equal(verdict(testPassword), null);
  });

  test('long passphrases are accepted', () => {
    for (const password of ['lanterns over the quiet harbour', 'a-long-enough-passphrase-42', 'Tuesday kites & 7 blue herons']) {
      assert.equal(verdict(password), null, password);
    }
  });

  test('common, breached-looking and patterned passwords are refused whatever their length', () => {
    for (const password of [
      'password1234',
      'Password123!',
      'qwertyuiop123',
      'iloveyou1234',
      '111111111111',
      'abcdefghijkl',
      'letmein12345',
      'trustno1trustno1',
      'P@ssw0rd2024!',
    ]) {
      assert.match(verdict(password) ?? 'accepted', /too easy to guess/, password);
    }
  });

  test("the person's own email and name make a password guessable", () => {
    const email = 'priyanka.raman@aurora.example';
    assert.equal(verdict('priyankaraman2024', []), null, 'fine for someone else');
    assert.match(verdict('priyankaraman2024', [email, 'Priyanka Raman']) ?? 'accepted', /too easy to guess/);
  });

  test('length limits: at least 12, at most 200 characters (argon2 hashes every byte)', () => {
    assert.match(verdict('k7#vQ9!zP2m') ?? 'accepted', /at least 12/);
    assert.match(verdict(`${'long varied words '.repeat(12)}x`.slice(0, limits.passwordMax + 1)) ?? 'accepted', /at most 200/);
  });

  test("a hostile 200-character password is scored in well under the harness's stall budget (only its first 100 characters are scored)", () => {
    // The longest personal words the limits allow: an email of 254 and a name of 120 characters.
    const userInputs = [
      `${'l3tm31n.qwerty.'.repeat(16)}@example.test`.slice(-limits.emailMax),
      'P@ss Dragon Monkey '.repeat(7).slice(0, limits.nameMax),
    ];
    checkMilliseconds('warm the estimator up', userInputs);
    const slow = Object.entries(hostilePasswords)
      .map(([name, password]) => ({
        name,
        length: password.slice(0, limits.passwordMax).length,
        ms: checkMilliseconds(password.slice(0, limits.passwordMax), userInputs),
      }))
      .filter(({ ms }) => ms >= cpuBudgetMs);
    assert.deepEqual(slow, [], `checks over ${cpuBudgetMs} ms of CPU`);
  });

  test('what is scored is the prefix: a weak start is refused whatever follows', () => {
    const prefix = 'password'.repeat(passwordStrengthCheck.scoredPrefixLength / 8 + 1).slice(0, passwordStrengthCheck.scoredPrefixLength);
    assert.match(verdict(`${prefix} lanterns over the quiet harbour`) ?? 'accepted', /too easy to guess/);
    assert.equal(verdict(`lanterns over the quiet harbour ${prefix}`), null);
  });
});
