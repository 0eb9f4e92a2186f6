import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError, closeSocket, guardRequest, guardUpgrade, type GuardLogger } from './request-guard.js';

/** Every error the guard logs, as (message, url) pairs: a real sink, not a stand-in for anything. */
const logged: { msg: string; url?: string }[] = [];
const logger: GuardLogger = {
  error: (obj: unknown, msg?: string) => void logged.push({ msg: msg ?? '', url: (obj as { url?: string }).url }),
  debug: () => undefined,
};

const REFUSAL = 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 26\r\nConnection: close\r\n\r\nthe job id must be a UUID\n';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(
    guardRequest(logger, async (req, res) => {
      if (req.url === '/throw') throw new Error('sync throw');
      if (req.url === '/reject') return Promise.reject(new Error('async reject'));
      if (req.url === '/midway') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('partial');
        throw new Error('throw after the headers');
      }
      res.writeHead(200).end('ok');
    }),
  );
  server.on(
    'upgrade',
    guardUpgrade(logger, (req, socket) => {
      if (req.url === '/throw') throw new Error('upgrade throw');
      if (req.url === '/after-101') {
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
        throw new Error('throw after the handshake');
      }
      if (req.url === '/slow') {
        // Writes after the client may have reset: the write fails with EPIPE/ECONNRESET on the socket.
        setTimeout(() => socket.write('HTTP/1.1 101 Switching Protocols\r\n\r\n'), 100);
        return;
      }
      // What the services write for a refused upgrade (contracts' upgradeRefusalResponse).
      closeSocket(socket, REFUSAL);
    }),
  );
  server.on('clientError', answerClientError(logger));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Raw bytes out, everything the server sent back until it closed (or `closed: false` after 3 s). */
function exchange(request: string, opts: { reset?: boolean } = {}): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed });
    };
    const timer = setTimeout(() => done(false), 3000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.once('close', () => done(true));
    socket.once('connect', () => {
      socket.write(request, 'latin1');
      if (opts.reset) socket.resetAndDestroy();
    });
  });
}
const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
const upgrade = (target: string) => `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`;
const status = (text: string) => /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
const stillServing = async () => expect(status((await exchange(get('/ok'))).text)).toBe('200');

describe('request guard', () => {
  it('answers a request handler that throws with 500 and Connection: close, and logs it', async () => {
    const r = await exchange(get('/throw'));
    expect(status(r.text)).toBe('500');
    expect(r.text.toLowerCase()).toContain('connection: close');
    expect(r.closed).toBe(true);
    expect(logged).toContainEqual({ msg: 'request handler failed; closing the connection', url: '/throw' });
    await stillServing();
  });

  it('answers a handler that rejects with 500', async () => {
    const r = await exchange(get('/reject'));
    expect(status(r.text)).toBe('500');
    await stillServing();
  });

  it('drops the connection when a response had already begun', async () => {
    const r = await exchange(get('/midway'));
    expect(status(r.text)).toBe('200');
    expect(r.text).toContain('partial');
    expect(r.closed).toBe(true);
    await stillServing();
  });
});

describe('upgrade guard', () => {
  it('answers an upgrade handler that throws with a plain 500 and closes the socket', async () => {
    const r = await exchange(upgrade('/throw'));
    expect(status(r.text)).toBe('500');
    expect(r.closed).toBe(true);
    expect(logged).toContainEqual({ msg: 'upgrade handler failed; closing the connection', url: '/throw' });
    await stillServing();
  });

  it('destroys the socket when the handler throws after its 101', async () => {
    const r = await exchange(upgrade('/after-101'));
    expect(status(r.text)).toBe('101');
    expect(r.text).not.toContain('500');
    expect(r.closed).toBe(true);
    await stillServing();
  });

  it('survives a client that resets before the handler writes', async () => {
    for (let i = 0; i < 5; i++) await exchange(upgrade('/slow'), { reset: true });
    await new Promise((r) => setTimeout(r, 200));
    await stillServing();
  });

  it('writes a refusal as a plain HTTP response and closes the socket', async () => {
    const r = await exchange(upgrade('/refused'));
    expect(r.text).toBe(REFUSAL);
    expect(r.closed).toBe(true);
  });

  it('survives a reset while a refusal is written', async () => {
    for (let i = 0; i < 5; i++) await exchange(upgrade('/refused'), { reset: true });
    await stillServing();
  });
});

describe('client errors', () => {
  it('answers a request the parser cannot read with 400 and destroys the socket', async () => {
    for (const request of [upgrade('/ws/jobs/\0'), get(`/${'a'.repeat(100_000)}`), 'NOT HTTP AT ALL\r\n\r\n', `GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n`]) {
      const r = await exchange(request);
      expect(status(r.text), JSON.stringify(request.slice(0, 40))).toBe('400');
      expect(r.closed).toBe(true);
    }
    await stillServing();
  });

  it('lets a reset mid-request go without an answer', async () => {
    await exchange('GET /ws/jobs/x HTTP/1.1\r\nHost: x\r\n', { reset: true });
    await stillServing();
  });
});
