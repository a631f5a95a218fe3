import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/**
 * The pooled SMTP transport for a mail server URL (`smtp://…` with STARTTLS when offered, or
 * `smtps://…`), made once per process and kept, so deliveries reuse open connections.
 *
 * @example await mailTransportFor(config.smtpUrl).sendMail(message);
 */
export function mailTransportFor(smtpUrl: string, maxConnections = 4): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections, connectionTimeout: 15_000, socketTimeout: 30_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** Closes every open SMTP connection (at shutdown, and at the end of a test). */
export function closeMailTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
