import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { Config } from './config.js';
import { closeSocket } from './request-guard.js';

/**
 * What one client may hold of an HTTP server. Node's defaults let a request's headers take 60 s and
 * its whole body 300 s, so a few hundred slow uploads (a byte every few seconds) hold as many
 * sockets for minutes; and nothing stops one address from opening thousands.
 * - HEADERS_TIMEOUT_MS: the headers must arrive within this (408 after it);
 * - REQUEST_TIMEOUT_MS: the whole request, body included (a 100 MB upload needs ~7 Mbit/s at the
 *   default 120 s);
 * - MAX_CONNECTIONS_PER_ADDRESS: open connections (WebSockets included) per client address;
 *   a trusted proxy's own address is not capped, since all its clients share it.
 */
export function httpServerOptions(config: Pick<Config, 'HEADERS_TIMEOUT_MS' | 'REQUEST_TIMEOUT_MS'>): ServerOptions {
  const headersTimeout = config.REQUEST_TIMEOUT_MS ? Math.min(config.HEADERS_TIMEOUT_MS, config.REQUEST_TIMEOUT_MS) : config.HEADERS_TIMEOUT_MS;
  return {
    headersTimeout,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // How often Node looks for requests past their time (default 30 s): a quarter of the shortest
    // limit, so a limit is enforced within 25 % of itself.
    connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(Math.min(headersTimeout || 30_000, config.REQUEST_TIMEOUT_MS || 30_000) / 4))),
  };
}

const TOO_MANY = (max: number) => {
  const body = `too many connections from your address (at most ${max}: MAX_CONNECTIONS_PER_ADDRESS)\n`;
  return `HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nRetry-After: 5\r\nConnection: close\r\n\r\n${body}`;
};

/**
 * Caps the open connections of each TCP peer address at `max` (0 = no cap): one more is answered
 * 503 and closed at once. `exempt` spares an address (a trusted proxy).
 */
export function capConnectionsPerAddress(server: Server, max: number, exempt: (address: string) => boolean = () => false): { open(address: string): number } {
  const open = new Map<string, number>();
  if (max > 0) {
    server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress ?? 'unknown';
      if (exempt(address)) return;
      const n = (open.get(address) ?? 0) + 1;
      if (n > max) {
        socket.on('error', () => socket.destroy());
        closeSocket(socket, TOO_MANY(max));
        return;
      }
      open.set(address, n);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      });
    });
  }
  return { open: (address) => open.get(address) ?? 0 };
}
