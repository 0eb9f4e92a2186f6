/**
 * The WebSocket proxy between real sockets: a gateway-side HTTP server whose upgrades go through
 * the proxy, and upstream "notifiers" that are plain TCP servers answering as scripted, so each
 * test can make the far side refuse, reset or answer mid-stream.
 */
import { createServer, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '@policydiff/testkit';
import { guardUpgrade, type GuardLogger } from '@policydiff/platform';
import { createWsProxy } from './ws-proxy.js';

const quiet: GuardLogger = { error: () => undefined, debug: () => undefined };
const ID = '0b9c2f3e-8d4a-4c1b-9e7f-2a6d5c4b3a21';
const UPGRADE = `GET /ws/jobs/${ID} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;

const open: (Server | TcpServer)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    if ('closeAllConnections' in s) s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

const listen = async <S extends Server | TcpServer>(s: S): Promise<number> => {
  open.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
};

/** An upstream that hands each connection, once its request has arrived, to `onRequest`; `live` holds the open ones. */
async function upstream(onRequest: (socket: Socket, request: string) => void): Promise<{ url: URL; requests: string[]; live: Set<Socket> }> {
  const requests: string[] = [];
  const live = new Set<Socket>();
  const port = await listen(
    createTcpServer((socket) => {
      live.add(socket);
      socket.on('close', () => live.delete(socket));
      socket.on('error', () => undefined);
      let buf = '';
      let answered = false;
      socket.on('data', (d) => {
        buf += d.toString('latin1');
        if (!answered && buf.includes('\r\n\r\n')) {
          answered = true;
          requests.push(buf);
          onRequest(socket, buf);
        }
      });
    }),
  );
  return { url: new URL(`http://127.0.0.1:${port}`), requests, live };
}

async function gateway(targets: URL[], errors: Error[] = []): Promise<number> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', guardUpgrade(quiet, createWsProxy(targets, (err) => errors.push(err))));
  return listen(server);
}

function exchange(port: number, request: string, opts: { reset?: 'after-write' | 'after-first-byte' } = {}): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed });
    };
    const timer = setTimeout(() => done(false), 3000);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      if (opts.reset === 'after-first-byte') socket.resetAndDestroy();
    });
    socket.on('error', () => undefined);
    socket.once('close', () => done(true));
    socket.once('connect', () => {
      socket.write(request, 'latin1');
      if (opts.reset === 'after-write') socket.resetAndDestroy();
    });
  });
}

const REFUSAL = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 12\r\n\r\nBad Request\n';

describe('WebSocket proxy', () => {
  it('forwards the upgrade as it came and relays the answer', async () => {
    const up = await upstream((s) => s.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nhello'));
    const port = await gateway([up.url]);
    const r = await exchange(port, UPGRADE);
    expect(r.text).toContain('HTTP/1.1 101 Switching Protocols');
    expect(r.text).toContain('hello');
    expect(up.requests[0]).toMatch(new RegExp(`^GET /ws/jobs/${ID} HTTP/1.1\\r\\n`));
    expect(up.requests[0]).toContain('Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==');
  });

  it("relays a notifier's refusal whole and closes the client's socket after it", async () => {
    const up = await upstream((s) => s.end(REFUSAL));
    const port = await gateway([up.url]);
    expect(await exchange(port, UPGRADE)).toEqual({ text: REFUSAL, closed: true });
  });

  it('skips a notifier that refuses the connection for the next one', async () => {
    const dead = new URL(`http://127.0.0.1:${await freePort()}`);
    const up = await upstream((s) => s.end(REFUSAL));
    const port = await gateway([dead, up.url]);
    expect(await exchange(port, UPGRADE)).toEqual({ text: REFUSAL, closed: true });
  });

  it('answers 503 when no notifier is reachable', async () => {
    const port = await gateway([new URL(`http://127.0.0.1:${await freePort()}`), new URL(`http://127.0.0.1:${await freePort()}`)]);
    const r = await exchange(port, UPGRADE);
    expect(r.text).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n[\s\S]*\r\n\r\nno notifier is reachable\n$/);
    expect(r.closed).toBe(true);
  });

  it('survives a notifier that resets mid-stream: the client socket is closed, the error reported', async () => {
    const errors: Error[] = [];
    const up = await upstream((s) => {
      s.write('HTTP/1.1 101 Switching Protocols\r\n\r\n');
      setTimeout(() => s.resetAndDestroy(), 50);
    });
    const port = await gateway([up.url], errors);
    const r = await exchange(port, UPGRADE);
    expect(r.closed).toBe(true);
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['ECONNRESET']);
    expect((await exchange(port, UPGRADE)).closed).toBe(true); // still serving
  });

  it('survives a client that resets mid-request and mid-stream, and lets go of the notifier connection', async () => {
    const up = await upstream((s) => {
      s.write('HTTP/1.1 101 Switching Protocols\r\n\r\n');
      const t = setInterval(() => s.writable && s.write('x'.repeat(1000)), 5);
      s.on('close', () => clearInterval(t));
    });
    const port = await gateway([up.url]);
    for (let i = 0; i < 5; i++) {
      await exchange(port, UPGRADE, { reset: 'after-write' });
      await exchange(port, UPGRADE, { reset: 'after-first-byte' });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(up.requests.length).toBeGreaterThan(0);
    expect(up.live.size).toBe(0);
    const r = await exchange(port, UPGRADE, { reset: 'after-first-byte' });
    expect(r.text).toMatch(/^HTTP\/1\.1 101/);
  });
});
