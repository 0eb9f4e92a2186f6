/**
 * Fault scenario 13 (issue 14): malformed WebSocket upgrades and resets, sent as raw bytes over
 * `node:net` (fetch and WebSocket clients normalise URLs, so they could not send these), to the
 * notifier's port directly and through the gateway. Each must be refused with a plain HTTP 400 (or
 * 404 for a path that is not `/ws/jobs/<id>`) and a closed socket; neither process may exit; and a
 * job submitted afterwards must still stream its events over a WebSocket through the gateway.
 * Prints `[figures]` and asserts lost = 0, duplicated = 0 like the other scenarios.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@policydiff/testkit';
import { startSystem, submit, waitFor, waitForStatus, watch, type System } from '../src/harness.js';
import { alive, audit, exited, figures, jobEvents, pdfPair } from './fault-kit.js';

let sys: System;
beforeAll(async () => {
  sys = await startSystem({ env: { HEARTBEAT_MS: '1000' } });
});
afterAll(async () => {
  await sys?.stop();
});

interface RawAnswer {
  /** The status of the first response line, or null when none came (reset, refused, dropped). */
  status: number | null;
  /** Whether the server closed the socket within the wait (a refusal must not leave it open). */
  closed: boolean;
}

/**
 * Writes `request` as it is and reads until the server closes. With `reset`, the client resets the
 * connection (RST) right after writing: a peer that vanishes mid-request or mid-handshake.
 */
function rawExchange(port: number, request: string, opts: { reset?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      resolve({ status: m ? Number(m[1]) : null, closed });
    };
    const timer = setTimeout(() => done(false), 5000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // a reset or refused connection shows as a close without a status
    socket.on('close', () => done(true));
    socket.once('connect', () => {
      socket.write(request, 'latin1');
      if (opts.reset) socket.resetAndDestroy();
    });
  });
}

const upgrade = (target: string, key: string | null = 'dGhlIHNhbXBsZSBub25jZQ==') =>
  [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', ...(key === null ? [] : [`Sec-WebSocket-Key: ${key}`])].join('\r\n') +
  '\r\n\r\n';

const UNKNOWN = randomUUID();
const REFUSED: { name: string; request: string; status: 400 | 404 }[] = [
  { name: 'bad escape %ZZ', request: upgrade('/ws/jobs/%ZZ'), status: 400 },
  { name: 'lone %', request: upgrade('/ws/jobs/%'), status: 400 },
  { name: '//', request: upgrade('//'), status: 404 },
  { name: '//host/ws/jobs/<uuid>', request: upgrade(`//evil.example/ws/jobs/${UNKNOWN}`), status: 404 },
  { name: '100 KB id', request: upgrade(`/ws/jobs/${'a'.repeat(100_000)}`), status: 400 },
  { name: 'non-UUID id', request: upgrade('/ws/jobs/not-a-job-id'), status: 400 },
  { name: 'escaped NUL id', request: upgrade('/ws/jobs/%00'), status: 400 },
  { name: 'raw NUL byte', request: upgrade('/ws/jobs/\0'), status: 400 },
  { name: 'absolute-form, bad escape', request: upgrade('http://127.0.0.1/ws/jobs/%ZZ'), status: 400 },
  { name: 'plain GET, no upgrade headers', request: `GET /ws/jobs/${UNKNOWN} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, status: 400 },
  { name: 'invalid Sec-WebSocket-Key', request: upgrade(`/ws/jobs/${UNKNOWN}`, 'not a key'), status: 400 },
  { name: 'missing Sec-WebSocket-Key', request: upgrade(`/ws/jobs/${UNKNOWN}`, null), status: 400 },
];
// Resets: mid-request (headers unfinished), mid-handshake (a valid upgrade), and while a refusal is written.
const RESETS = [
  `GET /ws/jobs/${UNKNOWN} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n`,
  upgrade(`/ws/jobs/${UNKNOWN}`),
  upgrade('/ws/jobs/%ZZ'),
];

describe('fault injection: malformed WebSocket upgrades', () => {
  it('13. malformed WebSocket upgrades, to the notifier and through the gateway: each refused 400/404 and closed, no service exits, live updates still stream', async () => {
    const ports = { notifier: Number(sys.env.NOTIFIER_PORT), gateway: Number(new URL(sys.baseUrl).port) };
    const got: Record<string, RawAnswer> = {};
    const want: Record<string, RawAnswer> = {};
    let sent = 0;
    for (const [side, port] of Object.entries(ports)) {
      for (const c of REFUSED) {
        got[`${side}: ${c.name}`] = await rawExchange(port, c.request);
        want[`${side}: ${c.name}`] = { status: c.status, closed: true };
        sent++;
      }
      for (const request of RESETS) {
        await rawExchange(port, request, { reset: true });
        sent++;
      }
    }
    // Whatever a reset left behind has had time to reach (and not crash) either process.
    await new Promise((r) => setTimeout(r, 500));
    const exited = sys.services.filter((s) => !alive(sys).includes(s)).map((s) => s.label);
    const notifier = sys.services.find((s) => s.name === 'notifier')!;
    const gateway = sys.services.find((s) => s.name === 'gateway')!;
    expect(got).toEqual(want);
    expect(notifier.proc.exitCode).toBeNull();
    expect(gateway.proc.exitCode).toBeNull();
    expect(exited).toEqual([]);
    // Every refusal came from reading the request, not from the last-resort guard catching a throw.
    const caught = [notifier, gateway].flatMap((s) => s.logs.join('').split('\n').filter((l) => l.includes('handler failed')));
    expect(caught).toEqual([]);

    // A job submitted afterwards streams every event over a WebSocket through the gateway
    // (`after=0-0` replays from the start, so a job that finishes before the socket opens still counts).
    const pair = await pdfPair(1300);
    const sub = await submit(sys.baseUrl, pair.a, pair.b);
    expect(sub.status).toBe(202);
    const id = sub.body.job_id as string;
    const client = watch(sys.wsUrl, id, '0-0');
    await client.opened;
    await client.until((m) => m.type === 'completed' || m.type === 'failed');
    client.close();
    const streamed = client.events().map((e) => e.event_id);
    const log = (await jobEvents(sys, id)).map((e) => e.id);
    const a = await audit(sys, [id]);

    const answers = Object.values(got);
    figures('scenario 13 malformed upgrades', {
      requests: sent,
      refused_400: answers.filter((x) => x.status === 400).length,
      refused_404: answers.filter((x) => x.status === 404).length,
      closed: answers.filter((x) => x.closed).length,
      resets: RESETS.length * 2,
      services_restarted: exited.length,
      events_streamed: streamed.length,
      lost: a.lost,
      duplicated: a.duplicated,
    });
    expect(streamed).toEqual(log);
    expect(client.messages[0].type).toBe('snapshot');
    expect(a).toMatchObject({ lost: 0, duplicated: 0 });
  });
});

describe('local mode (API keys off) at the real gateway', () => {
  const withHeaders = (target: string, headers: string[]) =>
    [`GET ${target} HTTP/1.1`, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', ...headers].join('\r\n') + '\r\n\r\n';

  it('refuses a forged Host (421) and a WebSocket another site opens (403); its own origin still gets 101', async () => {
    const port = Number(new URL(sys.baseUrl).port);
    const target = `/ws/jobs/${UNKNOWN}`;
    const forged = await rawExchange(port, withHeaders(target, [`Host: evil.example:${port}`]));
    const crossSite = await rawExchange(port, withHeaders(target, [`Host: 127.0.0.1:${port}`, 'Origin: https://evil.example']));
    const forgedHttp = await rawExchange(port, `GET /jobs HTTP/1.1\r\nHost: evil.example:${port}\r\nConnection: close\r\n\r\n`);
    expect({ forged, crossSite, forgedHttp }).toEqual({ forged: { status: 421, closed: true }, crossSite: { status: 403, closed: true }, forgedHttp: { status: 421, closed: true } });
    // The same upgrade from the gateway's own origin is forwarded: the notifier completes the
    // handshake (and then closes the unknown job with 4404).
    const own = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', (d: Buffer) => {
        resolve(d.toString('latin1').split('\r\n')[0]!);
        socket.destroy();
      });
      socket.on('error', () => resolve('error'));
      socket.once('connect', () => socket.write(withHeaders(target, [`Host: 127.0.0.1:${port}`, `Origin: http://127.0.0.1:${port}`])));
    });
    expect(own).toBe('HTTP/1.1 101 Switching Protocols');
  });
});

describe('connection limits at the real gateway and notifier', () => {
  it('a slow request gets 408, one connection too many from an address 503, one WebSocket too many at the notifier 503', async () => {
    const port = await freePort();
    const wsPort = await freePort();
    const notifier = sys.start('notifier', 'notifier-limits', { NOTIFIER_PORT: String(wsPort), WS_MAX_CONNECTIONS: '2' });
    const gateway = sys.start('gateway', 'gateway-limits', { PORT: String(port), NOTIFIER_URLS: `http://127.0.0.1:${wsPort}`, HEADERS_TIMEOUT_MS: '1000', MAX_CONNECTIONS_PER_ADDRESS: '4' });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false)) || null, 30_000, 'the limited gateway');
      await waitFor(async () => (await fetch(`http://127.0.0.1:${wsPort}/health`).then((r) => r.ok).catch(() => false)) || null, 30_000, 'the limited notifier');

      // Headers that never finish: answered 408 once HEADERS_TIMEOUT_MS has passed (Node's default is 60 s).
      const t0 = Date.now();
      const slow = await rawExchange(port, `GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: 1\r\n`);
      const slowMs = Date.now() - t0;
      expect(slow).toEqual({ status: 408, closed: true });
      expect(slowMs).toBeLessThan(4000);

      // Four idle connections from 127.0.0.1 are held; the fifth is answered 503 and closed.
      const held = await Promise.all(Array.from({ length: 4 }, () => new Promise<ReturnType<typeof connect>>((r) => { const s = connect(port, '127.0.0.1', () => r(s)); s.on('error', () => undefined); })));
      await new Promise((r) => setTimeout(r, 100));
      const fifth = await rawExchange(port, `GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      held.forEach((h) => h.destroy());
      expect(fifth).toEqual({ status: 503, closed: true });

      // The notifier holds two WebSockets; the third is refused before its handshake.
      const pair = await pdfPair(1310);
      const sub = await submit(sys.baseUrl, pair.a, pair.b);
      const id = sub.body.job_id as string;
      await waitForStatus(sys.baseUrl, id, ['COMPLETED', 'FAILED']);
      const wsBase = `ws://127.0.0.1:${wsPort}`;
      const first = watch(wsBase, id);
      const second = watch(wsBase, id);
      await Promise.all([first.opened, second.opened]);
      const third = await rawExchange(wsPort, upgrade(`/ws/jobs/${id}`));
      expect(third).toEqual({ status: 503, closed: true });
      first.close();
      await first.closed;
      await new Promise((r) => setTimeout(r, 100));
      const again = watch(wsBase, id);
      await again.opened;
      await again.until((m) => m.type === 'snapshot');
      again.close();
      second.close();
      figures('connection limits', { slow_request_ms: slowMs, slow_status: slow.status ?? 'none', fifth_connection: fifth.status ?? 'none', third_websocket: third.status ?? 'none' });
      expect(gateway.proc.exitCode).toBeNull();
      expect(notifier.proc.exitCode).toBeNull();
    } finally {
      for (const s of [gateway, notifier]) {
        s.proc.kill('SIGTERM');
        await exited(s);
      }
    }
  });
});
