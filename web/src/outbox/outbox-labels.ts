import type { OutboxStatus } from '../../../shared/schemas/email.ts';

/** How each delivery state reads on the Outbox page. */
export const outboxStatusLabels: Record<OutboxStatus, string> = {
  pending: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed, will retry',
  dead: 'Failed, given up',
  not_sent: 'Not sent: no mail server configured',
};

export const outboxStatusColors: Record<OutboxStatus, string> = {
  pending: 'gray',
  sending: 'blue',
  sent: 'green',
  failed: 'orange',
  dead: 'red',
  not_sent: 'yellow',
};

/** A message kind's code as words: `mentor_request_received` -> "mentor request received". */
export function kindLabel(kind: string): string {
  return kind.replaceAll('_', ' ');
}
