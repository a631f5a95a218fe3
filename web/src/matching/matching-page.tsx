import { Alert, Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { useProgramQuery } from '../programs/use-programs.ts';
import { OverridesSection } from './overrides-section.tsx';
import { RulesSection } from './rules-section.tsx';
import { RunControls, defaultRunSettings, toStartRun, type RunSettings } from './run-controls.tsx';
import { RunProgress } from './run-progress.tsx';
import { RunResult } from './run-result.tsx';
import { useCreateOverride, useStartRun } from './use-matching-mutations.ts';
import { useCurrentRunQuery } from './use-matching-queries.ts';

/** Coordinators: set the rules, run matching, review and adjust the proposals, then publish. */
export function MatchingPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const current = useCurrentRunQuery(programId);
  const [chosenSettings, setSettings] = useState<RunSettings | null>(null);
  const start = useStartRun(programId);
  const override = useCreateOverride(programId);
  const programName = programQuery.data?.name ?? 'Program';
  usePageTitle(`Matching · ${programName}`);

  const run = current.run;
  // Until the coordinator changes them, the settings follow the latest run.
  const settings = chosenSettings ?? (run ? { ...defaultRunSettings, policy: run.policy, mode: run.mode } : defaultRunSettings);
  const running = run?.status === 'running';
  const startRun = () => start.mutate(toStartRun(settings));

  let body;
  if (programQuery.isError) body = <ErrorState error={programQuery.error} onRetry={() => void programQuery.refetch()} />;
  else if (programQuery.isPending) body = <PageLoader label="Loading the program" />;
  else if (!programQuery.data.canManage)
    body = (
      <Alert color="yellow" title="Only coordinators run matching">
        The program’s coordinators propose and publish matches. You will see yours on the program page once they are published.
      </Alert>
    );
  else
    body = (
      <>
        <RulesSection programId={programId} />
        <Paper component="section" withBorder p="md" aria-labelledby="run-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="run-heading">
              Run matching
            </Title>
            <RunControls settings={settings} onSettingsChange={setSettings} busy={running} starting={start.isPending} onStart={startRun} />
            {running && run ? <RunProgress progress={run.progress} /> : null}
          </Stack>
        </Paper>
        {current.isPending ? <PageLoader label="Loading the latest run" /> : null}
        {current.error ? <ErrorState error={current.error} onRetry={current.refetch} /> : null}
        {!current.isPending && !current.error && run === null ? (
          <EmptyNote title="No matching run yet">Check the rules, then run matching to see proposed pairs.</EmptyNote>
        ) : null}
        {run && !running ? (
          <RunResult programId={programId} run={run} onOverride={(body) => override.mutate(body)} overriding={override.isPending} />
        ) : null}
        <OverridesSection programId={programId} hasRun={run !== null} busy={running} starting={start.isPending} onRerun={startRun} />
      </>
    );

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/programs">
          Programs
        </Anchor>
        <Anchor component={Link} to={`/programs/${programId}`}>
          {programName}
        </Anchor>
        <Text>Matching</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>Matching</Title>
        <Text c="dimmed">Propose mentor–mentee pairs for {programName}, review them, and publish.</Text>
      </Stack>
      {body}
    </Stack>
  );
}
