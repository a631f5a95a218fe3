import { findOrganizationBySlug, insertOrganization } from '../db/repositories/organization.repository.ts';
import { conflict } from '../domain/errors.ts';
import type { Organization } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';

/** @example await createOrganization(ctx, { name: 'Aurora Labs', slug: 'aurora' }) */
export async function createOrganization(ctx: ServiceContext, input: { name: string; slug: string }): Promise<Organization> {
  if (await findOrganizationBySlug(ctx.db, input.slug)) {
    throw conflict('organization_slug_taken', `An organization with slug "${input.slug}" exists`, [{ field: 'slug', message: 'is taken' }]);
  }
  return insertOrganization(ctx.db, input);
}

export async function findOrganization(ctx: ServiceContext, slug: string): Promise<Organization | undefined> {
  return findOrganizationBySlug(ctx.db, slug);
}
