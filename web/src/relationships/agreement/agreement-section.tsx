import { Alert, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import IconHistory from '~icons/tabler/history';
import IconPencil from '~icons/tabler/pencil';
import IconRosetteDiscountCheck from '~icons/tabler/rosette-discount-check';
import { useState } from 'react';
import type { AgreementStatus, RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { formatDate } from '../../layout/format.ts';
import { ErrorState } from '../../layout/query-state.tsx';
import { AgreementContentView } from './agreement-content-view.tsx';
import { AgreementEditor } from './agreement-editor.tsx';
import { AgreementSignatures } from './agreement-signatures.tsx';
import { AgreementVersions } from './agreement-versions.tsx';
import { useAgreementQuery, useAgreementStatusQuery } from './use-agreement.ts';

/** "Stage 1, agreement not yet signed" until both signed the current version; then when. */
function SignedBanner({ status, stage }: { status: AgreementStatus; stage: RelationshipDetail['stage'] }) {
  if (status.signedAt) {
    return (
      <Alert
        color="teal"
        icon={<IconRosetteDiscountCheck aria-hidden />}
        title={`Agreement signed by both on ${formatDate(status.signedAt)}`}
      >
        Version {status.currentVersion} is in force.
      </Alert>
    );
  }
  const waitingFor = [status.mentorSignedAt ? null : 'the mentor', status.menteeSignedAt ? null : 'the mentee']
    .filter(Boolean)
    .join(' and ');
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title={stage === 'creating' ? 'Stage 1, agreement not yet signed' : 'Agreement not yet signed'}
    >
      Waiting for {waitingFor} to sign version {status.currentVersion}.
    </Alert>
  );
}

function Heading() {
  return (
    <Title order={2} id="agreement-heading">
      Mentoring agreement
    </Title>
  );
}

/** Coordinators see whether the agreement is signed and when, never its text. */
function CoordinatorView({ relationship }: { relationship: RelationshipDetail }) {
  const statusQuery = useAgreementStatusQuery(relationship.id, true);
  return (
    <Stack component="section" aria-labelledby="agreement-heading" gap="sm">
      <Heading />
      {statusQuery.data ? <SignedBanner status={statusQuery.data} stage={relationship.stage} /> : null}
      <Text size="sm" c="dimmed">
        The agreement’s text belongs to the pair; the program sees only whether and when they signed it.
      </Text>
    </Stack>
  );
}

/** The pair's agreement: read, edit (a new version), sign their own side, look back at versions. */
function PairView({ relationship, viewerRole }: { relationship: RelationshipDetail; viewerRole: 'mentor' | 'mentee' }) {
  const agreementQuery = useAgreementQuery(relationship.id, true);
  const [editing, setEditing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const agreement = agreementQuery.data;
  if (agreementQuery.isError)
    return <ErrorState title="Could not load the agreement" error={agreementQuery.error} onRetry={() => void agreementQuery.refetch()} />;
  if (!agreement) return null;
  const closed = relationship.status === 'closed';
  const names = { mentorName: relationship.mentor.name, menteeName: relationship.mentee.name };
  const canEdit = !closed && !agreement.signedAt;

  return (
    <Stack component="section" aria-labelledby="agreement-heading" gap="sm">
      <Group justify="space-between">
        <Heading />
        <Group gap="xs">
          <Button
            variant="subtle"
            leftSection={<IconHistory size={16} aria-hidden />}
            onClick={() => setShowVersions((open) => !open)}
            aria-expanded={showVersions}
          >
            {showVersions ? 'Hide versions' : `All versions (${agreement.currentVersion})`}
          </Button>
          {canEdit && !editing ? (
            <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              Edit the draft
            </Button>
          ) : null}
        </Group>
      </Group>
      <SignedBanner status={agreement} stage={relationship.stage} />
      <Paper withBorder p="md">
        <Stack gap="md">
          {editing ? (
            <AgreementEditor
              key={agreement.currentVersion}
              relationshipId={relationship.id}
              version={agreement.currentVersion}
              initial={agreement.current.content}
              {...names}
              onDone={() => setEditing(false)}
              onReload={() => {
                setEditing(false);
                void agreementQuery.refetch();
              }}
            />
          ) : (
            <>
              <Text size="xs" c="dimmed">
                Version {agreement.currentVersion}, written by {agreement.current.editedBy.name} on {formatDate(agreement.current.editedAt)}
              </Text>
              <AgreementContentView content={agreement.current.content} {...names} />
            </>
          )}
          {editing ? null : (
            <AgreementSignatures
              relationshipId={relationship.id}
              agreement={agreement}
              viewerRole={viewerRole}
              disabled={closed}
              {...names}
            />
          )}
        </Stack>
      </Paper>
      <Collapse expanded={showVersions}>{showVersions ? <AgreementVersions relationshipId={relationship.id} {...names} /> : null}</Collapse>
    </Stack>
  );
}

/** The relationship page's agreement section, for the pair (content) or coordinators (signed or not). */
export function AgreementSection({ relationship }: { relationship: RelationshipDetail }) {
  const role = relationship.viewerRole;
  return role === 'coordinator' ? (
    <CoordinatorView relationship={relationship} />
  ) : (
    <PairView relationship={relationship} viewerRole={role} />
  );
}
