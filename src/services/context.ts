import type { EmailConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/** What every service needs: the database, the secret for tokens, the clock and the log. */
export type ServiceContext = {
  db: Database;
  /** Keys the HMAC of session and invitation tokens; kept out of the database. */
  secret: string;
  now: () => Date;
  logger: Logger;
  sessionTtlDays: number;
  /** How email leaves (SMTP_URL, MAIL_FROM, PUBLIC_URL); absent: no mail server, links to localhost (see emailConfigOf). */
  email?: EmailConfig;
};
