import { Alert, Button, Group, MultiSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import IconBulb from '~icons/tabler/bulb';
import IconSend from '~icons/tabler/send';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mentoringFunctionLabels, mentoringFunctions, toMentoringFunctions } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import {
  mentorRequestKindLabels,
  mentorRequestKinds,
  mentorRequestTemplates,
  type MentorRequestKind,
} from '../../../shared/schemas/mentor-requests.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { fetchMyDevelopmentPlan, myDevelopmentPlanQueryKey } from '../api/networks.api.ts';
import {
  fetchMentorAvailability,
  mentorAvailabilityQueryKey,
  myMentorRequestsQueryKey,
  sendMentorRequest,
  type MentorAvailability,
  type NewMentorRequest,
} from '../api/mentor-requests.api.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { defaultPlanNeedIds, PlanExcerptPicker } from './plan-excerpt-picker.tsx';

const unavailable: Record<NonNullable<MentorAvailability['reason']>, string> = {
  mentor_paused: 'has paused mentoring for now.',
  no_shared_program:
    'is not in an open one-to-one or self-directed program with you, where a relationship could start. Ask a coordinator to enrol you both, or choose someone who is.',
  mentor_at_capacity: 'has no room for another request right now. Someone with a similar fit may have.',
  request_exists: 'already has a request from you waiting. See Requests.',
  too_many_open_requests: `cannot get another request from you until one of yours is answered or withdrawn (at most ${limits.openMentorRequestsMax} wait at once).`,
};

const fields = ['kind', 'message', 'need', 'frequency', 'investment', 'reverseOffer', 'mentorId', 'programId', 'planNeedIds'] as const;

/**
 * "Send a mentor request" (/requests/new?mentorId=…&need=…): the kind with its template (what
 * a good request says), the message, the need it serves, frequency, what the mentee will invest,
 * the needs of the development plan to show the mentor, and an optional reverse-mentoring offer.
 */
export function NewRequestPage() {
  usePageTitle('Send a mentor request');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mentorId = params.get('mentorId') ?? '';
  const [kind, setKind] = useState<MentorRequestKind>('area');
  const [message, setMessage] = useState('');
  const [need, setNeed] = useState(params.get('need') ?? '');
  const [functions, setFunctions] = useState<string[]>(toMentoringFunctions(params.getAll('function')));
  const [planNeedIds, setPlanNeedIds] = useState<string[] | null>(null);
  const [frequency, setFrequency] = useState(mentorRequestTemplates.area.frequency);
  const [investment, setInvestment] = useState(mentorRequestTemplates.area.investment);
  const [reverseOffer, setReverseOffer] = useState('');
  const availability = useQuery({
    queryKey: mentorAvailabilityQueryKey(mentorId),
    queryFn: () => fetchMentorAvailability(mentorId),
    enabled: mentorId !== '',
  });
  const plan = useQuery({ queryKey: myDevelopmentPlanQueryKey, queryFn: fetchMyDevelopmentPlan });
  const mentorName = availability.data?.mentor.displayName ?? 'this mentor';
  const template = mentorRequestTemplates[kind];
  const send = useMutation({
    mutationFn: (request: NewMentorRequest) => sendMentorRequest(request),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myMentorRequestsQueryKey });
      await navigate('/requests');
    },
  });
  const problem = send.error ? toSubmitProblem(send.error, fields) : null;

  const chooseKind = (next: MentorRequestKind) => {
    // Templates fill only what the mentee has not written yet.
    if (frequency === template.frequency || !frequency) setFrequency(mentorRequestTemplates[next].frequency);
    if (investment === template.investment || !investment) setInvestment(mentorRequestTemplates[next].investment);
    setKind(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const shownNeeds = planNeedIds ?? defaultPlanNeedIds(plan.data?.needs ?? [], functions);
    send.mutate({
      mentorId,
      kind,
      message,
      need: { text: need, functions: functions as NewMentorRequest['need']['functions'] },
      frequency,
      investment,
      reverseOffer: reverseOffer || undefined,
      planNeedIds: shownNeeds,
    });
  };

  if (!mentorId) {
    return (
      <Alert color="yellow" title="Choose a mentor first">
        Open this page from a suggestion on <Link to="/network">My network</Link> to ask someone for help.
      </Alert>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Send a mentor request</Title>
        <Text c="dimmed">To {mentorName}. A good request is sincere, specific about what you need, and says what you will put in.</Text>
      </div>
      {availability.data?.reason && (
        <Alert color="yellow" title="This request cannot be sent now">
          {mentorName} {unavailable[availability.data.reason]}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label="What are you asking for?"
            value={kind}
            onChange={(value) => chooseKind(value as MentorRequestKind)}
            error={problem?.fieldErrors.kind}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
              {mentorRequestKinds.map((k) => (
                <Radio.Card key={k} value={k} p="sm" radius="md" withBorder aria-label={mentorRequestKindLabels[k]}>
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {mentorRequestKindLabels[k]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {mentorRequestTemplates[k].hint}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
          <Paper withBorder radius="md" p="sm" bg="indigo.0">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <IconBulb size={18} aria-hidden />
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  A way to start
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {template.message}
                </Text>
                <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setMessage(template.message)}>
                  Use this as a start
                </Button>
              </Stack>
            </Group>
          </Paper>
          <Textarea
            label="Your message"
            required
            autosize
            minRows={4}
            maxLength={limits.mentorRequestMessageMax}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={problem?.fieldErrors.message}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="The need it serves"
              required
              maxLength={limits.mentorRequestNeedMax}
              value={need}
              onChange={(e) => setNeed(e.currentTarget.value)}
              error={problem?.fieldErrors.need}
            />
            <MultiSelect
              label="Mentoring functions"
              placeholder="e.g. Coaching"
              data={mentoringFunctions.map((f) => ({ value: f, label: mentoringFunctionLabels[f] }))}
              value={functions}
              onChange={setFunctions}
            />
          </SimpleGrid>
          <PlanExcerptPicker
            mentorName={mentorName}
            functions={functions}
            chosen={planNeedIds}
            onChange={setPlanNeedIds}
            error={problem?.fieldErrors.planNeedIds}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Proposed frequency"
              required
              maxLength={limits.mentorRequestFrequencyMax}
              value={frequency}
              onChange={(e) => setFrequency(e.currentTarget.value)}
              error={problem?.fieldErrors.frequency}
            />
            <Textarea
              label="What I will invest"
              autosize
              minRows={1}
              required
              maxLength={limits.mentorRequestInvestmentMax}
              value={investment}
              onChange={(e) => setInvestment(e.currentTarget.value)}
              error={problem?.fieldErrors.investment}
            />
          </SimpleGrid>
          <TextInput
            label="I can help you with … (optional)"
            description="Reverse mentoring: something you could offer in return."
            maxLength={limits.mentorRequestOfferMax}
            value={reverseOffer}
            onChange={(e) => setReverseOffer(e.currentTarget.value)}
            error={problem?.fieldErrors.reverseOffer}
          />
          {problem?.formMessage && (
            <Alert color="red" role="alert">
              {problem.formMessage}
            </Alert>
          )}
          <Group>
            <Button
              type="submit"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={send.isPending}
              disabled={availability.data?.canRequest === false}
            >
              Send request
            </Button>
            <Button variant="default" component={Link} to="/requests">
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
