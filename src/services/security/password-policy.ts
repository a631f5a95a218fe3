import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { limits } from '../../../shared/limits.ts';
import { invalidInput } from '../../domain/errors.ts';

/**
 * zxcvbn's score runs 0-4; 3 means about 10^8 guesses or more ("safely unguessable" for an online
 * attack that is also rate limited). Common and breached-list passwords, keyboard walks, repeats
 * and dates score 0-2 whatever their length.
 */
export const minimumPasswordScore = 3;

/**
 * How much of a password zxcvbn scores: its first 100 characters, as zxcvbn advises (a password
 * strong over 100 characters is strong). The whole password is still hashed. The matching grows
 * faster than the length (a 200-character keyboard walk took 0.7 s, blocking the event loop), and
 * l33t substitutions multiply it, so both are capped; so is the length of the person's own words
 * (email, name) used as a dictionary: zxcvbn tries every substring up to the longest word, and its
 * own lists' longest is 20. The slowest hostile input found costs about 20 ms (see the test).
 */
export const passwordStrengthCheck = { scoredPrefixLength: 100, l33tMaxSubstitutions: 10, personalWordMaxLength: 40 } as const;

// Built once: the dictionaries take ~50 ms to load and are shared by every check.
let estimator: ZxcvbnFactory | undefined;

/**
 * Refuses a password that is too short, too long (argon2 hashes every byte) or easy to guess
 * (zxcvbn with its common-password and diceware lists, and the person's own email and name).
 * Throws a 422 `invalid_input` naming `field`.
 *
 * @example assertPasswordAcceptable('correct horse battery staple', { field: 'password', userInputs: [email] });
 */
export function assertPasswordAcceptable(password: string, context: { field: string; userInputs?: string[] }): void {
  const { field } = context;
  if (password.length < limits.passwordMin) {
    throw invalidInput([{ field, message: `must be at least ${limits.passwordMin} characters` }]);
  }
  if (password.length > limits.passwordMax) {
    throw invalidInput([{ field, message: `must be at most ${limits.passwordMax} characters` }]);
  }
  estimator ??= new ZxcvbnFactory({
    dictionary,
    graphs: adjacencyGraphs,
    maxLength: passwordStrengthCheck.scoredPrefixLength,
    l33tMaxSubstitutions: passwordStrengthCheck.l33tMaxSubstitutions,
  });
  const result = estimator.check(password, personalWords(context.userInputs ?? []));
  if (result.score < minimumPasswordScore) {
    throw invalidInput([
      {
        field,
        message: 'is too easy to guess (a common password or a simple pattern); use a longer phrase of several unrelated words',
      },
    ]);
  }
}

/**
 * The words of a person's email and name as an attacker would try them: whole, the email's local
 * part, run together without separators, and each word alone; of at most 40 characters (a longer
 * run-together name or email would make every check try substrings that long).
 */
function personalWords(inputs: readonly string[]): string[] {
  const words = inputs.flatMap((input) => {
    const lower = input.toLowerCase();
    const local = lower.split('@')[0] ?? lower;
    return [lower, local, local.replace(/[^\p{L}\p{N}]+/gu, ''), lower.replace(/[^\p{L}\p{N}]+/gu, ''), ...lower.split(/[^\p{L}\p{N}]+/u)];
  });
  return [...new Set(words)].filter((word) => word.length >= 3 && word.length <= passwordStrengthCheck.personalWordMaxLength);
}
