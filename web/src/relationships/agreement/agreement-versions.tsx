import { Accordion, Badge, Group, Text } from '@mantine/core';
import { formatDate } from '../../layout/format.ts';
import { AgreementContentView } from './agreement-content-view.tsx';
import { useAgreementVersionsQuery } from './use-agreement.ts';

/** Every version, newest first: who wrote it, when, and who signed it. */
export function AgreementVersions({
  relationshipId,
  mentorName,
  menteeName,
}: {
  relationshipId: string;
  mentorName: string;
  menteeName: string;
}) {
  const versionsQuery = useAgreementVersionsQuery(relationshipId, true);
  const versions = versionsQuery.data ?? [];
  if (versionsQuery.isError)
    return (
      <Text size="sm" c="red">
        Could not load the versions.
      </Text>
    );
  return (
    <Accordion variant="separated" chevronPosition="left" aria-label="Agreement versions">
      {versions.map((version) => (
        <Accordion.Item key={version.version} value={String(version.version)}>
          <Accordion.Control>
            <Group gap="sm" justify="space-between" wrap="wrap">
              <Text size="sm" fw={500}>
                Version {version.version} · {version.editedBy.name}, {formatDate(version.editedAt)}
              </Text>
              <Group gap={6}>
                <Badge size="sm" variant={version.mentorSignedAt ? 'light' : 'outline'} color={version.mentorSignedAt ? 'teal' : 'gray'}>
                  Mentor {version.mentorSignedAt ? 'signed' : 'unsigned'}
                </Badge>
                <Badge size="sm" variant={version.menteeSignedAt ? 'light' : 'outline'} color={version.menteeSignedAt ? 'teal' : 'gray'}>
                  Mentee {version.menteeSignedAt ? 'signed' : 'unsigned'}
                </Badge>
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <AgreementContentView content={version.content} mentorName={mentorName} menteeName={menteeName} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
