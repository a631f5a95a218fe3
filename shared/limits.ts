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
} as const;
