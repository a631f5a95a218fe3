import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  test('defaults: port 3000, ./data, embedded database, a generated secret kept in the data folder', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'constellation-config-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    const secretFile = path.join(dataDir, 'session-secret');
    assert.equal(readFileSync(secretFile, 'utf8').trim(), config.sessionSecret);
    assert.equal(statSync(secretFile).mode & 0o777, 0o600);
    assert.equal(loadConfig({ DATA_DIR: dataDir }).sessionSecret, config.sessionSecret, 'kept across restarts');
  });

  test('names the variable that is wrong', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', SESSION_SECRET: 'x'.repeat(40) }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT/);
        return true;
      },
    );
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x', SESSION_SECRET: 'x'.repeat(40) }), /DATABASE_URL/);
    assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /SESSION_SECRET/);
    assert.throws(() => loadConfig({ WORKERS: '0', SESSION_SECRET: 'x'.repeat(40) }), /WORKERS/);
  });

  test('several server processes need PostgreSQL: a PGlite data folder is used by one process', () => {
    assert.throws(
      () => loadConfig({ WORKERS: '2', SESSION_SECRET: 'x'.repeat(40) }),
      /WORKERS: more than one server process needs DATABASE_URL/,
    );
    assert.equal(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://db/constellation', SESSION_SECRET: 'x'.repeat(40) }).workers, 2);
    assert.equal(
      loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'constellation-config-')) }).workers,
      1,
    );
  });

  test('each process keeps DATABASE_POOL_SIZE connections to PostgreSQL: 10 unless set, at least 1', () => {
    assert.equal(loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATABASE_POOL_SIZE: '25' }).databasePoolSize, 25);
    assert.equal(loadConfig({ SESSION_SECRET: 'x'.repeat(40) }).databasePoolSize, 10);
    assert.throws(() => loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE/);
  });

  test('email: SMTP_URL smtp:// or smtps://, MAIL_FROM one line with an address, links on PUBLIC_URL', () => {
    const secret = { SESSION_SECRET: 'x'.repeat(40) };
    const unset = loadConfig(secret).email;
    assert.equal(unset.smtpUrl, undefined, 'no mail server: messages are kept as not sent');
    assert.equal(unset.publicUrl, 'http://localhost:3000');
    assert.equal(unset.from, 'Constellation <no-reply@localhost>');
    const set = loadConfig({
      ...secret,
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      MAIL_FROM: 'Mentoring <mentoring@example.org>',
      PUBLIC_URL: 'https://mentoring.example.org/',
    }).email;
    assert.deepEqual(set, {
      smtpUrl: 'smtps://user:pass@mail.example.org:465',
      from: 'Mentoring <mentoring@example.org>',
      publicUrl: 'https://mentoring.example.org',
    });
    assert.equal(
      loadConfig({ ...secret, PUBLIC_URL: 'https://mentoring.example.org' }).email.from,
      'Constellation <no-reply@mentoring.example.org>',
    );
    assert.throws(() => loadConfig({ ...secret, SMTP_URL: 'http://mail.example.org' }), /SMTP_URL/);
    assert.throws(() => loadConfig({ ...secret, SMTP_URL: 'not a url' }), /SMTP_URL/);
    assert.throws(() => loadConfig({ ...secret, MAIL_FROM: 'nobody' }), /MAIL_FROM/);
    assert.throws(() => loadConfig({ ...secret, MAIL_FROM: 'A <a@b.org>\r\nBcc: c@d.org' }), /MAIL_FROM/);
    assert.throws(() => loadConfig({ ...secret, MAIL_FROM: 'A\u0007 <a@b.org>' }), /MAIL_FROM/);
  });
});
