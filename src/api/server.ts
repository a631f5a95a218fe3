import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { ConstellationApp } from './app.ts';

export type RunningServer = {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close: () => Promise<void>;
};

/**
 * Listens on a port (0 picks a free one) and resolves once the server accepts connections.
 *
 * @example const server = await listen(app, { port: 3000, host: '0.0.0.0' });
 */
export function listen(app: ConstellationApp, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      resolve({ url: `http://${host}:${info.port}`, port: info.port, close: () => closeGracefully(server) });
    });
    server.once('error', reject);
  });
}

function closeGracefully(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Idle keep-alive connections would hold close() open; busy ones finish their request first.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
