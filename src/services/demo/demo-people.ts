import type { PersonProfile } from '../../domain/person.ts';

/**
 * The demo organization's people: varied departments, seniority, cities, time zones, languages
 * and expertise, so that the product has something real-looking to show.
 */
export type DemoPerson = { displayName: string; email: string; expertiseOffered: string[] } & PersonProfile;

type Row = [
  name: string,
  department: string,
  title: string,
  seniority: number,
  city: string,
  timeZone: string,
  languages: string,
  expertise: string,
];

const domain = 'aurora.example';

function toDemoPerson([name, department, title, seniority, city, timeZone, languages, expertise]: Row): DemoPerson {
  const email = `${name
    .toLowerCase()
    .replaceAll('ı', 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')}@${domain}`;
  return {
    displayName: name,
    email,
    department,
    jobTitle: title,
    seniorityLevel: seniority,
    location: city,
    timeZone,
    languages: languages.split(','),
    expertiseOffered: expertise.split(','),
  };
}

export const demoAdmin = toDemoPerson([
  'Tomás Alvarez',
  'IT',
  'Platform Administrator',
  4,
  'Lisbon',
  'Europe/Lisbon',
  'pt,en,es',
  'systems administration,security',
]);
export const demoCoordinator = toDemoPerson([
  'Priya Raman',
  'People & Culture',
  'Talent Development Lead',
  5,
  'Toronto',
  'America/Toronto',
  'en,ta,hi',
  'program design,coaching,facilitation',
]);

export const demoMentors: DemoPerson[] = (
  [
    ['Amara Okafor', 'Engineering', 'VP Engineering', 6, 'Lagos', 'Africa/Lagos', 'en,yo', 'engineering management,hiring,system design'],
    ['Henrik Larsen', 'Finance', 'Finance Director', 6, 'Copenhagen', 'Europe/Copenhagen', 'da,en,de', 'budgeting,forecasting,negotiation'],
    ['Mei Lin Tan', 'Product', 'Head of Product', 5, 'Singapore', 'Asia/Singapore', 'en,zh', 'product strategy,user research,roadmapping'],
    [
      'Carlos Mendoza',
      'Sales',
      'Regional Sales Director',
      5,
      'Mexico City',
      'America/Mexico_City',
      'es,en',
      'negotiation,account management,public speaking',
    ],
    ['Fatima Zahra Benali', 'Legal', 'General Counsel', 6, 'Paris', 'Europe/Paris', 'fr,ar,en', 'contract law,compliance,negotiation'],
    [
      'David Cohen',
      'Engineering',
      'Principal Engineer',
      5,
      'Toronto',
      'America/Toronto',
      'en,he',
      'system design,technical writing,architecture',
    ],
    ['Ngozi Eze', 'Operations', 'COO', 6, 'Nairobi', 'Africa/Nairobi', 'en,sw,ig', 'operations,change management,strategy'],
    ['Sofia Rossi', 'Marketing', 'Marketing Director', 5, 'Milan', 'Europe/Rome', 'it,en', 'brand strategy,storytelling,public speaking'],
    ['Kenji Watanabe', 'Research', 'Research Director', 6, 'Tokyo', 'Asia/Tokyo', 'ja,en', 'data science,experiment design,publishing'],
    [
      'Olivia Brown',
      'People & Culture',
      'HR Business Partner',
      4,
      'London',
      'Europe/London',
      'en',
      'career development,conflict resolution,coaching',
    ],
    [
      'Rafael Souza',
      'Customer Success',
      'Head of Customer Success',
      5,
      'São Paulo',
      'America/Sao_Paulo',
      'pt,en,es',
      'customer relationships,team leadership,escalations',
    ],
    [
      'Anjali Mehta',
      'Engineering',
      'Engineering Manager',
      4,
      'Bangalore',
      'Asia/Kolkata',
      'en,hi,mr',
      'engineering management,mentoring juniors,agile delivery',
    ],
    ['Lukas Becker', 'Finance', 'Controller', 4, 'Berlin', 'Europe/Berlin', 'de,en', 'accounting,budgeting,process improvement'],
    [
      'Grace Mwangi',
      'Product',
      'Director of Design',
      5,
      'Nairobi',
      'Africa/Nairobi',
      'en,sw',
      'design leadership,user research,facilitation',
    ],
  ] satisfies Row[]
).map(toDemoPerson);

export const demoMentees: DemoPerson[] = (
  [
    ['Aisha Mohammed', 'Engineering', 'Software Engineer', 2, 'Lagos', 'Africa/Lagos', 'en,ha', 'frontend,testing'],
    ['Ben Carter', 'Finance', 'Financial Analyst', 2, 'London', 'Europe/London', 'en', 'spreadsheets,reporting'],
    ['Chloé Martin', 'Marketing', 'Content Specialist', 1, 'Paris', 'Europe/Paris', 'fr,en', 'writing,social media'],
    ['Diego Fernández', 'Sales', 'Account Executive', 2, 'Madrid', 'Europe/Madrid', 'es,en', 'prospecting,demos'],
    ['Elif Yılmaz', 'Research', 'Data Scientist', 2, 'Berlin', 'Europe/Berlin', 'tr,de,en', 'machine learning,statistics'],
    ['Farid Haddad', 'Operations', 'Operations Analyst', 1, 'Paris', 'Europe/Paris', 'fr,ar,en', 'process mapping,logistics'],
    ['Gabriela Silva', 'Customer Success', 'Customer Success Manager', 2, 'São Paulo', 'America/Sao_Paulo', 'pt,en', 'onboarding,renewals'],
    ['Hiroshi Sato', 'Engineering', 'Backend Engineer', 3, 'Tokyo', 'Asia/Tokyo', 'ja,en', 'databases,distributed systems'],
    ['Isabel Costa', 'Legal', 'Paralegal', 1, 'Lisbon', 'Europe/Lisbon', 'pt,en', 'contract review,research'],
    ['Jamal Wright', 'Product', 'Associate Product Manager', 1, 'Toronto', 'America/Toronto', 'en,fr', 'user interviews,analytics'],
    ['Kavya Nair', 'Engineering', 'QA Engineer', 2, 'Bangalore', 'Asia/Kolkata', 'en,ml,hi', 'test automation,release management'],
    ['Liam O’Connor', 'Sales', 'Sales Development Rep', 1, 'Dublin', 'Europe/Dublin', 'en,ga', 'cold outreach,CRM'],
    ['Maya Goldberg', 'People & Culture', 'Recruiter', 2, 'Toronto', 'America/Toronto', 'en,he', 'interviewing,employer branding'],
    ['Nikhil Rao', 'Finance', 'Junior Accountant', 1, 'Bangalore', 'Asia/Kolkata', 'en,kn,hi', 'bookkeeping,reconciliation'],
    [
      'Oluwaseun Adeyemi',
      'Engineering',
      'Site Reliability Engineer',
      3,
      'Lagos',
      'Africa/Lagos',
      'en,yo',
      'incident response,cloud infrastructure',
    ],
    ['Paula Jiménez', 'Marketing', 'Marketing Analyst', 2, 'Mexico City', 'America/Mexico_City', 'es,en', 'campaign analytics,SEO'],
    ['Qi Zhang', 'Research', 'Research Scientist', 3, 'Singapore', 'Asia/Singapore', 'zh,en', 'experiment design,writing papers'],
    ['Rosa Delgado', 'Operations', 'Supply Planner', 2, 'Mexico City', 'America/Mexico_City', 'es,en', 'forecasting,vendor management'],
    [
      'Samuel Otieno',
      'Customer Success',
      'Support Team Lead',
      3,
      'Nairobi',
      'Africa/Nairobi',
      'en,sw',
      'team leadership,support operations',
    ],
    ['Tanvir Ahmed', 'Engineering', 'Mobile Engineer', 2, 'London', 'Europe/London', 'en,bn', 'iOS,Android'],
    ['Ursula Novak', 'Legal', 'Compliance Analyst', 2, 'Berlin', 'Europe/Berlin', 'de,cs,en', 'regulation,policy writing'],
    ['Valentina Greco', 'Product', 'Product Designer', 2, 'Milan', 'Europe/Rome', 'it,en', 'interaction design,prototyping'],
    ['Wei Chen', 'Finance', 'FP&A Analyst', 2, 'Singapore', 'Asia/Singapore', 'zh,en,ms', 'modeling,budgeting'],
    ['Ximena Torres', 'Sales', 'Account Manager', 3, 'São Paulo', 'America/Sao_Paulo', 'es,pt,en', 'account planning,negotiation'],
    ['Yusuf Kaya', 'Engineering', 'Data Engineer', 2, 'Copenhagen', 'Europe/Copenhagen', 'tr,da,en', 'pipelines,SQL'],
    ['Zanele Dlamini', 'People & Culture', 'Learning Specialist', 2, 'Nairobi', 'Africa/Nairobi', 'en,zu', 'workshop design,e-learning'],
    ['Ahmed Hassan', 'Operations', 'Project Coordinator', 1, 'Paris', 'Europe/Paris', 'ar,fr,en', 'scheduling,stakeholder updates'],
    ['Bianca Ferreira', 'Marketing', 'Brand Designer', 2, 'Lisbon', 'Europe/Lisbon', 'pt,en', 'visual identity,illustration'],
    ['Connor MacLeod', 'Engineering', 'Security Engineer', 3, 'London', 'Europe/London', 'en,gd', 'threat modeling,application security'],
    ['Divya Sharma', 'Product', 'Product Analyst', 1, 'Bangalore', 'Asia/Kolkata', 'en,hi', 'SQL,experimentation'],
    ['Emeka Nwosu', 'Finance', 'Treasury Analyst', 2, 'Lagos', 'Africa/Lagos', 'en,ig', 'cash management,risk'],
    ['Freya Nilsson', 'Research', 'UX Researcher', 2, 'Copenhagen', 'Europe/Copenhagen', 'sv,da,en', 'usability testing,surveys'],
  ] satisfies Row[]
).map(toDemoPerson);

/** The password of every demo account (the README lists the sign-ins). */
export const demoPassword = 'constellation-demo';
