import { Paper, Stack, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { CircleSettingsSection } from '../circles/circle-settings-section.tsx';
import { CirclesRunResult } from '../circles/circles-run-result.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { ManagersOnly, ProgramSubpage } from '../programs/program-subpage.tsx';
import { prefetchProgram, useProgramQuery } from '../programs/use-programs.ts';
import { OverridesSection } from './overrides-section.tsx';
import { RulesSection } from './rules-section.tsx';
import { RunControls, defaultRunSettings, toStartRun, type RunSettings } from './run-controls.tsx';
import { RunProgress } from './run-progress.tsx';
import { RunResult } from './run-result.tsx';
import { useCancelRun, useCreateOverride, useStartRun } from './use-matching-mutations.ts';
import { prefetchMatchingPageData, useCurrentRunQuery } from './use-matching-queries.ts';

/**
 * What the page asks for first, all at once: started from its address before it is drawn (the
 * rules and overrides sections would otherwise wait for the program).
 */
export function prefetchMatchingPage(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([prefetchProgram(queryClient, programId), prefetchMatchingPageData(queryClient, programId)]);
}

/** Coordinators: set the rules, run matching, review and adjust the proposals, then publish. */
export function MatchingPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const current = useCurrentRunQuery(programId);
  const [chosenSettings, setSettings] = useState<RunSettings | null>(null);
  const start = useStartRun(programId);
  const cancel = useCancelRun(programId);
  const override = useCreateOverride(programId);
  const programName = programQuery.data?.name ?? 'Program';
  const group = programQuery.data?.type === 'group';

  const run = current.run;
  // Until the coordinator changes them, the settings follow the latest run.
  const settings = chosenSettings ?? (run ? { ...defaultRunSettings, policy: run.policy, mode: run.mode } : defaultRunSettings);
  const running = run?.status === 'running';
  // Circles ignore the policy, mode and minimum score: a group run always sends the defaults.
  const startRun = () => start.mutate(toStartRun(group ? defaultRunSettings : settings));

  return (
    <ProgramSubpage
      programId={programId}
      programName={programName}
      section="Matching"
      description={
        group
          ? `Form circles of mentors and mentees for ${programName}, review them, and publish.`
          : `Propose mentor–mentee pairs for ${programName}, review them, and publish.`
      }
    >
      <ManagersOnly
        programQuery={programQuery}
        loaderLabel="Loading the program"
        deniedTitle="Only coordinators run matching"
        deniedMessage="The program’s coordinators propose and publish matches. You will see yours on the program page once they are published."
      >
        {() => (
          <>
            <RulesSection programId={programId} />
            {group ? <CircleSettingsSection programId={programId} /> : null}
            <Paper component="section" withBorder p="md" aria-labelledby="run-heading">
              <Stack gap="sm">
                <Title order={2} size="h3" id="run-heading">
                  Run matching
                </Title>
                <RunControls
                  circles={group}
                  settings={settings}
                  onSettingsChange={setSettings}
                  busy={running}
                  starting={start.isPending}
                  onStart={startRun}
                />
                {running && run ? (
                  <RunProgress progress={run.progress} onCancel={() => cancel.mutate(run.id)} cancelling={cancel.isPending} />
                ) : null}
              </Stack>
            </Paper>
            {current.isPending ? <PageLoader label="Loading the latest run" /> : null}
            {current.error ? <ErrorState error={current.error} onRetry={current.refetch} /> : null}
            {!current.isPending && !current.error && run === null ? (
              <EmptyNote title="No matching run yet">
                Check the rules, then run matching to see proposed {group ? 'circles' : 'pairs'}.
              </EmptyNote>
            ) : null}
            {run && !running && group ? <CirclesRunResult programId={programId} run={run} /> : null}
            {run && !running && !group ? (
              <RunResult programId={programId} run={run} onOverride={(body) => override.mutate(body)} overriding={override.isPending} />
            ) : null}
            <OverridesSection
              programId={programId}
              circles={group}
              hasRun={run !== null}
              busy={running}
              starting={start.isPending}
              onRerun={startRun}
            />
          </>
        )}
      </ManagersOnly>
    </ProgramSubpage>
  );
}
