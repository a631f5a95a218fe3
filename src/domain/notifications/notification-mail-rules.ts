import { DateTime } from 'luxon';
import type { EmailMode, NotificationCategory } from '../../../shared/schemas/notifications.ts';

/**
 * What became of a notification for email: `pending` not looked at yet, `sent` queued as its own
 * email, `digest` waiting for the person's next digest, `digested` listed in a digest, `skipped`
 * never emailed (the category is off, unsubscribed, or the person cannot receive email).
 */
export const notificationEmailStates = ['pending', 'sent', 'digest', 'digested', 'skipped'] as const;
export type NotificationEmailState = (typeof notificationEmailStates)[number];

/** At most this many immediate emails per person per local day; the rest wait for the next digest (account email is never counted). */
export const immediateEmailsPerDay = 3;

/** Digests go out at this local hour (daily ones every day, weekly ones on Mondays). */
export const digestHour = 8;

/** What the bridge knows of one pending notification when it decides. */
export type PendingNotification = { id: string; personId: string; category: NotificationCategory; createdAt: Date };

/** What the bridge knows of its recipient: whether email may reach them, and their choices. */
export type MailRecipientChoices = {
  canReceive: boolean;
  modeOf: (category: NotificationCategory) => EmailMode;
  unsubscribedFrom: (category: NotificationCategory) => boolean;
  /** Immediate (counted) emails already queued for them today, in their time zone. */
  immediateToday: number;
};

/**
 * Decides each pending notification's email fate, oldest first per person: `off`, unsubscribed
 * or unreachable → skipped; daily or weekly → digest; immediate → sent, except that past three
 * counted immediate emails a (local) day the rest wait for the digest. Account email is always
 * sent and never counted.
 *
 * @example decideEmailFates([n1, n2, n3, n4], () => choices).get(n4.id) // 'digest' when three went out already
 */
export function decideEmailFates(
  pending: readonly PendingNotification[],
  choicesOf: (personId: string) => MailRecipientChoices,
): Map<string, Extract<NotificationEmailState, 'sent' | 'digest' | 'skipped'>> {
  const fates = new Map<string, Extract<NotificationEmailState, 'sent' | 'digest' | 'skipped'>>();
  const countedToday = new Map<string, number>();
  const oldestFirst = [...pending].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  for (const notification of oldestFirst) {
    const choices = choicesOf(notification.personId);
    if (notification.category === 'account') {
      fates.set(notification.id, choices.canReceive ? 'sent' : 'skipped');
      continue;
    }
    const mode = choices.modeOf(notification.category);
    if (!choices.canReceive || mode === 'off' || choices.unsubscribedFrom(notification.category)) {
      fates.set(notification.id, 'skipped');
      continue;
    }
    if (mode !== 'immediate') {
      fates.set(notification.id, 'digest');
      continue;
    }
    const sent = countedToday.get(notification.personId) ?? choices.immediateToday;
    fates.set(notification.id, sent < immediateEmailsPerDay ? 'sent' : 'digest');
    countedToday.set(notification.personId, sent + 1);
  }
  return fates;
}

const knownZones = new Map<string, boolean>();

/** A zone luxon knows, else UTC (a person who never set theirs, or a name this runtime lacks). Remembered per name (a few hundred exist). */
export function mailZoneOf(timeZone: string | null): string {
  if (!timeZone) return 'UTC';
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    known = DateTime.now().setZone(timeZone).isValid;
    if (knownZones.size < 1000) knownZones.set(timeZone, known);
  }
  return known ? timeZone : 'UTC';
}

/**
 * The instant today began for a person (local midnight in their zone): the cap counts from it.
 *
 * @example localDayStart(new Date('2026-12-08T05:00:00Z'), 'America/New_York') // 2026-12-07T05:00:00Z
 */
export function localDayStart(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').toJSDate();
}

/** Whether a person's digest is due now, and which: the local date (its key) and whether weekly items join (Mondays). */
export type DigestDue = { localDate: string; includesWeekly: boolean };

/**
 * A person's digest is due in the 08:00 hour of their time zone (the hourly digest job runs at
 * the top of each UTC hour, so in every zone one run falls in it, at 08:00, 08:30 or 08:45) and
 * is keyed by the local date, so at most one a day. Weekly items join on Mondays. A slot missed
 * while every server was down leaves the items waiting for the next day's.
 *
 * @example digestDueAt(new Date('2027-01-11T07:30:00Z'), 'Europe/Paris') // { localDate: '2027-01-11', includesWeekly: true }
 */
export function digestDueAt(now: Date, timeZone: string): DigestDue | null {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (local.hour !== digestHour) return null;
  return { localDate: local.toISODate() ?? local.toFormat('yyyy-MM-dd'), includesWeekly: local.weekday === 1 };
}

/**
 * Which digest items a person's digest lists now: a category now daily, or immediate (held by the
 * cap), goes in every digest; weekly only on Mondays; off or unsubscribed is skipped (the person
 * changed their mind since it was held).
 */
export function digestFateOf(
  category: NotificationCategory,
  choices: Pick<MailRecipientChoices, 'canReceive' | 'modeOf' | 'unsubscribedFrom'>,
  due: DigestDue,
): 'list' | 'wait' | 'skip' {
  const mode = category === 'account' ? 'immediate' : choices.modeOf(category);
  if (!choices.canReceive || mode === 'off' || choices.unsubscribedFrom(category)) return 'skip';
  return mode === 'weekly' && !due.includesWeekly ? 'wait' : 'list';
}

/**
 * A time as the recipient reads it: in their zone, with the zone named.
 *
 * @example mailTime(new Date('2026-12-08T09:00:00Z'), 'Europe/Paris') // 'Tue 8 Dec 2026, 10:00 (Europe/Paris)'
 */
export function mailTime(at: Date, timeZone: string): string {
  return `${DateTime.fromJSDate(at, { zone: timeZone }).setLocale('en-GB').toFormat('ccc d LLL yyyy, HH:mm')} (${timeZone})`;
}
