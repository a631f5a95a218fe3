/**
 * Starting points for a mentoring agreement, in our own words after the expectations that
 * mentors and mentees commonly name (seed 004). The pair picks from them and edits; nothing
 * here is required. Shared by the API (template defaults) and the web app (pickers).
 */

/** What a mentor may expect of their mentee. */
export const mentorExpectationSuggestions = [
  'Know roughly where you want to go, and tell me',
  'Take the program seriously and stay committed to it',
  'Listen to what I share, and question it',
  'Meet with me regularly',
  'Understand if I sometimes have to move a meeting',
  'Be honest and open with me',
  'Bring a sense of humour',
  'Come prepared, with topics for our meetings',
] as const;

/** What a mentee may expect of their mentor. */
export const menteeExpectationSuggestions = [
  'Stay committed to our meetings and to my development',
  'Keep our discussions confidential',
  'Listen without judging me',
  'Give me honest feedback',
  'Help me in the areas that matter to me',
  'Ask questions that make me think',
  'Meet with me regularly',
  'Share your own experience, including mistakes',
] as const;

/** Confidentiality wording a template starts from. */
export const confidentialitySuggestions = {
  betweenUs:
    'What we discuss stays between the two of us: personal matters, concerns about colleagues, and anything either of us asks to keep private.',
  programMaySee:
    'The program may see that we meet (dates, how often, by which channel), our stage, and whether our goals are on track, never what we said.',
} as const;

/** First goals a template may offer, for the pair to replace with their own. */
export const firstGoalSuggestions = [
  'Agree on the two or three areas I want to develop this year',
  'Write down what success looks like at our review date',
] as const;
