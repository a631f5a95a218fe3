import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What a test may ask of the sink: to refuse messages (a failing mail server) and to require a password. */
export type SmtpSinkOptions = {
  /** When set, every login must give these (the URL then carries them). */
  auth?: { user: string; pass: string };
  /** Refuse a message with a temporary error while this answers true (it sees the recipient address). */
  refuse?: (recipient: string) => boolean;
};

/** A real SMTP server for tests, on 127.0.0.1 and a random port, keeping every message that arrived, parsed. */
export type SmtpSink = {
  /** The SMTP_URL to configure (with the credentials when auth is required). */
  url: string;
  /** Messages that arrived, in order, parsed by mailparser (headers, text, HTML, attachments). */
  messages: ParsedMail[];
  /** How many messages were refused. */
  refusedCount: () => number;
  /** Resolves once `count` messages in all have arrived; rejects after `timeoutMs`. */
  waitForCount: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  close: () => Promise<void>;
};

/**
 * Starts an SMTP sink (the `smtp-server` package, no TLS) that parses arrivals with `mailparser`.
 *
 * @example
 * const sink = await startSmtpSink();
 * ctx.email = { smtpUrl: sink.url, from: 'C <c@example.org>', publicUrl };
 * const [mail] = await sink.waitForCount(1);
 * await sink.close();
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let refused = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      const recipient = session.envelope.rcptTo[0]?.address ?? '';
      simpleParser(stream).then(
        (mail) => {
          if (options.refuse?.(recipient)) {
            refused += 1;
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            return;
          }
          messages.push(mail);
          for (const waiter of waiters.filter((w) => messages.length >= w.count)) waiter.resolve();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    messages,
    refusedCount: () => refused,
    waitForCount: (count, timeoutMs = 10_000) =>
      new Promise<ParsedMail[]>((resolve, reject) => {
        if (messages.length >= count) return resolve(messages.slice());
        const timer = setTimeout(
          () => reject(new Error(`SMTP sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(messages.slice());
          },
        });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
