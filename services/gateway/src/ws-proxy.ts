import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Forwards WebSocket upgrades (`/ws/...`) to the notifier instances, round robin, as raw TCP:
 * the notifier does the handshake itself, so the gateway stays out of the message path. A notifier
 * that refuses the connection is skipped for the next one.
 */
export function createWsProxy(targets: URL[], onError: (err: Error) => void) {
  let next = 0;
  return (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const tryTarget = (attempt: number) => {
      if (attempt >= targets.length) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nno notifier is reachable\n');
        return;
      }
      const target = targets[next++ % targets.length]!;
      const upstream: Socket = connect(Number(target.port || 80), target.hostname);
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length) upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', (err) => {
        if (!connected) return tryTarget(attempt + 1);
        onError(err);
        socket.destroy();
      });
      socket.on('error', () => upstream.destroy());
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
    };
    tryTarget(0);
  };
}
