/**
 * Vocabulary shared by the API, the domain and the web app.
 * Values are stable identifiers stored in the database and sent over the wire;
 * labels are what people read.
 */

/** What a person may do across the whole organization (program roles are separate). */
export const organizationRoles = ['admin', 'coordinator', 'member'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

export const organizationRoleLabels: Record<OrganizationRole, string> = {
  admin: 'Organization admin',
  coordinator: 'Program coordinator',
  member: 'Member',
};

/** The three kinds of program in DOMAIN.md. */
export const programTypes = ['one_to_one', 'group', 'self_directed'] as const;
export type ProgramType = (typeof programTypes)[number];

export const programTypeLabels: Record<ProgramType, string> = {
  one_to_one: 'One-to-one cohort',
  group: 'Group circles',
  self_directed: 'Self-directed',
};

export const programTypeDescriptions: Record<ProgramType, string> = {
  one_to_one:
    'A coordinator matches mentees to mentors for a cohort; participants can state preferences and the coordinator reviews and publishes.',
  group:
    'Circles of a few mentors and several mentees (at most 15 people) meet regularly, choose their topics together and learn from each other.',
  self_directed:
    'Mentor training is offered and each person adds mentoring to their career plan with their supervisor, reaching out on their own.',
};

export const programStatuses = ['draft', 'active', 'closed'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

/** Roles a person holds inside one program. A person may hold several across programs. */
export const programRoles = ['coordinator', 'mentor', 'mentee', 'supervisor'] as const;
export type ProgramRole = (typeof programRoles)[number];

/** Roles a coordinator enrols people into (coordinators are added the same way). */
export const programRoleLabels: Record<ProgramRole, string> = {
  coordinator: 'Coordinator',
  mentor: 'Mentor',
  mentee: 'Mentee',
  supervisor: 'Supervisor',
};

export const enrolmentStatuses = ['active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/** The program design checklist: questions to answer before a program starts. */
export const designChecklistItems = [
  'purpose',
  'strategy_link',
  'top_management_support',
  'selection_criteria',
  'mentoring_is_the_answer',
  'training_plan',
] as const;
export type DesignChecklistItem = (typeof designChecklistItems)[number];

export const designChecklistQuestions: Record<DesignChecklistItem, string> = {
  purpose: 'What is the purpose of the program?',
  strategy_link: 'How does it support the organization’s strategy?',
  top_management_support: 'Does top management support it, and how will they show it?',
  selection_criteria: 'How will mentors and mentees be selected?',
  mentoring_is_the_answer: 'Is mentoring the right answer to the need, rather than training or coaching?',
  training_plan: 'How will mentors and mentees be prepared (training plan)?',
};

export const checklistStatuses = ['open', 'answered'] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];

/** Kram's mentoring functions: the vocabulary of needs, offers, ties and goals. */
export const mentoringFunctions = [
  'sponsorship',
  'exposure',
  'challenging_assignments',
  'coaching',
  'protection',
  'acceptance',
  'counseling',
  'friendship',
  'role_modeling',
] as const;
export type MentoringFunction = (typeof mentoringFunctions)[number];
