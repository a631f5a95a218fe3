import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EmailMode, NotificationCategory } from '../../../shared/schemas/notifications.ts';
import {
  decideEmailFates,
  digestDueAt,
  digestFateOf,
  localDayStart,
  type MailRecipientChoices,
  mailZoneOf,
} from './notification-mail-rules.ts';

function choices(
  modes: Partial<Record<NotificationCategory, EmailMode>>,
  options: Partial<MailRecipientChoices> = {},
): MailRecipientChoices {
  return {
    canReceive: true,
    modeOf: (category) => modes[category] ?? 'immediate',
    unsubscribedFrom: () => false,
    immediateToday: 0,
    ...options,
  };
}

const at = (minute: number) => new Date(Date.UTC(2027, 0, 6, 10, minute));

describe('notification email rules', () => {
  test('three counted immediate emails a day, oldest first; account never counted nor held', () => {
    const pending = [4, 0, 2, 1, 3].map((m) => ({ id: `n${m}`, personId: 'p', category: 'meetings' as const, createdAt: at(m) }));
    pending.push({ id: 'acc', personId: 'p', category: 'account' as unknown as 'meetings', createdAt: at(5) });
    const fates = decideEmailFates(pending, () => choices({}));
    assert.deepEqual(
      ['n0', 'n1', 'n2', 'n3', 'n4', 'acc'].map((id) => fates.get(id)),
      ['sent', 'sent', 'sent', 'digest', 'digest', 'sent'],
    );
    const already = decideEmailFates(pending.slice(0, 2), () => choices({}, { immediateToday: 2 }));
    assert.deepEqual([already.get('n0'), already.get('n4')], ['sent', 'digest']);
  });

  test('each mode, unsubscribes and unreachable people', () => {
    const one = (category: NotificationCategory, c: MailRecipientChoices) =>
      decideEmailFates([{ id: 'n', personId: 'p', category, createdAt: at(0) }], () => c).get('n');
    assert.equal(one('activity', choices({ activity: 'daily' })), 'digest');
    assert.equal(one('nudges', choices({ nudges: 'weekly' })), 'digest');
    assert.equal(one('meetings', choices({ meetings: 'off' })), 'skipped');
    assert.equal(one('requests', choices({}, { unsubscribedFrom: (c) => c === 'requests' })), 'skipped');
    assert.equal(one('requests', choices({}, { canReceive: false })), 'skipped');
    assert.equal(one('account', choices({}, { canReceive: false })), 'skipped');
  });

  test('a digest is due in the 08:00 hour, local; weekly items join on Mondays', () => {
    const cases: [string, string, ReturnType<typeof digestDueAt>][] = [
      ['2027-01-06T12:59:00Z', 'America/New_York', null],
      ['2027-01-06T13:00:00Z', 'America/New_York', { localDate: '2027-01-06', includesWeekly: false }],
      ['2027-01-06T13:59:00Z', 'America/New_York', { localDate: '2027-01-06', includesWeekly: false }],
      ['2027-01-06T14:00:00Z', 'America/New_York', null],
      ['2027-01-11T02:30:00Z', 'Asia/Kolkata', { localDate: '2027-01-11', includesWeekly: true }],
      ['2027-01-11T02:29:00Z', 'Asia/Kolkata', null],
      ['2027-07-05T07:00:00Z', 'Europe/London', { localDate: '2027-07-05', includesWeekly: true }],
    ];
    for (const [now, zone, expected] of cases) assert.deepEqual(digestDueAt(new Date(now), zone), expected, `${now} ${zone}`);
  });

  test('digest fates follow the preferences of the moment; local day starts and unknown zones', () => {
    const monday = { localDate: '2027-01-11', includesWeekly: true };
    const tuesday = { localDate: '2027-01-12', includesWeekly: false };
    assert.equal(digestFateOf('nudges', choices({ nudges: 'weekly' }), tuesday), 'wait');
    assert.equal(digestFateOf('nudges', choices({ nudges: 'weekly' }), monday), 'list');
    assert.equal(digestFateOf('meetings', choices({}), tuesday), 'list'); // held by the cap
    assert.equal(digestFateOf('meetings', choices({ meetings: 'off' }), monday), 'skip');
    assert.equal(localDayStart(new Date('2027-01-07T04:00:00Z'), 'America/New_York').toISOString(), '2027-01-06T05:00:00.000Z');
    assert.equal(mailZoneOf('Mars/Olympus'), 'UTC');
    assert.equal(mailZoneOf(null), 'UTC');
    assert.equal(mailZoneOf('Asia/Tokyo'), 'Asia/Tokyo');
  });
});
