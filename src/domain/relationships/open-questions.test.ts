import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relationshipStages } from '../../../shared/enums.ts';
import { suggestOpenQuestions } from './open-questions.ts';

describe('suggestOpenQuestions', () => {
  for (const stage of relationshipStages) {
    test(`${stage}: stage questions first, and every meeting gets clarifying and summing-up questions`, () => {
      const questions = suggestOpenQuestions(stage);
      assert.equal(questions[0]?.purpose, 'open');
      for (const purpose of ['open', 'clarify', 'summarize'] as const)
        assert.ok(
          questions.some((q) => q.purpose === purpose),
          purpose,
        );
      assert.equal(new Set(questions.map((q) => q.text)).size, questions.length);
    });
  }

  test('open questions ask what, how, where, when or why, never for a yes or no', () => {
    for (const stage of relationshipStages) {
      for (const q of suggestOpenQuestions(stage).filter((q) => q.purpose === 'open'))
        assert.match(q.text, /^(What|How|Where|When|Why|Which)\b/, q.text);
    }
  });
});
