// The bench's HTTP side: sign-ins and timed requests against the server process, and the
// statistics of a sample.

/** A signed-in person: their cookie, and who they are for the table. */
export type Session = { role: string; email: string; cookie: string };

/** An answer and how long it took by the clock, in milliseconds. */
export type Timed = { status: number; ms: number; body: unknown; bytes: number };

/** Every request sent, by the clock (epoch ms), so a stall of the server can name the requests it held. */
export const requestSpans: Array<{ label: string; from: number; to: number }> = [];

/** Sends one request and reads the whole body; never throws on an HTTP status. */
export async function send(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; json?: unknown; timeoutMs?: number } = {},
): Promise<Timed> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const from = Date.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (requestSpans.length < 200_000) requestSpans.push({ label: `${method} ${path.split('?')[0]}`, from, to: Date.now() });
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a CSV, a calendar): the text is the body.
  }
  return { status: response.status, ms, body, bytes: Buffer.byteLength(text) };
}

/** Signs in through the API; fails the bench when the seeded account cannot. */
export async function signIn(baseUrl: string, role: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /constellation_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`${role} ${email} could not sign in: ${response.status} ${await response.text()}`);
  return { role, email, cookie };
}

/** The value below which `p` of the sorted sample lies (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Milliseconds for the table: whole above 10, one decimal below. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
