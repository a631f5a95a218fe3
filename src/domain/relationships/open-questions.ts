import type { RelationshipStage } from '../../../shared/enums.ts';

/**
 * What a question is for, after the active-listening habits good mentors practise: ask open
 * questions that need more than yes or no, check understanding by saying it back in your own
 * words, and sum up now and then so both leave with the same picture.
 */
export type OpenQuestionPurpose = 'open' | 'clarify' | 'summarize';

/** A question to put on an agenda. */
export type OpenQuestion = { purpose: OpenQuestionPurpose; text: string };

type StagedQuestion = OpenQuestion & { stages: readonly RelationshipStage[] | 'all' };

// Written for this product. Open questions start with what, how, where, when or why, so the
// answer cannot be a plain yes or no.
const questions: readonly StagedQuestion[] = [
  { purpose: 'open', stages: ['creating'], text: 'What would make these conversations worth your time?' },
  { purpose: 'open', stages: ['creating'], text: 'How do you like to receive feedback, and what should I avoid?' },
  { purpose: 'open', stages: ['creating', 'building'], text: 'Where do you want to be a year from now, and what stands in the way?' },
  { purpose: 'open', stages: ['building'], text: 'What did you try since we last spoke, and what happened?' },
  { purpose: 'open', stages: ['building'], text: 'Which of your goals feels hardest right now, and why?' },
  { purpose: 'open', stages: ['building', 'mastery'], text: 'How would you approach this if I were not here to ask?' },
  { purpose: 'open', stages: ['mastery'], text: 'What do you want to lead in our next conversations?' },
  { purpose: 'open', stages: ['mastery', 'moving_on'], text: 'What have you learned that you could now pass on to someone else?' },
  { purpose: 'open', stages: ['moving_on'], text: 'How would you like to stay in touch once the program ends?' },
  { purpose: 'open', stages: 'all', text: 'What has been on your mind since our last meeting?' },
  { purpose: 'clarify', stages: 'all', text: 'Let me say it back in my own words: is this what you mean?' },
  { purpose: 'clarify', stages: 'all', text: 'When you say it went "fine", what exactly went well and what did not?' },
  { purpose: 'summarize', stages: 'all', text: 'Before we close: what have we agreed, and who does what by when?' },
  { purpose: 'summarize', stages: 'all', text: 'What is the one thing you take away from today?' },
];

/**
 * Questions to suggest for a meeting's agenda: those meant for the relationship's stage first,
 * then the ones that fit every stage (clarifying and summing up belong in every meeting).
 *
 * @example
 * suggestOpenQuestions('building')[0] // => { purpose: 'open', text: 'Where do you want to be a year from now, …' }
 */
export function suggestOpenQuestions(stage: RelationshipStage): OpenQuestion[] {
  const forStage = questions.filter((q) => q.stages !== 'all' && q.stages.includes(stage));
  const always = questions.filter((q) => q.stages === 'all');
  return [...forStage, ...always].map(({ purpose, text }) => ({ purpose, text }));
}
