import type { ParsedMail } from 'mailparser';
import { deliverOutbox } from '../services/email/deliver-outbox.ts';
import { closeMailTransports } from '../services/email/smtp-transport.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';
import { openTestApp, type TestApp } from './test-app.ts';

/** A test app whose email goes to a real SMTP sink, with PUBLIC_URL set: what the routes queue can be delivered and read. */
export type MailedTestApp = TestApp & {
  sink: SmtpSink;
  publicUrl: string;
  /** Delivers the outbox and answers the messages that arrived since the last call. */
  deliverNewMail: () => Promise<ParsedMail[]>;
  close: () => Promise<void>;
};

/**
 * The real application on a fresh database, with `ctx.email` pointing at an in-process SMTP sink.
 *
 * @example const t = await openMailedTestApp(); ...; const [mail] = await t.deliverNewMail(); await t.close();
 */
export async function openMailedTestApp(publicUrl = 'https://mentoring.example.org'): Promise<MailedTestApp> {
  const t = await openTestApp({ publicUrl });
  const sink = await startSmtpSink();
  t.ctx.email = { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl };
  let read = 0;
  return {
    ...t,
    sink,
    publicUrl,
    deliverNewMail: async () => {
      const report = await deliverOutbox(t.ctx);
      const arrived = await sink.waitForCount(read + report.sent);
      const fresh = arrived.slice(read);
      read = arrived.length;
      return fresh;
    },
    close: async () => {
      closeMailTransports();
      await sink.close();
      await t.handle.close();
    },
  };
}

/** The single address a message went to. */
export function recipientOf(mail: ParsedMail): string | undefined {
  return mail.to && !Array.isArray(mail.to) && mail.to.value.length === 1 ? mail.to.value[0]?.address : undefined;
}

/** The HTML part as text ('' when none). */
export function htmlOf(mail: ParsedMail): string {
  return typeof mail.html === 'string' ? mail.html : '';
}
