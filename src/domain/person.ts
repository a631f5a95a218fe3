import type { OrganizationRole } from '../../shared/enums.ts';

/** A person of an organization, as the rest of the code sees them. */
export type Person = {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  organizationRole: OrganizationRole;
  status: 'active' | 'disabled';
  department: string | null;
  jobTitle: string | null;
  seniorityLevel: number | null;
  location: string | null;
  timeZone: string | null;
  languages: string[];
};

/** The profile fields a person or an import may set. */
export type PersonProfile = Pick<Person, 'department' | 'jobTitle' | 'seniorityLevel' | 'location' | 'timeZone' | 'languages'>;

export type Organization = { id: string; name: string; slug: string; seniorityLevels: Array<{ level: number; label: string }> };

/** Who is acting: every service call is made on someone's behalf, inside one organization. */
export type Actor = {
  personId: string;
  organizationId: string;
  organizationRole: OrganizationRole;
};

/** @example actorOf(person) */
export function actorOf(person: Person): Actor {
  return {
    personId: person.id,
    organizationId: person.organizationId,
    organizationRole: person.organizationRole,
  };
}
