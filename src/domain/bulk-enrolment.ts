import type { ProgramRole } from '../../shared/enums.ts';
import type { FieldIssue } from './errors.ts';

/**
 * One person to enrol in a bulk call, as the caller named them: by id or by email, in a role.
 * `at` names the entry in problems: `people.3` for the fourth of a JSON list, `line.5` for a CSV.
 */
export type BulkEntry = { at: string; personId?: string | undefined; email?: string | undefined; role: ProgramRole };

/** A person a bulk entry may name, as the organization holds them. */
export type EnrollablePerson = { id: string; email: string; erased: boolean };

/** What to write: every (person, role) once, in the order given, and the problems found. */
export type BulkEnrolmentPlan = { enrol: Array<{ personId: string; role: ProgramRole; at: string }>; issues: FieldIssue[] };

/**
 * Checks a bulk enrolment against the people the organization holds: each entry must name a
 * person of the organization who was not erased, and name each (person, role) once. Maps are
 * built once, so the check is linear in the entries.
 *
 * @example
 * planBulkEnrolment([{ at: 'people.0', email: 'ana@x.org', role: 'mentee' }], [{ id, email: 'ana@x.org', erased: false }])
 * // { enrol: [{ personId: id, role: 'mentee', at: 'people.0' }], issues: [] }
 */
export function planBulkEnrolment(entries: readonly BulkEntry[], people: readonly EnrollablePerson[]): BulkEnrolmentPlan {
  const byId = new Map(people.map((person) => [person.id, person]));
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const firstAt = new Map<string, string>();
  const plan: BulkEnrolmentPlan = { enrol: [], issues: [] };
  for (const entry of entries) {
    const field = entry.personId === undefined ? 'email' : 'personId';
    const person = entry.personId === undefined ? byEmail.get(entry.email ?? '') : byId.get(entry.personId);
    if (!person) {
      plan.issues.push({
        field: `${entry.at}.${field}`,
        message: `no one in this organization has this ${field === 'email' ? 'email' : 'id'}`,
      });
      continue;
    }
    if (person.erased) {
      plan.issues.push({ field: `${entry.at}.${field}`, message: 'this person was erased and cannot be enrolled' });
      continue;
    }
    const key = `${person.id} ${entry.role}`;
    const earlier = firstAt.get(key);
    if (earlier !== undefined) {
      plan.issues.push({ field: entry.at, message: `the same person and role as ${earlier}` });
      continue;
    }
    firstAt.set(key, entry.at);
    plan.enrol.push({ personId: person.id, role: entry.role, at: entry.at });
  }
  return plan;
}
