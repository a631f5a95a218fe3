import { limits } from '../../../shared/limits.ts';

/**
 * One fact shown in a list under the paragraphs (a meeting's time, a request's need).
 * `confidential`: the recipient's alone (a request's message, an agenda); the Outbox copy withholds it.
 */
export type EmailFact = { label: string; value: string; confidential?: boolean };

/** A paragraph of plain text, or one that is the recipient's alone (withheld from the Outbox copy). */
export type EmailParagraph = string | { text: string; confidential: true };

/**
 * What one email says, as structured content: every message kind fills this in and the layout
 * writes it out, so escaping, headers and links are decided in one place.
 */
export type EmailContent = {
  subject: string;
  recipientName: string;
  headline: string;
  /** Plain text; a paragraph may hold line breaks (kept in both parts). */
  paragraphs: EmailParagraph[];
  facts?: EmailFact[];
  /** A list of links into the product under the paragraphs (a digest's items): each a label and a path on PUBLIC_URL. */
  links?: { label: string; path: string }[];
  /** The one link into the product: a path on PUBLIC_URL (starting with `/`), never another site. */
  action: { label: string; path: string };
  /** Why the person got it, shown in the footer ("You are a mentor in Spring cohort"). */
  reason: string;
};

/**
 * A rendered email: one-line subject, plain-text and HTML parts, and the copy org admins read on
 * the Outbox page: the plain text with every link withheld (a link may carry a bearer token: a
 * password reset, an unsubscribe) and every confidential paragraph and fact withheld.
 */
export type RenderedEmail = { subject: string; text: string; html: string; outboxText: string };

const withheldLink = '(link withheld in the Outbox)';
const withheldText = '(private: only the recipient reads this)';

/** Where links go: the product's public address, and the footer's unsubscribe page (when the category allows it). */
export type EmailLinks = { publicUrl: string; unsubscribeUrl?: string | undefined };

const controlCharacters = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Text for one line (a subject, a name, a label): control characters and line separators become
 * one space, so nothing can start a new header or a new line; trimmed and bounded.
 *
 * @example toOneLine('Ana\r\nBcc: x@y.org') // 'Ana Bcc: x@y.org'
 */
export function toOneLine(text: string, max: number = limits.emailSubjectMax): string {
  const line = text.replace(controlCharacters, ' ').replace(/ {2,}/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Text kept as paragraphs: line breaks normalised to \n, other controls dropped. */
function toParagraph(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[^\P{Cc}\n]/gu, '')
    .trim();
}

/**
 * Escapes text for HTML element content and double-quoted attribute values.
 *
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link into the product: `path` joined to PUBLIC_URL. Anything that would leave it (another
 * origin, a scheme, `//host`) is refused, so no message kind can link elsewhere.
 *
 * @example productLink('https://m.example.org', '/requests/42') // 'https://m.example.org/requests/42'
 */
export function productLink(publicUrl: string, path: string): string {
  const base = new URL(publicUrl);
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`An email link must be a path on PUBLIC_URL: ${path}`);
  const url = new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base.origin);
  if (url.origin !== base.origin) throw new Error(`An email link must stay on PUBLIC_URL: ${path}`);
  return url.toString();
}

function htmlParagraph(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;
}

/**
 * The one email writer: subject, plain text and HTML from structured content. Every text the
 * content carries is escaped in the HTML; the subject is one line; links go to PUBLIC_URL only.
 *
 * @example
 * const email = renderEmail(
 *   { subject: 'New request', recipientName: 'Ana', headline: 'Bo asked you to mentor them', paragraphs: ['…'],
 *     action: { label: 'Answer the request', path: '/requests/1' }, reason: 'You are a mentor in Spring' },
 *   { publicUrl: 'https://m.example.org' },
 * );
 */
export function renderEmail(content: EmailContent, links: EmailLinks): RenderedEmail {
  const name = toOneLine(content.recipientName, limits.nameMax);
  const headline = toOneLine(content.headline, limits.emailSubjectMax);
  const paragraphs = content.paragraphs
    .map((p) => (typeof p === 'string' ? { text: toParagraph(p), confidential: false } : { text: toParagraph(p.text), confidential: true }))
    .filter((p) => p.text !== '');
  const facts = (content.facts ?? []).map((f) => ({
    label: toOneLine(f.label, 100),
    value: toParagraph(f.value),
    confidential: f.confidential === true,
  }));
  const linkList = (content.links ?? []).map((l) => ({
    label: toOneLine(l.label, limits.emailSubjectMax),
    url: productLink(links.publicUrl, l.path),
  }));
  const actionLabel = toOneLine(content.action.label, 100);
  const actionUrl = productLink(links.publicUrl, content.action.path);
  const reason = toOneLine(content.reason, 500);
  const unsubscribeUrl = links.unsubscribeUrl;
  if (unsubscribeUrl !== undefined && new URL(unsubscribeUrl).origin !== new URL(links.publicUrl).origin) {
    throw new Error('The unsubscribe link must stay on PUBLIC_URL');
  }

  const textOf = (outbox: boolean) =>
    [
      `Hello ${name},`,
      '',
      headline,
      '',
      ...paragraphs.flatMap((p) => [outbox && p.confidential ? withheldText : p.text, '']),
      ...(facts.length > 0 ? [...facts.map((f) => `${f.label}: ${outbox && f.confidential ? withheldText : f.value}`), ''] : []),
      ...(linkList.length > 0 ? [...linkList.map((l) => `- ${l.label}: ${outbox ? withheldLink : l.url}`), ''] : []),
      `${actionLabel}: ${outbox ? withheldLink : actionUrl}`,
      '',
      '--',
      reason,
      ...(unsubscribeUrl ? [`Unsubscribe from these emails: ${outbox ? withheldLink : unsubscribeUrl}`] : []),
      '',
    ].join('\n');
  const text = textOf(false);

  const factRows = facts
    .map(
      (f) =>
        `<tr><th align="left" style="padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(f.label)}</th><td style="padding:4px 0">${escapeHtml(f.value).replaceAll('\n', '<br>')}</td></tr>`,
    )
    .join('');
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(toOneLine(content.subject))}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;color:#1a1b1e;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">',
    htmlParagraph(`Hello ${name},`),
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(headline)}</h1>`,
    ...paragraphs.map((p) => htmlParagraph(p.text)),
    factRows ? `<table style="margin:0 0 16px;border-collapse:collapse">${factRows}</table>` : '',
    linkList.length > 0
      ? `<ul style="margin:0 0 16px;padding-left:20px">${linkList.map((l) => `<li style="margin:0 0 8px"><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul>`
      : '',
    `<p style="margin:24px 0"><a href="${escapeHtml(actionUrl)}" style="background:#228be6;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(actionLabel)}</a></p>`,
    `<hr style="border:none;border-top:1px solid #dee2e6"><p style="font-size:13px;color:#495057">${escapeHtml(reason)}`,
    unsubscribeUrl ? `<br><a href="${escapeHtml(unsubscribeUrl)}" style="color:#495057">Unsubscribe from these emails</a>` : '',
    '</p></body></html>',
  ].join('\n');

  return { subject: toOneLine(content.subject), text, html, outboxText: textOf(true) };
}
