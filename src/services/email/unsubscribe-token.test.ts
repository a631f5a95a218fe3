import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.ts';

const secret = 'a-server-secret-of-at-least-32-characters';
const subject = { organizationId: randomUUID(), personId: randomUUID(), category: 'meetings' as const };

describe('unsubscribe tokens', () => {
  test('a signed token reads back as its person and category, and is short enough for a link', () => {
    const token = signUnsubscribeToken(secret, subject);
    assert.deepEqual(readUnsubscribeToken(secret, token), subject);
    assert.ok(token.length < 80, token);
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  test('an altered, truncated or foreign token reads as nothing', () => {
    const token = signUnsubscribeToken(secret, subject);
    const [payload = '', signature = ''] = token.split('.');
    const other = signUnsubscribeToken(secret, { ...subject, category: 'nudges' });
    const flipped = `${payload.slice(0, 5)}${payload[5] === 'A' ? 'B' : 'A'}${payload.slice(6)}`;
    for (const bad of [
      `${flipped}.${signature}`,
      `${payload}.${other.split('.')[1]}`,
      token.slice(0, -2),
      `${token}.x`,
      payload,
      '',
      signUnsubscribeToken('another-secret-of-at-least-32-characters', subject),
    ]) {
      assert.equal(readUnsubscribeToken(secret, bad), null, bad);
    }
  });

  test('account email cannot be unsubscribed from: no token is made for it', () => {
    assert.throws(() => signUnsubscribeToken(secret, { ...subject, category: 'account' }), /cannot be unsubscribed/);
  });
});
