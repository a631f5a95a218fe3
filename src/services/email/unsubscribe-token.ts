import { createHmac, timingSafeEqual } from 'node:crypto';
import { type EmailCategory, emailCategories, isUnsubscribableCategory } from '../../../shared/schemas/email.ts';

/** Whom an unsubscribe link speaks for, and which category of email it turns off. */
export type UnsubscribeSubject = { organizationId: string; personId: string; category: EmailCategory };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signatureOf(secret: string, payload: string): Buffer {
  // A purpose prefix keeps these signatures apart from the session and invitation token hashes;
  // 128 bits of the HMAC are plenty for a link and keep it short.
  return createHmac('sha256', secret).update(`email-unsubscribe:${payload}`).digest().subarray(0, 16);
}

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidOf = (bytes: Buffer) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * A signed token naming a person and a category, for unsubscribe links: it needs no stored row
 * and no sign-in, and the server secret (SESSION_SECRET) makes it unforgeable. It does not
 * expire: an old email's link keeps working.
 *
 * @example const token = signUnsubscribeToken(ctx.secret, { organizationId, personId, category: 'meetings' });
 */
export function signUnsubscribeToken(secret: string, subject: UnsubscribeSubject): string {
  if (!isUnsubscribableCategory(subject.category)) throw new Error(`Email of category ${subject.category} cannot be unsubscribed from`);
  if (!uuidPattern.test(subject.organizationId) || !uuidPattern.test(subject.personId)) throw new Error('An unsubscribe token names ids');
  // Organization and person as 16 bytes each, then the category's index: a 44-character payload.
  const payload = Buffer.concat([
    uuidBytes(subject.organizationId),
    uuidBytes(subject.personId),
    Buffer.from([emailCategories.indexOf(subject.category)]),
  ]).toString('base64url');
  return `${payload}.${signatureOf(secret, payload).toString('base64url')}`;
}

/**
 * The subject of a token this server signed, or null for anything else (altered, truncated,
 * signed with another secret, or naming a category that cannot be unsubscribed from).
 *
 * @example const subject = readUnsubscribeToken(ctx.secret, token); if (!subject) throw notFound('unsubscribe_link');
 */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeSubject | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = signatureOf(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length !== 33) return null;
  const known = emailCategories[bytes[32] ?? -1];
  if (!known || !isUnsubscribableCategory(known)) return null;
  const organizationId = uuidOf(bytes.subarray(0, 16));
  const personId = uuidOf(bytes.subarray(16, 32));
  return { organizationId, personId, category: known };
}
