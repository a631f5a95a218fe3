import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { limits } from '../../../shared/limits.ts';
import { DomainError } from '../../domain/errors.ts';
import { demoPassword } from '../demo/demo-people.ts';
import { testPassword } from '../../testing/factories.ts';
import { assertPasswordAcceptable } from './password-policy.ts';

/** The message of the 422 for `password`, or null when it is accepted. */
function verdict(password: string, userInputs: string[] = []): string | null {
  try {
    assertPasswordAcceptable(password, { field: 'newPassword', userInputs });
    return null;
  } catch (error) {
    assert.ok(error instanceof DomainError && error.code === 'invalid_input', String(error));
    assert.deepEqual((error.details as Array<{ field: string }>).map((issue) => issue.field), ['newPassword']);
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
    for (const password of ['password1234', 'Password123!', 'qwertyuiop123', 'iloveyou1234', '111111111111', 'abcdefghijkl', 'letmein12345', 'trustno1trustno1', 'P@ssw0rd2024!']) {
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
});
