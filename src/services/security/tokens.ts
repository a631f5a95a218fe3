import { createHmac, randomBytes } from 'node:crypto';

/**
 * Opaque bearer tokens for session cookies and invitation links: 256 random bits. Only an HMAC
 * keyed with the server secret is stored, so a copy of the database cannot be replayed as
 * cookies or links.
 *
 * @example const token = createToken(); const stored = hashToken(secret, token);
 */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
