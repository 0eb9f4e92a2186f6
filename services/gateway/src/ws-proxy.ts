import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { closeSocket } from '@policydiff/platform';

/**
 * Forwards WebSocket upgrades (`/ws/...`) to the notifier instances, round robin, as raw TCP:
 * the notifier does the handshake itself, so the gateway stays out of the message path. A notifier
 * that refuses the connection is skipped for the next one. The caller has already checked the
 * request target (parseWsUpgradePath), since it is written to the notifier as it came.
 */
export function createWsProxy(targets: URL[], onError: (err: Error) => void) {
  let next = 0;
  return (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let upstream: Socket | null = null;
    // Once per client socket, not per attempt: whichever notifier connection is current goes with it.
    socket.on('error', () => upstream?.destroy());
    socket.on('close', () => upstream?.destroy());
    const tryTarget = (attempt: number) => {
      // The client may have gone while an earlier notifier was refusing.
      if (socket.destroyed) return;
      if (attempt >= targets.length) {
        closeSocket(socket, 'HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 25\r\nConnection: close\r\n\r\nno notifier is reachable\n');
        return;
      }
      const target = targets[next++ % targets.length]!;
      const conn: Socket = connect(Number(target.port || 80), target.hostname);
      upstream = conn;
      let connected = false;
      conn.once('connect', () => {
        connected = true;
        const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        conn.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length) conn.write(head);
        conn.pipe(socket);
        socket.pipe(conn);
      });
      conn.on('error', (err) => {
        if (!connected) return tryTarget(attempt + 1);
        onError(err);
        socket.destroy();
      });
      // A refused connect closes too, after its error: only a notifier that was reached ends the
      // client's socket, and only once what it sent last (its 400, its close frame) is flushed.
      conn.on('close', () => {
        if (connected) closeSocket(socket);
      });
    };
    tryTarget(0);
  };
}
