import { AsyncLocalStorage } from 'node:async_hooks';

/** Where a request came from, recorded with each audit entry it causes. */
export type RequestOrigin = { requestId: string | null; ipAddress: string | null };

const storage = new AsyncLocalStorage<RequestOrigin>();

/**
 * Runs `work` with the request's id and address available to `recordAudit`, so the services'
 * audit calls stay one line and need no extra parameter.
 *
 * @example await runWithRequestOrigin({ requestId, ipAddress }, () => next());
 */
export function runWithRequestOrigin<T>(origin: RequestOrigin, work: () => Promise<T>): Promise<T> {
  return storage.run(origin, work);
}

/** The current request's origin, or nulls outside a request (jobs, the command line). */
export function currentRequestOrigin(): RequestOrigin {
  return storage.getStore() ?? { requestId: null, ipAddress: null };
}
