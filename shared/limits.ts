/** Input limits enforced by the API and shown by the web app's forms. */
export const limits = {
  nameMax: 120,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 200,
  longTextMax: 4000,
  shortTextMax: 200,
  checklistAnswerMax: 2000,
  listMax: 50,
  pageSizeMax: 200,
  /** One expectation in an agreement ("give me honest feedback") or one first goal. */
  agreementItemMax: 200,
  /** Expectations each side lists, and first goals, per agreement. */
  agreementListMax: 20,
  /** Each confidentiality text and the meeting guidelines' own words. */
  agreementTextMax: 2000,
} as const;
