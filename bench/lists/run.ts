/**
 * Issue 22's lists at scale: a program of 20,000 mentees and 5,000 mentors with 20,000
 * relationships and 2,000 applications (seedLargeOrganization), then each list this bench covers
 * timed as the coordinator through the real app: the first page, and a page 20 pages deep
 * (cursor from the 20th), per order and filter. Prints p50/p99 of the wall clock and the main
 * thread's CPU per request, and the bytes of a page.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/lists/run.ts [--runs 20]
 */
import { parseArgs } from 'node:util';
import { seedLargeOrganization } from '../../src/testing/large-organization.ts';
import { signInAs } from '../../src/testing/http-client.ts';
import { openTestApp } from '../../src/testing/test-app.ts';

const { values: flags } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, mentees: { type: 'string', default: '20000' } },
});
const runs = Number(flags.runs);
const mentees = Number(flags.mentees);
const t = await openTestApp();
const started = performance.now();
const org = await seedLargeOrganization(t.handle.db, {
  people: Math.round(mentees * 1.25),
  mentees,
  mentors: Math.round(mentees / 4),
  mentorCapacity: 4,
  applications: Math.min(2_000, mentees),
  relationships: mentees,
});
console.log(`seeded ${JSON.stringify(org.counts)} in ${Math.round((performance.now() - started) / 1000)} s`);
const cookie = await signInAs(t.app, org.coordinator.email, org.password);
const adminCookie = org.admins[0] ? await signInAs(t.app, org.admins[0].email, org.password) : cookie;

async function get(
  path: string,
  who = cookie,
): Promise<{ ms: number; cpuMs: number; bytes: number; body: { nextCursor?: string | null } }> {
  const cpu = process.threadCpuUsage();
  const at = performance.now();
  const response = await t.app.request(path, { headers: { cookie: who } });
  const text = await response.text();
  const ms = performance.now() - at;
  const used = process.threadCpuUsage(cpu);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text.slice(0, 200)}`);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes: text.length, body: JSON.parse(text) };
}

/** The cursor of the `depth`-th page of a list. */
async function cursorAt(path: string, depth: number, who = cookie): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < depth; i++) {
    const { body } = await get(`${path}${path.includes('?') ? '&' : '?'}${cursor ? `cursor=${cursor}` : ''}`, who);
    cursor = body.nextCursor ?? null;
    if (!cursor) break;
  }
  return cursor;
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
const rows: string[] = ['| list | p50 ms | p99 ms | p50 CPU ms | bytes |', '|---|---|---|---|---|'];

async function measure(label: string, path: string, who = cookie) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await get(path, who));
  const ms = samples.map((s) => s.ms);
  const cpu = samples.map((s) => s.cpuMs);
  rows.push(
    `| ${label} | ${quantile(ms, 0.5).toFixed(1)} | ${quantile(ms, 0.99).toFixed(1)} | ${quantile(cpu, 0.5).toFixed(1)} | ${samples[0]?.bytes ?? 0} |`,
  );
}

const program = `/api/v1/programs/${org.programId}`;
for (const sort of ['name', 'last_touch', 'started']) {
  await measure(`relationships ${sort}, page 1`, `${program}/relationships?sort=${sort}`);
  const deep = await cursorAt(`${program}/relationships?sort=${sort}`, 20);
  if (deep) await measure(`relationships ${sort}, page 21`, `${program}/relationships?sort=${sort}&cursor=${deep}`);
}
await measure('relationships risk=at_risk', `${program}/relationships?risk=at_risk`);
await measure('relationships stage=building', `${program}/relationships?stage=building`);
// A search for a name the list holds: the first page's first mentee's last word.
const firstPage = (await get(`${program}/relationships`)).body as { items?: Array<{ mentee: { name: string } }> };
const word = firstPage.items?.[0]?.mentee.name.split(' ').at(-1) ?? 'a';
await measure(`relationships q=${word}`, `${program}/relationships?q=${encodeURIComponent(word)}`);
await measure('relationships limit=500', `${program}/relationships?limit=500`);
await measure('relationship-overview (counts)', `${program}/relationship-overview`);
await measure('applications name', `${program}/applications`);
await measure('applications newest', `${program}/applications?sort=newest`);
await measure(`applications q=${word}`, `${program}/applications?q=${encodeURIComponent(word)}`);
await measure('audit-log', '/api/v1/audit-log', adminCookie);
const exportStart = performance.now();
const exported = await t.app.request(`${program}/applications/export.csv`, { headers: { cookie } });
const csv = await exported.text();
rows.push(
  `| applications export.csv (${csv.split('\r\n').length - 2} rows, once) | ${(performance.now() - exportStart).toFixed(1)} | | | ${csv.length} |`,
);
console.log(`\n${runs} runs each, PostgreSQL, ${new Date().toISOString()}\n${rows.join('\n')}`);
await t.handle.close();
