import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors.ts';
import { agreementSignedAt, checkAgreementSignature, nextAgreementVersion, type AgreementVersionState } from './agreement-signing.ts';

const may1 = new Date('2026-05-01T10:00:00Z');
const may3 = new Date('2026-05-03T10:00:00Z');
const draft: AgreementVersionState = { version: 2, mentorSignedAt: null, menteeSignedAt: null };
const mentorSigned: AgreementVersionState = { version: 2, mentorSignedAt: may1, menteeSignedAt: null };
const bothSigned: AgreementVersionState = { version: 2, mentorSignedAt: may3, menteeSignedAt: may1 };

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('agreementSignedAt', () => {
  const cases: Array<[string, AgreementVersionState, Date | null]> = [
    ['nobody signed', draft, null],
    ['one side signed', mentorSigned, null],
    ['both signed: the later signature', bothSigned, may3],
    ['both signed the other way round', { version: 1, mentorSignedAt: may1, menteeSignedAt: may3 }, may3],
  ];
  for (const [name, state, expected] of cases) test(name, () => assert.deepEqual(agreementSignedAt(state), expected));
});

describe('nextAgreementVersion', () => {
  const cases: Array<[string, AgreementVersionState, number, number | string]> = [
    ['a draft nobody signed', draft, 2, 3],
    ['a change after one side signed: a new version', mentorSigned, 2, 3],
    ['a stale version', draft, 1, 'agreement_edit_conflict'],
    ['a version from the future', draft, 3, 'agreement_edit_conflict'],
    ['a version both signed', bothSigned, 2, 'agreement_signed'],
    ['stale wins over signed (reload first)', bothSigned, 1, 'agreement_edit_conflict'],
  ];
  for (const [name, state, edited, expected] of cases) {
    test(name, () => {
      if (typeof expected === 'number') assert.equal(nextAgreementVersion(state, edited), expected);
      else
        assert.equal(
          codeOf(() => nextAgreementVersion(state, edited)),
          expected,
        );
    });
  }
});

describe('checkAgreementSignature', () => {
  const cases: Array<
    [string, AgreementVersionState, { version: number; side: 'mentor' | 'mentee'; signerSide: 'mentor' | 'mentee' }, boolean | string]
  > = [
    ['the mentee signs their side', draft, { version: 2, side: 'mentee', signerSide: 'mentee' }, true],
    ['the mentor signs again: nothing changes', mentorSigned, { version: 2, side: 'mentor', signerSide: 'mentor' }, false],
    ['the mentee signs after the mentor', mentorSigned, { version: 2, side: 'mentee', signerSide: 'mentee' }, true],
    ['the mentor signs for the mentee', draft, { version: 2, side: 'mentee', signerSide: 'mentor' }, 'not_your_signature'],
    ['the mentee signs for the mentor', draft, { version: 2, side: 'mentor', signerSide: 'mentee' }, 'not_your_signature'],
    ['a stale version', draft, { version: 1, side: 'mentor', signerSide: 'mentor' }, 'agreement_edit_conflict'],
  ];
  for (const [name, state, request, expected] of cases) {
    test(name, () => {
      if (typeof expected === 'boolean') assert.equal(checkAgreementSignature(state, request), expected);
      else
        assert.equal(
          codeOf(() => checkAgreementSignature(state, request)),
          expected,
        );
    });
  }
});
