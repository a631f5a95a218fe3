// The request mix of the load benchmark and how its figures are read from autocannon.
import autocannon from 'autocannon';
import type { LoadMentee } from './scaled-demo.ts';

/** A signed-in mentee driving one connection. */
export type LoadUser = LoadMentee & { cookie: string };

export type Figures = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  failures: string[];
};

type Connection = { user?: LoadUser; turn: number };

const nextUser = (() => {
  let next = 0;
  return (users: LoadUser[]) => users[next++ % users.length] as LoadUser;
})();

function relationshipOf(context: Connection): { id: string; programId: string } {
  const user = context.user as LoadUser;
  return user.relationships[context.turn % user.relationships.length] as { id: string; programId: string };
}

/**
 * One connection's round: the home page API, its relationships, one opened, a note added, home
 * again, the relationship again, a meeting proposed, the relationship again (six reads, two writes).
 * Each connection signs in as a different mentee and walks through their relationships.
 */
export function requestMix(users: LoadUser[], failures: string[]): autocannon.Request[] {
  const as = (build: (context: Connection) => { method?: 'GET' | 'POST'; path: string; body?: unknown }) => ({
    onResponse: (status: number, body: string) => {
      if ((status < 200 || status > 299) && failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`);
    },
    setupRequest: (request: autocannon.Request, raw: object) => {
      const context = raw as Connection;
      context.user ??= nextUser(users);
      const { method = 'GET', path, body } = build(context);
      const headers: Record<string, string> = { cookie: context.user.cookie };
      if (body !== undefined) headers['content-type'] = 'application/json';
      return { ...request, method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) } as autocannon.Request;
    },
  });
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000 + Math.floor(Math.random() * 86_400_000)).toISOString();
  return [
    as(() => ({ path: '/api/v1/home' })),
    as((c) => ({ path: `/api/v1/programs/${relationshipOf(c).programId}/relationships` })),
    as((c) => ({ path: `/api/v1/relationships/${relationshipOf(c).id}` })),
    as((c) => ({
      method: 'POST',
      path: `/api/v1/relationships/${relationshipOf(c).id}/notes`,
      body: { visibility: 'shared', body: `Load note ${Date.now()}: what I tried this week and what I learned.` },
    })),
    as(() => ({ path: '/api/v1/home' })),
    as((c) => ({ path: `/api/v1/relationships/${relationshipOf(c).id}` })),
    as((c) => ({
      method: 'POST',
      path: `/api/v1/relationships/${relationshipOf(c).id}/meetings`,
      body: { startsAt: inAWeek(), durationMinutes: 45, channel: 'video', videoLink: 'https://meet.example.org/load' },
    })),
    as((c) => {
      const path = `/api/v1/relationships/${relationshipOf(c).id}`;
      c.turn += 1;
      return { path };
    }),
  ];
}

/** Runs autocannon and reads the figures the report prints (latencies in ms). */
export async function measure(name: string, options: autocannon.Options, failures: string[] = []): Promise<Figures> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, initialContext: { turn: 0 } }, (error: unknown, done: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('reqError', (error: unknown) => {
      if (failures.length < 5) failures.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    });
  });
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's errors include its timeouts (no answer within `timeout`, 10 s by default).
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    failures,
  };
}
