// Times every GET route for each signed-in person who may use it: one probe, then `samples`
// requests in a row when the probe succeeded (a 403 or 404 means the route is not that person's).
import type { ScaleRoute } from '../../src/testing/scale-routes.ts';
import { itemsOf } from '../../src/testing/scale-routes.ts';
import { formatMs, percentile, send, type Session } from './http.ts';
import { type Row, row } from './table.ts';

export type RouteFigure = {
  template: string;
  role: string;
  status: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  bytes: number;
  items: number;
  targetMs: number;
};

/** The issue's figure for a route: suggestions p99 < 300 ms, every other request under 1 s. */
export function routeTargetMs(template: string): number {
  return template.includes('suggestions') ? 300 : 1000;
}

/** A probe slower than this gets only a few more requests, so one broken route cannot hold the bench for an hour. */
const SLOW_PROBE_MS = 5000;

/**
 * Sweeps `routes` as each of `sessions`, in order. Returns a figure per route and person who got
 * a success, and the refusals (route, person, status) for the log.
 */
export async function sweepRoutes(
  baseUrl: string,
  routes: readonly ScaleRoute[],
  sessions: readonly Session[],
  samples: number,
  log: (line: string) => void,
): Promise<{ figures: RouteFigure[]; refused: string[] }> {
  const figures: RouteFigure[] = [];
  const refused: string[] = [];
  for (const route of routes) {
    for (const session of sessions) {
      const probe = await send(baseUrl, 'GET', route.url, { cookie: session.cookie });
      if (probe.status < 200 || probe.status > 299) {
        refused.push(`${route.template} as ${session.role}: ${probe.status}`);
        continue;
      }
      const count = probe.ms > SLOW_PROBE_MS ? 2 : samples;
      const times = [probe.ms];
      for (let n = 0; n < count; n++) {
        const timed = await send(baseUrl, 'GET', route.url, { cookie: session.cookie });
        times.push(timed.ms);
      }
      times.sort((a, b) => a - b);
      const figure: RouteFigure = {
        template: route.template,
        role: session.role,
        status: probe.status,
        requests: times.length,
        p50: percentile(times, 0.5),
        p99: percentile(times, 0.99),
        max: times[times.length - 1] as number,
        bytes: probe.bytes,
        items: itemsOf(probe.body).length,
        targetMs: routeTargetMs(route.template),
      };
      figures.push(figure);
      log(
        `  GET ${route.template} as ${session.role}: p50 ${formatMs(figure.p50)}, p99 ${formatMs(figure.p99)} ` +
          `(${figure.requests} requests, ${Math.round(figure.bytes / 1024)} KB)`,
      );
    }
  }
  return { figures, refused };
}

/**
 * One table row per route: each person's p50/p99, and PASS when every p99 is under the target.
 * `suffix` tells sweeps apart (the routes timed again after publishing).
 */
export function routeRows(figures: readonly RouteFigure[], suffix = ''): Row[] {
  const byRoute = new Map<string, RouteFigure[]>();
  for (const figure of figures) {
    const list = byRoute.get(figure.template);
    if (list) list.push(figure);
    else byRoute.set(figure.template, [figure]);
  }
  return [...byRoute].map(([template, list]) => {
    const measured = list.map((f) => `${f.role} ${formatMs(f.p50)} / ${formatMs(f.p99)}`).join('; ');
    const largest = Math.max(...list.map((f) => f.bytes));
    const items = Math.max(...list.map((f) => f.items));
    const target = list[0]?.targetMs ?? 1000;
    return row(
      `GET ${template.replace('/api/v1', '')}${suffix}`,
      `${measured} (${list[0]?.requests ?? 0} each; up to ${Math.round(largest / 1024)} KB${items > 0 ? `, ${items} items` : ''})`,
      `p99 < ${formatMs(target)}`,
      list.every((f) => f.p99 < target),
    );
  });
}
