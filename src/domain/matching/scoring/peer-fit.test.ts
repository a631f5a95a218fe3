import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultMatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { blankMatchingProfile } from './matching-profile.ts';
import { peerFit } from './peer-fit.ts';
import { createScoringSetup, prepareParticipant } from './score-pair.ts';

test('peer fit: shared topics count most, shared functions sought some, nothing in common is 0', () => {
  const setup = createScoringSetup(defaultMatchingRules, { referenceDate: new Date('2027-03-01') });
  const mentee = (id: string, expertiseWanted: string[], functionsSought: Array<'coaching' | 'friendship'>) =>
    prepareParticipant({ ...blankMatchingProfile(id, id), expertiseWanted, functionsSought }, setup);
  const ana = mentee('ana', ['budgeting'], ['coaching']);
  const bo = mentee('bo', ['budgeting'], ['friendship']);
  const cy = mentee('cy', ['budgeting', 'negotiation'], ['coaching']);
  const di = mentee('di', [], []);
  assert.equal(peerFit(ana, bo), 0.75);
  assert.equal(peerFit(ana, cy), 0.75 * 0.5 + 0.25);
  assert.equal(peerFit(ana, di), 0);
  assert.equal(peerFit(ana, cy), peerFit(cy, ana), 'symmetric');
});
