import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { accountsVerifiedPerSignIn, signInCandidates, signInOutcome } from './sign-in.ts';

describe('sign-in across organizations', () => {
  test('the password is always tried the same number of times, whatever the number of accounts', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid(), { maxLength: accountsVerifiedPerSignIn + 3 }), fc.integer({ min: 1, max: 6 }), (accounts, slots) => {
        const candidates = signInCandidates(accounts, slots);
        assert.equal(candidates.length, slots);
        assert.deepEqual(
          candidates.filter((c) => c !== null),
          accounts.slice(0, slots),
        );
      }),
    );
  });

  test('no account opened, one, or several', () => {
    assert.deepEqual(signInOutcome([]), { kind: 'refused' });
    assert.deepEqual(signInOutcome(['a']), { kind: 'signed_in', account: 'a' });
    assert.deepEqual(signInOutcome(['a', 'b']), { kind: 'choose', accounts: ['a', 'b'] });
  });
});
