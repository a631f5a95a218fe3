import type { CreateProgram } from '../../../shared/schemas/programs.ts';

/** The demo organization's programs, with their design checklists filled in. */
export const emergingLeaders: CreateProgram & { status: 'active' } = {
  name: 'Emerging Leaders 2027',
  type: 'one_to_one',
  status: 'active',
  purpose:
    'Prepare first-time and soon-to-be managers for leading people: each mentee works with an experienced leader from another department for ten months.',
  organizationalGoals:
    'Supports the 2027 strategy goal of filling 60% of management openings internally and raising manager effectiveness scores.',
  startsOn: '2027-01-15',
  endsOn: '2027-10-31',
  designChecklist: {
    purpose: { status: 'answered', answer: 'Build a bench of internal leaders ready for their first management role.' },
    strategy_link: { status: 'answered', answer: 'Internal promotion target in the 2027 people strategy.' },
    top_management_support: { status: 'answered', answer: 'The COO sponsors the program and opens and closes the cohort.' },
    selection_criteria: {
      status: 'answered',
      answer:
        'Mentees: nominated by their supervisor and self-motivated. Mentors: two years or more leading teams, completed mentor training.',
    },
    mentoring_is_the_answer: { status: 'answered', answer: 'Yes: the gap is judgement and confidence, not a skill a course can teach.' },
    training_plan: { status: 'open', answer: '' },
  },
};

export const engineeringCircles: CreateProgram & { status: 'active' } = {
  name: 'Women in Engineering Circles',
  type: 'group',
  status: 'active',
  purpose: 'Small circles of engineers and senior leaders who meet monthly, choose their own topics and support each other’s growth.',
  organizationalGoals: 'Supports retention and promotion of women in engineering (diversity goals for 2027).',
  startsOn: '2026-09-01',
  endsOn: '2027-06-30',
  designChecklist: {
    purpose: { status: 'answered', answer: 'Peer and group mentoring for women in engineering roles.' },
    strategy_link: { status: 'answered', answer: 'Engineering retention and representation goals.' },
    top_management_support: { status: 'answered', answer: 'The VP Engineering hosts the kickoff.' },
    selection_criteria: { status: 'open', answer: '' },
    mentoring_is_the_answer: { status: 'answered', answer: 'Yes: members ask for role models and a trusted peer group.' },
    training_plan: { status: 'answered', answer: 'A facilitation guide and a confidentiality pledge for each circle.' },
  },
};

/** Open to everyone: where mentee-driven requests become relationships (seed 000: the mentee builds the network). */
export const developmentalNetworks: CreateProgram & { status: 'active' } = {
  name: 'Developmental Networks',
  type: 'self_directed',
  status: 'active',
  purpose:
    'Everyone builds their own network of mentors: ask a colleague for a conversation, help in one area, or support through a period.',
  organizationalGoals: 'Supports the 2027 goal that every employee has a development plan and people beyond their manager to learn from.',
  startsOn: '2026-09-01',
  endsOn: null,
  designChecklist: {
    purpose: { status: 'answered', answer: 'Help people find the mentoring functions their plans need, across departments.' },
    strategy_link: { status: 'answered', answer: 'Part of the 2027 people strategy on internal mobility.' },
    top_management_support: { status: 'answered', answer: 'The leadership team offers time as mentors.' },
    selection_criteria: { status: 'answered', answer: 'Open to everyone; mentors set their own capacity.' },
    mentoring_is_the_answer: { status: 'answered', answer: 'Yes: people ask for specific, short help more than for a formal pairing.' },
    training_plan: { status: 'open', answer: '' },
  },
};
