import type { EmailConfig } from '../../config.ts';
import type { ServiceContext } from '../context.ts';

/** Without configuration (tests, tools): no mail server, so messages are kept as not sent. */
const unconfigured: EmailConfig = {
  smtpUrl: undefined,
  from: 'Constellation <no-reply@localhost>',
  publicUrl: 'http://localhost:3000',
};

/**
 * The context's email settings (SMTP_URL, MAIL_FROM, PUBLIC_URL), or none configured.
 *
 * @example const { publicUrl } = emailConfigOf(ctx);
 */
export function emailConfigOf(ctx: Pick<ServiceContext, 'email'>): EmailConfig {
  return ctx.email ?? unconfigured;
}
