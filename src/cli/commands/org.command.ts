import type { Command } from 'commander';

/** `constellation org create --name "…" --slug …` */
export function registerOrganizationCommands(program: Command): void {
  const org = program.command('org').description('Organizations (tenants)');
  org
    .command('create')
    .description('Create an organization')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--slug <slug>', 'short unique identifier (a-z, 0-9, -)')
    .action(async (options: { name: string; slug: string }) => {
      const [{ withRuntime }, { createOrganization }] = await Promise.all([
        import('../with-runtime.ts'),
        import('../../services/organization.service.ts'),
      ]);
      await withRuntime(async ({ ctx }) => {
        if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(options.slug)) throw new Error('--slug must be 2-63 of a-z, 0-9 and -');
        const organization = await createOrganization(ctx, { name: options.name.trim(), slug: options.slug });
        console.log(`Organization ${organization.name} created (${organization.id}).`);
      });
    });
}
