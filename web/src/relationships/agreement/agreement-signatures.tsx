import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import IconCircleCheck from '~icons/tabler/circle-check';
import IconSignature from '~icons/tabler/signature';
import type { Agreement } from '../../../../shared/schemas/index.ts';
import { describeError } from '../../api/api-error.ts';
import { formatDate } from '../../layout/format.ts';
import { useAgreementMutations } from './use-agreement.ts';

interface AgreementSignaturesProps {
  relationshipId: string;
  agreement: Agreement;
  viewerRole: 'mentor' | 'mentee';
  mentorName: string;
  menteeName: string;
  disabled: boolean;
}

function Signature({ who, signedAt }: { who: string; signedAt: string | null }) {
  return (
    <Group gap="xs">
      {signedAt ? (
        <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />}>
          {who} signed {formatDate(signedAt)}
        </Badge>
      ) : (
        <Badge color="gray" variant="outline">
          {who}: not signed yet
        </Badge>
      )}
    </Group>
  );
}

/** Who has signed the current version, and the caller's own "Sign" (never the other side's). */
export function AgreementSignatures({ relationshipId, agreement, viewerRole, mentorName, menteeName, disabled }: AgreementSignaturesProps) {
  const { sign } = useAgreementMutations(relationshipId);
  const mine = viewerRole === 'mentor' ? agreement.mentorSignedAt : agreement.menteeSignedAt;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text size="sm" fw={500}>
          Version {agreement.currentVersion}
        </Text>
        <Signature who={`${mentorName} (mentor)`} signedAt={agreement.mentorSignedAt} />
        <Signature who={`${menteeName} (mentee)`} signedAt={agreement.menteeSignedAt} />
      </Group>
      {!mine && !disabled ? (
        <Group>
          <Button
            leftSection={<IconSignature size={16} aria-hidden />}
            loading={sign.isPending}
            onClick={() => sign.mutate({ version: agreement.currentVersion, side: viewerRole })}
          >
            Sign version {agreement.currentVersion} as {viewerRole}
          </Button>
          <Text size="xs" c="dimmed">
            Signing says you agree with this version. Any later change needs both signatures again.
          </Text>
        </Group>
      ) : null}
      {sign.isError ? (
        <Alert color="red" role="alert" title="Not signed">
          {describeError(sign.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
