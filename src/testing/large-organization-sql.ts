// Set-based SQL fragments for the large seeded organization: every person is a row of
// `generate_series`, spread over the value sets by a hash of their number, so the same size gives
// the same organization on every machine and nothing is inserted one row at a time.
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { MentoringApproach, MentoringFunction } from '../../shared/enums.ts';
import { careerOrientations, meetingChannels, mentoringApproaches, mentoringFunctions } from '../../shared/enums.ts';
import {
  largeDepartments,
  largeEducation,
  largeExpertise,
  largeFirstNames,
  largeInterests,
  largeJobTitles,
  largeLastNames,
  largeLocations,
} from './large-organization-values.ts';

/** The kinds of bulk person: mentors and mentees of the program, and members outside it. */
export type LargeSegment = 'mentor' | 'mentee' | 'member';

/**
 * The id of the `index`th (from 1) person of a segment: md5 of org, segment and index with the
 * version (4) and variant (8) digits a UUID needs (the API's ids are checked as UUIDs), the same
 * in SQL and here.
 */
export function largePersonId(organizationId: string, segment: LargeSegment, index: number): string {
  const hex = createHash('md5').update(`${organizationId}:${segment}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The sign-in address of the `index`th person of a segment. */
export function largePersonEmail(segment: LargeSegment, index: number): string {
  return `${segment}-${index}@large.example`;
}

const idSql = (segment: LargeSegment, index: string) =>
  `overlay(overlay(md5($org::text || ':${segment}:' || (${index})) placing '4' from 13) placing '8' from 17)::uuid`;

/** 0..n-1 from a hash of an integer expression and a salt: one independent draw per salt. */
const draw = (expression: string, salt: number, n: number) =>
  `((hashint4((${expression})::int * 31 + ${salt})::bigint + 2147483648) % ${n})`;

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(quote).join(', ')}]::text[]`;

/** One value of `values` for row `g`. */
const pick = (values: readonly string[], g: string, salt: number) => `(${textArray(values)})[1 + ${draw(g, salt, values.length)}]`;

/** `count` distinct values of `values` for row `g` (offsets 0, 2, 5, 7, 11 apart: distinct for every list here). */
function pickSome(values: readonly string[], g: string, salt: number, count: number): string {
  const start = draw(g, salt, values.length);
  const offsets = [0, 2, 5, 7, 11].slice(0, count);
  return `ARRAY[${offsets.map((offset) => `(${textArray(values)})[1 + (${start} + ${offset}) % ${values.length}]`).join(', ')}]::text[]`;
}

/** The mentor who supervises mentee or member `g`: people share their supervisor's department. */
const supervisorIndex = (g: string, mentors: number) => `(1 + ${draw(g, 13, mentors)})`;
const departmentOfMentor = (mentor: string) => pick(largeDepartments, mentor, 11);

const seniority: Record<LargeSegment, (g: string) => string> = {
  mentor: (g) => `3 + ${draw(g, 19, 4)}`,
  mentee: (g) => `1 + ${draw(g, 19, 3)}`,
  member: (g) => `1 + ${draw(g, 19, 6)}`,
};

/** Binds `$org` and the other named values of a fragment as parameters. */
function bind(text: string, values: Record<string, string | number>): SQL {
  const parts = text.split(/(\$[a-z]+)/);
  const chunks: SQL[] = parts.map((part) => {
    if (!part.startsWith('$')) return sql.raw(part);
    const value = values[part.slice(1)];
    if (value === undefined) throw new Error(`no value for ${part}`);
    return sql`${value}`;
  });
  return sql.join(chunks, sql.raw(''));
}

/** Inserts `count` people of a segment, numbered from 1. */
export function insertLargePeople(segment: LargeSegment, values: { org: string; count: number; mentors: number; hash: string }): SQL {
  const g = 'g';
  const department = segment === 'mentor' ? departmentOfMentor(g) : departmentOfMentor(supervisorIndex(g, values.mentors));
  const location = draw(g, 17, largeLocations.length);
  const column = (i: 0 | 1) => textArray(largeLocations.map((row) => row[i]));
  const languages = textArray(largeLocations.map((row) => row[2].join(',')));
  return bind(
    `insert into people (id, organization_id, email, display_name, organization_role, password_hash, department, job_title,
       seniority_level, location, time_zone, languages)
     select ${idSql(segment, g)}, $org::uuid, '${segment}-' || g || '@large.example',
       ${pick(largeFirstNames, g, 3)} || ' ' || ${pick(largeLastNames, g, 5)}, 'member', $hash, ${department},
       ${pick(largeJobTitles, g, 7)}, ${seniority[segment](g)}, (${column(0)})[1 + ${location}], (${column(1)})[1 + ${location}],
       string_to_array((${languages})[1 + ${location}], ',')
     from generate_series(1, $count::int) as g`,
    values,
  );
}

const careerFunctions: MentoringFunction[] = ['sponsorship', 'exposure', 'challenging_assignments', 'coaching', 'protection'];
const psychosocialFunctions: MentoringFunction[] = ['acceptance', 'counseling', 'friendship', 'role_modeling'];
const approaches: readonly MentoringApproach[] = mentoringApproaches;

/** Inserts the profiles of a segment's people: mentors offer, mentees seek, members offer a little. */
export function insertLargeProfiles(
  segment: LargeSegment,
  values: { org: string; count: number; mentors: number; capacity: number; coordinator: string },
): SQL {
  const g = 'g';
  const supervisor =
    segment === 'mentor'
      ? `case when g > 8 then ${idSql('mentor', 'g / 8')} else $coordinator::uuid end`
      : idSql('mentor', supervisorIndex(g, values.mentors));
  const offers = segment === 'mentee' ? 0 : segment === 'mentor' ? 3 : 2;
  const functionsOffered =
    segment === 'mentee' ? pickSome(psychosocialFunctions, g, 29, 1) : pickSome(mentoringFunctions, g, 29, segment === 'mentor' ? 4 : 2);
  const functionsSought =
    segment === 'mentee' ? `${pickSome(careerFunctions, g, 31, 2)} || ${pickSome(psychosocialFunctions, g, 37, 1)}` : "'{}'::text[]";
  const capacity = segment === 'mentor' ? '$capacity::int' : segment === 'mentee' ? '0' : '2';
  const availability = segment === 'mentee' ? `2 + ${draw(g, 41, 4)}` : `4 + ${draw(g, 41, 5)}`;
  return bind(
    `insert into profiles (organization_id, person_id, supervisor_id, education, profession, expertise_offered, expertise_wanted,
       functions_offered, functions_sought, approach, career_orientation, preferred_channels, availability_hours_per_month,
       mentor_capacity, interests)
     select $org::uuid, ${idSql(segment, g)}, ${supervisor}, ${pick(largeEducation, g, 43)}, ${pick(largeJobTitles, g, 7)},
       ${offers === 0 ? "'{}'::text[]" : pickSome(largeExpertise, g, 47, offers)},
       ${segment === 'mentee' ? pickSome(largeExpertise, g, 53, 2) : "'{}'::text[]"},
       ${functionsOffered}, ${functionsSought}, ${pick(approaches, g, 59)}, ${pick(careerOrientations, g, 61)},
       ${pickSome(meetingChannels, g, 67, 2)}, ${availability}, ${capacity}, ${pickSome(largeInterests, g, 71, 2)}
     from generate_series(1, $count::int) as g`,
    values,
  );
}

/** Enrols a segment's first `count` people in the program in its role. */
export function insertLargeEnrolments(
  segment: 'mentor' | 'mentee',
  values: { org: string; count: number; program: string; coordinator: string },
): SQL {
  return bind(
    `insert into enrolments (organization_id, program_id, person_id, role, enrolled_by_id)
     select $org::uuid, $program::uuid, ${idSql(segment, 'g')}, '${segment}', $coordinator::uuid
     from generate_series(1, $count::int) as g`,
    values,
  );
}

/** Half accepted, the rest waiting at each step of review or declined. */
const applicationStatuses = [
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'submitted',
  'submitted',
  'interview',
  'waitlisted',
  'declined',
];

/** Applications of the first `count` mentees to the program, submitted over the last two months. */
export function insertLargeApplications(values: { org: string; count: number; program: string }): SQL {
  const status = pick(applicationStatuses, 'g', 73);
  return bind(
    `insert into applications (organization_id, program_id, person_id, role, status, submitted_at, waitlisted_at)
     select $org::uuid, $program::uuid, ${idSql('mentee', 'g')}, 'mentee', s.status,
       now() - (${draw('g', 79, 60 * 24)} * interval '1 hour'), case when s.status = 'waitlisted' then now() end
     from generate_series(1, $count::int) as g, lateral (select ${status} as status) as s`,
    values,
  );
}

/** The organization's approved skills: the expertise its people offer and want. */
export function insertLargeSkills(values: { org: string }): SQL {
  return bind(
    `insert into skills (organization_id, name, status) select $org::uuid, unnest(${textArray(largeExpertise)}), 'approved'`,
    values,
  );
}
