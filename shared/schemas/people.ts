import { z } from 'zod';
import { organizationRoles } from '../enums.ts';
import { limits } from '../limits.ts';
import { IdSchema } from './common.ts';

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

export const PeopleQuerySchema = z.object({
  q: z.string().trim().max(limits.shortTextMax).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;

export const PeopleListSchema = z.object({ people: z.array(PersonSchema) });
