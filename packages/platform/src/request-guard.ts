import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from './logger.js';

/**
 * The last resort for one request's errors: whatever a request or upgrade handler throws (or
 * rejects with) is logged and that one connection is closed, so a single request cannot take the
 * gateway or the notifier, and every other client's requests and live updates, down with it. Only
 * errors raised inside a handler are caught; an error nobody can attribute to a request still ends
 * the process, so the supervisor restarts it. Both services use this one copy (a service never
 * imports another, so shared service code lives here); what a refusal says is theirs
 * (`upgradeRefusalResponse` in contracts, written with `closeSocket`).
 */

/** What the guard logs through: the service's pino logger. */
export type GuardLogger = Pick<Logger, 'error' | 'debug'>;
type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void | Promise<void>;

// A hostile target can be 16 KB (Node's header limit): log enough to recognise it, not all of it.
const loggedUrl = (req: IncomingMessage) => (req.url ?? '').slice(0, 200);
const written = (socket: Duplex) => (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;

/**
 * Ends the socket after `data` and destroys it once that is flushed, as `ws` does when it aborts a
 * handshake: a peer that never closes its side cannot hold the connection open, and what was
 * written (a refusal, or what a pipe has ended it with) still reaches the peer first.
 */
export function closeSocket(socket: Duplex, data?: string): void {
  if (socket.destroyed) return;
  if (socket.writableFinished || (!socket.writable && !socket.writableEnded)) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  if (!socket.writableEnded) socket.end(data);
}

function run<A extends unknown[]>(handler: (...args: A) => void | Promise<void>, args: A, fail: (err: unknown) => void): void {
  try {
    const pending = handler(...args);
    if (pending && typeof pending.then === 'function') pending.then(undefined, fail);
  } catch (err) {
    fail(err);
  }
}

/** A request handler whose throw is logged and answered 500 (the connection dropped when a response had started). */
export function guardRequest(logger: GuardLogger, handler: RequestHandler): RequestHandler {
  return (req, res) =>
    run(handler, [req, res], (err) => {
      logger.error({ err, method: req.method, url: loggedUrl(req) }, 'request handler failed; closing the connection');
      if (res.headersSent || res.destroyed) res.destroy();
      else res.writeHead(500, { 'content-type': 'application/json', connection: 'close' }).end('{"status":500}');
    });
}

/**
 * An upgrade handler that cannot crash the process: the socket gets an error listener first (once
 * Node hands an upgrade's socket over, nobody else listens, so an ECONNRESET mid-handshake would be
 * an uncaught 'error' event), and a throw is logged and answered 500, or the socket destroyed when
 * something (a 101) was already written.
 */
export function guardUpgrade(logger: GuardLogger, handler: UpgradeHandler): UpgradeHandler {
  return (req, socket, head) => {
    socket.on('error', (err: NodeJS.ErrnoException) => {
      logger.debug({ err: err.message, code: err.code, url: loggedUrl(req) }, 'upgrade socket error');
      socket.destroy();
    });
    run(handler, [req, socket, head], (err) => {
      logger.error({ err, url: loggedUrl(req) }, 'upgrade handler failed; closing the connection');
      if (written(socket) > 0) socket.destroy();
      else closeSocket(socket, 'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  };
}

/**
 * `server.on('clientError')`: a request Node's parser cannot read (a NUL in the target, headers past
 * the 16 KB limit, a broken request line) is answered 400, a request that timed out 408, and the
 * socket is destroyed. As Node's own default, nothing is written once a response has begun.
 */
export function answerClientError(logger: GuardLogger) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    logger.debug({ err: err.message, code: err.code }, 'unreadable request refused');
    if (err.code === 'ECONNRESET' || !socket.writable || written(socket) > 0) {
      socket.destroy();
      return;
    }
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_HEADER_TIMEOUT';
    closeSocket(socket, `HTTP/1.1 ${timedOut ? '408 Request Timeout' : '400 Bad Request'}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  };
}
