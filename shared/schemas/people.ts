import { z } from 'zod';
import { organizationRoles } from '../enums.ts';
import { limits } from '../limits.ts';
import { IdSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

/** A person as other members of their organization see them. */
export const PersonSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  organizationRole: z.enum(organizationRoles),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
  seniorityLevel: z.number().int().nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  languages: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

export const personStatuses = ['active', 'disabled'] as const;
export type PersonStatus = (typeof personStatuses)[number];

/** A line of the organization's directory: the person and whether their account is active. */
export const DirectoryPersonSchema = PersonSchema.extend({ status: z.enum(personStatuses) });
export type DirectoryPerson = z.infer<typeof DirectoryPersonSchema>;

/**
 * The directory's page query: `q` over name, email, department and job title, and the filters an
 * admin uses at the size of a company. Ordered by name (then id), case aside.
 */
export const PeopleQuerySchema = SearchPageQuerySchema.extend({
  department: z.string().trim().min(1).max(limits.shortTextMax).optional().describe('Only people of this department (exact, case aside)'),
  organizationRole: z.enum(organizationRoles).optional().describe('Only people holding this organization role'),
  status: z.enum(personStatuses).optional().describe('Only active or only disabled accounts (both when left out)'),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;

export const PeoplePageSchema = pageSchema(DirectoryPersonSchema);
export type PeoplePage = z.infer<typeof PeoplePageSchema>;
