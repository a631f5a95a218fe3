/**
 * How a sign-in treats an email address that holds accounts in several organizations. Pure, so
 * the rules that keep one organization's people hidden from everyone else are read in one place.
 */

/**
 * Accounts a sign-in without a named organization verifies the password against. An address
 * with more accounts signs in to the others by naming the organization.
 */
export const accountsVerifiedPerSignIn = 4;

/**
 * The accounts a sign-in verifies the password against, padded with decoys (`null`) to exactly
 * `slots`: the work is the same whether the address has no account, one or several, so the time a
 * sign-in takes does not tell how many organizations know the address. Accounts past `slots` are
 * left out.
 *
 * @example signInCandidates(['aurora account'], 3) // ['aurora account', null, null]
 */
export function signInCandidates<Account>(accounts: readonly Account[], slots: number): Array<Account | null> {
  return Array.from({ length: slots }, (_, i) => accounts[i] ?? null);
}

/**
 * What a sign-in comes to once the password was tried on each candidate: no account opened (the
 * same answer as an unknown address), exactly one (signed in), or several (the person chooses,
 * among those only).
 *
 * @example signInOutcome([]) // { kind: 'refused' }
 * @example signInOutcome([a, b]) // { kind: 'choose', accounts: [a, b] }
 */
export function signInOutcome<Account>(
  opened: readonly Account[],
): { kind: 'refused' } | { kind: 'signed_in'; account: Account } | { kind: 'choose'; accounts: Account[] } {
  const [first, ...others] = opened;
  if (first === undefined) return { kind: 'refused' };
  if (others.length === 0) return { kind: 'signed_in', account: first };
  return { kind: 'choose', accounts: [first, ...others] };
}
