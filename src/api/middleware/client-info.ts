import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ClientInfo } from '../../services/auth.service.ts';

/** The caller's address (from the socket, or X-Forwarded-For behind a trusted proxy) and agent. */
export function clientInfoOf(c: Context, trustProxy: boolean): ClientInfo {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return { ipAddress: forwarded || socketAddress(c), userAgent: c.req.header('user-agent') ?? null };
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'unknown';
  }
}
