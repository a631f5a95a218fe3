import { conflict, forbidden } from '../errors.ts';

/** The two sides that sign an agreement. */
export type AgreementSide = 'mentor' | 'mentee';

/** What the rules need of an agreement's current version. */
export type AgreementVersionState = { version: number; mentorSignedAt: Date | null; menteeSignedAt: Date | null };

/**
 * When the agreement became signed: the later of the two signatures, or null while either
 * side has not signed the version.
 *
 * @example agreementSignedAt({ version: 2, mentorSignedAt: may1, menteeSignedAt: may3 }) // may3
 */
export function agreementSignedAt(state: AgreementVersionState): Date | null {
  if (!state.mentorSignedAt || !state.menteeSignedAt) return null;
  return new Date(Math.max(state.mentorSignedAt.getTime(), state.menteeSignedAt.getTime()));
}

function requireCurrent(current: AgreementVersionState, version: number, action: string): void {
  if (version !== current.version) {
    throw conflict(
      'agreement_edit_conflict',
      `The agreement changed since you opened it (you ${action} version ${version}; the current one is ${current.version}). Reload it and try again.`,
      { currentVersion: current.version },
    );
  }
}

/**
 * Checks an edit of the draft and returns the number of the version it creates. Every edit is
 * a new version (each one kept; both signatures start empty), made only on the current
 * version, so an edit made on an older one is refused instead of overwriting what the other
 * side saved. A version both have signed is final and is not edited.
 *
 * @example nextAgreementVersion({ version: 1, mentorSignedAt: null, menteeSignedAt: null }, 1) // 2
 */
export function nextAgreementVersion(current: AgreementVersionState, editedVersion: number): number {
  requireCurrent(current, editedVersion, 'edited');
  if (agreementSignedAt(current))
    throw conflict('agreement_signed', 'Both of you have signed this agreement; a signed version is not edited');
  return current.version + 1;
}

/**
 * Checks a signature: only one's own side, only on the current version. Answers false when
 * that side has signed this version already (signing again changes nothing).
 *
 * @example checkAgreementSignature(current, { version: 1, side: 'mentee', signerSide: 'mentee' }) // true
 */
export function checkAgreementSignature(
  current: AgreementVersionState,
  request: { version: number; side: AgreementSide; signerSide: AgreementSide },
): boolean {
  if (request.side !== request.signerSide) throw forbidden('not_your_signature', `Only the ${request.side} signs for the ${request.side}`);
  requireCurrent(current, request.version, 'signed');
  return (request.side === 'mentor' ? current.mentorSignedAt : current.menteeSignedAt) === null;
}
