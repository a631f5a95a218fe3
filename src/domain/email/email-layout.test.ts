import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type EmailContent, escapeHtml, productLink, renderEmail, toOneLine } from './email-layout.ts';

const publicUrl = 'https://mentoring.example.org';
const hostile = 'Eve <script>alert(1)</script>\r\nBcc: all@example.org';

function content(overrides: Partial<EmailContent> = {}): EmailContent {
  return {
    subject: `Request from ${hostile}`,
    recipientName: hostile,
    headline: `${hostile} asked you to mentor them`,
    paragraphs: ['First line\r\nsecond line', '"Quoted" & <b>bold</b>'],
    facts: [{ label: 'Need', value: '<img src=x onerror=alert(1)>' }],
    action: { label: 'Answer the request', path: '/requests/42?tab=open' },
    reason: 'You are a mentor in <Spring>',
    ...overrides,
  };
}

describe('renderEmail', () => {
  test('the subject is one line: no CR, LF or other control character survives', () => {
    const { subject } = renderEmail(content(), { publicUrl });
    assert.doesNotMatch(subject, /[\r\n\p{Cc}]/u);
    assert.equal(subject, 'Request from Eve <script>alert(1)</script> Bcc: all@example.org');
  });

  test('every user text is escaped in the HTML; none of it appears as markup', () => {
    const { html } = renderEmail(content(), { publicUrl });
    assert.doesNotMatch(html, /<script|<img|<b>|<Spring>/);
    assert.match(html, /Eve &#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
    assert.match(html, /&#34;Quoted&#34; &#38; &#60;b&#62;bold&#60;\/b&#62;/);
    assert.match(html, /First line<br>second line/);
  });

  test('the plain text keeps the words, one link into the product, the reason and the unsubscribe link', () => {
    const unsubscribeUrl = `${publicUrl}/unsubscribe/abc`;
    const { text, html } = renderEmail(content(), { publicUrl, unsubscribeUrl });
    assert.match(text, /^Hello Eve <script>alert\(1\)<\/script> Bcc: all@example.org,\n/);
    assert.match(text, /Answer the request: https:\/\/mentoring\.example\.org\/requests\/42\?tab=open/);
    assert.match(text, /Need: <img src=x onerror=alert\(1\)>/);
    assert.match(text, /You are a mentor in <Spring>\nUnsubscribe from these emails: https:\/\/mentoring\.example\.org\/unsubscribe\/abc/);
    assert.match(html, /href="https:\/\/mentoring\.example\.org\/unsubscribe\/abc"/);
    assert.doesNotMatch(renderEmail(content(), { publicUrl }).text, /Unsubscribe/, 'no link when the category does not allow it');
  });

  test('the Outbox copy withholds every link and each confidential paragraph and fact; the email keeps them', () => {
    const unsubscribeUrl = `${publicUrl}/unsubscribe/secret-token`;
    const email = renderEmail(
      content({
        paragraphs: ['Bo asked you to mentor them.', { text: 'MARKER-request-message', confidential: true }],
        facts: [
          { label: 'Kind', value: 'A conversation' },
          { label: 'Need', value: 'MARKER-need', confidential: true },
        ],
        action: { label: 'Set a new password', path: '/reset-password/TOKEN-123' },
      }),
      { publicUrl, unsubscribeUrl },
    );
    for (const part of ['MARKER-request-message', 'MARKER-need', 'TOKEN-123', 'secret-token']) {
      assert.match(email.text, new RegExp(part), `the email has ${part}`);
      assert.match(email.html, new RegExp(part), `the HTML has ${part}`);
      assert.doesNotMatch(email.outboxText, new RegExp(part), `the Outbox copy withholds ${part}`);
    }
    assert.match(email.outboxText, /Bo asked you to mentor them\./);
    assert.match(email.outboxText, /Kind: A conversation/);
    assert.match(email.outboxText, /Set a new password: \(link withheld in the Outbox\)/);
    assert.match(email.outboxText, /Need: \(private: only the recipient reads this\)/);
  });

  test('links only go to PUBLIC_URL', () => {
    for (const path of ['https://evil.example.com/x', '//evil.example.com/x', 'javascript:alert(1)', 'requests/1']) {
      assert.throws(() => renderEmail(content({ action: { label: 'Go', path } }), { publicUrl }), /PUBLIC_URL/, path);
    }
    assert.throws(() => renderEmail(content(), { publicUrl, unsubscribeUrl: 'https://evil.example.com/u' }), /PUBLIC_URL/);
    assert.equal(productLink('https://example.org/mentoring/', '/home'), 'https://example.org/mentoring/home');
  });
});

describe('toOneLine and escapeHtml', () => {
  const cases: [string, string][] = [
    ['Ana', 'Ana'],
    ['Ana\r\nBcc: x', 'Ana Bcc: x'],
    ['a\u2028b\u0000c\u0085d', 'a b c d'],
    ['  spaced  ', 'spaced'],
  ];
  for (const [input, expected] of cases) test(`toOneLine(${JSON.stringify(input)})`, () => assert.equal(toOneLine(input), expected));
  test('toOneLine bounds the length', () => assert.equal(toOneLine('x'.repeat(300), 10).length, 10));
  test('escapeHtml escapes the five characters', () =>
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;'));
});
