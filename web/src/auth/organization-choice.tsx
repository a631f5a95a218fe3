import { Button, Stack, Text } from '@mantine/core';
import IconChevronRight from '~icons/tabler/chevron-right';
import type { z } from 'zod';
import type { OrganizationChoiceSchema } from '../../../shared/schemas/index.ts';

type OrganizationChoice = z.infer<typeof OrganizationChoiceSchema>;

interface OrganizationChoiceListProps {
  organizations: OrganizationChoice[];
  /** The slug being signed in to, while the request runs. */
  pendingSlug: string | null;
  onChoose: (slug: string) => void;
  onBack: () => void;
}

/**
 * The organizations whose account the email and password opened, one button each; the server
 * lists those alone, so nothing here reveals an account the person has not proved is theirs.
 */
export function OrganizationChoiceList({ organizations, pendingSlug, onChoose, onBack }: OrganizationChoiceListProps) {
  return (
    <Stack gap="sm" role="group" aria-label="Your organizations">
      {organizations.map((organization) => (
        <Button
          key={organization.slug}
          variant="default"
          size="lg"
          fullWidth
          h="auto"
          py="sm"
          justify="space-between"
          rightSection={<IconChevronRight aria-hidden size={18} />}
          loading={pendingSlug === organization.slug}
          disabled={pendingSlug !== null && pendingSlug !== organization.slug}
          onClick={() => onChoose(organization.slug)}
        >
          <Stack gap={2} align="flex-start">
            <Text fw={600} size="md" style={{ whiteSpace: 'normal', textAlign: 'left' }}>
              {organization.name}
            </Text>
            <Text size="xs" c="dimmed">
              {organization.slug}
            </Text>
          </Stack>
        </Button>
      ))}
      <Button variant="subtle" onClick={onBack} disabled={pendingSlug !== null} mt="xs">
        Use another email or password
      </Button>
    </Stack>
  );
}
