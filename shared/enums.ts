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

/** The mentoring functions among `values` (stored or sent as plain text), in the canonical order; anything else is dropped. */
export function toMentoringFunctions(values: readonly string[]): MentoringFunction[] {
  return mentoringFunctions.filter((fn) => values.includes(fn));
}

export const mentoringFunctionLabels: Record<MentoringFunction, string> = {
  sponsorship: 'Sponsorship',
  exposure: 'Exposure and visibility',
  challenging_assignments: 'Challenging assignments',
  coaching: 'Coaching',
  protection: 'Protection',
  acceptance: 'Acceptance and confirmation',
  counseling: 'Counseling',
  friendship: 'Friendship',
  role_modeling: 'Role modeling',
};

/** A short explanation of each function, in plain words, for forms and tooltips. */
export const mentoringFunctionDescriptions: Record<MentoringFunction, string> = {
  sponsorship: 'Puts your name forward for roles, promotions and opportunities.',
  exposure: 'Creates chances for the right people to see your work.',
  challenging_assignments: 'Hands you stretch work that grows new skills.',
  coaching: 'Teaches skills and explains how things work here.',
  protection: 'Helps you avoid mistakes that could derail your career.',
  acceptance: 'Helps you see your own worth and builds your confidence.',
  counseling: 'Listens and helps you work through worries and feelings about work.',
  friendship: 'Offers companionship and a friendly ear at work.',
  role_modeling: 'Someone whose way of working and values you can watch and learn from.',
};

/** What a participant assumes mentoring is (Poulsen). */
export const mentoringApproaches = ['sage_on_the_stage', 'guide_on_the_side', 'learning_alliance'] as const;
export type MentoringApproach = (typeof mentoringApproaches)[number];

export const mentoringApproachLabels: Record<MentoringApproach, string> = {
  sage_on_the_stage: 'Expert and door-opener',
  guide_on_the_side: 'Guide through a chosen change',
  learning_alliance: 'Learning alliance',
};

export const mentoringApproachDescriptions: Record<MentoringApproach, string> = {
  sage_on_the_stage: 'The mentor is the experienced expert who advises and opens doors; success means titles, pay and position.',
  guide_on_the_side:
    'The mentee has chosen a change (a new role, a transition) and the mentor helps them through it with questions more than answers.',
  learning_alliance: 'Both people learn from each other as equals; success means growth, meaning and balance as each person defines them.',
};

export const careerOrientations = ['objective', 'subjective', 'balanced'] as const;
export type CareerOrientation = (typeof careerOrientations)[number];

export const careerOrientationLabels: Record<CareerOrientation, string> = {
  objective: 'Objective career: titles, pay, position',
  subjective: 'Subjective career: growth, meaning, balance',
  balanced: 'Both matter to me',
};

/** How mentoring conversations can happen; blended communication is encouraged. */
export const meetingChannels = ['in_person', 'video', 'phone', 'message', 'email'] as const;
export type MeetingChannel = (typeof meetingChannels)[number];

export const meetingChannelLabels: Record<MeetingChannel, string> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone',
  message: 'Chat messages',
  email: 'Email',
};

/** Who may see a self-described identity attribute. */
export const attributeVisibilities = ['private', 'matching_only', 'shared'] as const;
export type AttributeVisibility = (typeof attributeVisibilities)[number];

export const attributeVisibilityLabels: Record<AttributeVisibility, string> = {
  private: 'Only me',
  matching_only: 'Used for matching, never shown to anyone',
  shared: 'Shown to people in my programs',
};

/** The two roles people apply for. */
export const applicationRoles = ['mentor', 'mentee'] as const;
export type ApplicationRole = (typeof applicationRoles)[number];

export const applicationStatuses = ['draft', 'submitted', 'interview', 'accepted', 'waitlisted', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Kinds of custom intake question. */
export const questionKinds = ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'scale', 'date'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Profile questions a coordinator can include in a program's intake form. */
export const standardProfileQuestions = [
  'department',
  'job_title',
  'seniority_level',
  'supervisor',
  'location_and_time_zone',
  'languages',
  'education_and_profession',
  'expertise_offered',
  'expertise_wanted',
  'functions_offered',
  'functions_sought',
  'mentoring_approach',
  'career_orientation',
  'preferred_channels',
  'availability',
  'mentor_capacity',
  'common_ground',
] as const;
export type StandardProfileQuestion = (typeof standardProfileQuestions)[number];

/** The four stages of a mentoring relationship (seed 003): creating, building, mastery, moving on. */
export const relationshipStages = ['creating', 'building', 'mastery', 'moving_on'] as const;
export type RelationshipStage = (typeof relationshipStages)[number];

export const relationshipStageLabels: Record<RelationshipStage, string> = {
  creating: 'Stage 1 · Creating',
  building: 'Stage 2 · Building',
  mastery: 'Stage 3 · Mastery',
  moving_on: 'Stage 4 · Moving on',
};

export const relationshipStageDescriptions: Record<RelationshipStage, string> = {
  creating: 'Getting to know each other and agreeing how to work together.',
  building: 'Working on the goals: meetings, feedback, trying things out.',
  mastery: 'The mentee leads more and more; the mentor steps back.',
  moving_on: 'Taking stock and deciding what comes next.',
};
