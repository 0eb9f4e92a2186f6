import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { capConnectionsPerAddress, httpServerOptions } from './connection-limits.js';
import { answerClientError } from './request-guard.js';

const quiet = { error: () => undefined, debug: () => undefined };
let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(null));
  server = null;
});

/** A real server with the limits as the gateway sets them; every complete request gets 200. */
async function serve(env: Record<string, string>): Promise<number> {
  const config = loadConfig('gateway', env);
  server = createServer(httpServerOptions(config), (req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-length': '2' }).end('ok'));
  });
  server.on('clientError', answerClientError(quiet));
  capConnectionsPerAddress(server, config.MAX_CONNECTIONS_PER_ADDRESS);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** Opens a socket, writes `first`, and collects what comes back until the server closes it. */
function slowClient(port: number, first: string) {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  const t0 = Date.now();
  const closed = new Promise<{ text: string; ms: number }>((resolve) => {
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ text, ms: Date.now() - t0 }));
  });
  socket.once('connect', () => socket.write(first));
  return { socket, closed };
}

describe('HTTP limits', () => {
  it('answers 408 to a request whose headers do not arrive within HEADERS_TIMEOUT_MS', async () => {
    const port = await serve({ HEADERS_TIMEOUT_MS: '600' });
    const c = slowClient(port, 'GET / HTTP/1.1\r\nHost: x\r\n');
    const r = await Promise.race([c.closed, new Promise<null>((res) => setTimeout(() => res(null), 5000))]);
    c.socket.destroy();
    expect(r?.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(r!.ms).toBeLessThan(3000);
  });

  it('answers 408 to a body still trickling in after REQUEST_TIMEOUT_MS', async () => {
    const port = await serve({ HEADERS_TIMEOUT_MS: '600', REQUEST_TIMEOUT_MS: '1000' });
    const c = slowClient(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => c.socket.writable && c.socket.write('x'), 100);
    const r = await Promise.race([c.closed, new Promise<null>((res) => setTimeout(() => res(null), 6000))]);
    clearInterval(drip);
    c.socket.destroy();
    expect(r?.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(r!.ms).toBeLessThan(4000);
  });

  it('caps open connections per address at MAX_CONNECTIONS_PER_ADDRESS, and frees a slot when one closes', async () => {
    const port = await serve({ MAX_CONNECTIONS_PER_ADDRESS: '3' });
    const open = (): Promise<Socket> => new Promise((r) => { const s = connect(port, '127.0.0.1', () => r(s)); s.on('error', () => undefined); });
    const held = [await open(), await open(), await open()];
    const extra = slowClient(port, '');
    const refused = await Promise.race([extra.closed, new Promise<null>((res) => setTimeout(() => res(null), 3000))]);
    expect(refused?.text).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(refused?.text).toContain('too many connections from your address (at most 3: MAX_CONNECTIONS_PER_ADDRESS)');
    held[0]!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const again = slowClient(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect((await again.closed).text).toMatch(/^HTTP\/1\.1 200 /);
    held.forEach((s) => s.destroy());
  });
});
