#!/usr/bin/env node
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { eventsStream, isWsUpgradeRefusal, jobEventsStream, parseWsUpgradePath, upgradeRefusalResponse } from '@policydiff/contracts';
import { createServiceContext, refuseScrape } from '@policydiff/pipeline';
import { answerClientError, assertSafeToListen, closeSocket, createMetricsRegistry, guardRequest, guardUpgrade, httpServerOptions, metricsResponse, parseApiKeys, registerWebSocketMetrics, type Principal } from '@policydiff/platform';
import { toJobStatusBody } from '@policydiff/store';
import { JobWatchers, send, type Watcher } from './job-watchers.js';
import { isStreamId } from './stream-id.js';
import { identifyWatcher, mayWatch, unknownJobClose } from './watch-access.js';

/**
 * The notifier: WebSocket clients watch jobs. Every instance reads the global events stream without
 * a group (fan-out: each instance sees every event) and forwards each event to its own clients of
 * that job; a (re)connecting client is first brought up to date from the job's own event stream.
 */
const ctx = createServiceContext('notifier');
const { config, logger, store, redis, blockingRedis } = ctx;
const watchers = new JobWatchers();
const keys = parseApiKeys(config.API_KEYS);
// With keys off, only on loopback (or with the loudly logged opt-out): otherwise the notifier does not start.
assertSafeToListen(config, logger);
// WebSocket pings share the streams heartbeat period (HEARTBEAT_MS): a client that misses two
// pings is gone, so a vanished tab is dropped as quickly as a dead consumer is noticed.
const HEARTBEAT_MS = Math.max(1000, config.HEARTBEAT_MS);
const MAX_BUFFERED_BYTES = 1 << 20;

const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
// Refused before the handshake: a browser retries (with backoff) and may reach another notifier.
const WS_FULL = (() => {
  const body = `this notifier holds its ${config.WS_MAX_CONNECTIONS} WebSockets (WS_MAX_CONNECTIONS): try again shortly\n`;
  return `HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 5\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
})();
const metrics = createMetricsRegistry('notifier');
registerWebSocketMetrics(metrics, () => ({ sockets: wss.clients.size, watchers: watchers.size }));
// Its clients are gateways (every browser's WebSocket arrives through one), so connections are
// capped per client address at the gateway and in total here (WS_MAX_CONNECTIONS).
const server = createServer(
  httpServerOptions(config),
  guardRequest(logger, (req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', clients: watchers.size, sockets: wss.clients.size, heap_used: process.memoryUsage().heapUsed }));
      return;
    }
    if (req.url === '/metrics') {
      // With keys on, a metrics or admin key, as at the gateway.
      if (refuseScrape(keys, req, res)) return;
      metricsResponse(metrics).then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    // A watch path asked without an upgrade: 400 with why (its own refusal when the path is malformed).
    const target = parseWsUpgradePath(req.url);
    if (isWsUpgradeRefusal(target) && target.status === 404) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
      return;
    }
    const detail = isWsUpgradeRefusal(target) ? target.reason : 'this path takes a WebSocket upgrade (Connection: Upgrade, Upgrade: websocket)';
    res.writeHead(400, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ status: 400, detail }));
  }),
);

// Every malformed target is refused before the handshake with a plain 400/404, so nothing past this
// point reads an unchecked URL; the guard keeps any other throw to this one connection.
server.on(
  'upgrade',
  guardUpgrade(logger, (req, socket, head) => {
    const target = parseWsUpgradePath(req.url);
    if (isWsUpgradeRefusal(target)) return closeSocket(socket, upgradeRefusalResponse(target));
    if (config.WS_MAX_CONNECTIONS > 0 && wss.clients.size >= config.WS_MAX_CONNECTIONS) return closeSocket(socket, WS_FULL);
    const who = identifyWatcher(keys, req.headers, target.url);
    // A missing or bad Sec-WebSocket-Key or version is answered 400 by handleUpgrade itself.
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Refusals complete the handshake first: a browser sees close codes, not failed upgrades.
      if ('code' in who) return ws.close(who.code, who.reason);
      onConnection(ws, target.jobId, target.after, who.principal).catch((err: unknown) => {
        logger.error({ err, jobId: target.jobId }, 'watching a job failed; closing its socket');
        ws.terminate();
      });
    });
  }),
);
server.on('clientError', answerClientError(logger));

type Alive = WebSocket & { alive?: boolean };

async function onConnection(ws: Alive, jobId: string, after: string | null, principal: Principal | null): Promise<void> {
  ws.alive = true;
  ws.on('pong', () => (ws.alive = true));
  ws.on('error', () => ws.terminate());
  if (after !== null && !isStreamId(after)) {
    ws.close(1008, 'after must be an event_id like 1700000000000-0');
    return;
  }
  const w: Watcher = { ws, jobId, cursor: after, ready: false, buffer: [] };
  watchers.add(w);
  ws.on('close', () => watchers.remove(w));
  try {
    const last = (await redis.xrevrange(jobEventsStream(jobId), '+', '-', 'COUNT', 1)) as [string, string[]][];
    const rec = await store.getJob(jobId);
    if (!rec || !mayWatch(keys, principal, rec.job.owner)) {
      watchers.remove(w);
      const refusal = unknownJobClose(jobId);
      ws.close(refusal.code, refusal.reason);
      return;
    }
    const lastId = last[0]?.[0] ?? null;
    ws.send(JSON.stringify({ type: 'snapshot', job: toJobStatusBody(rec.job, rec.segments, lastId) }));
    // Without `after`, the snapshot covers everything up to lastId; with it, replay what was missed.
    if (w.cursor === null) w.cursor = lastId;
    const replay = (await redis.xrange(jobEventsStream(jobId), w.cursor ? `(${w.cursor}` : '-', '+')) as [string, string[]][];
    for (const [id, fields] of replay) send(w, id, fields[1] ?? '{}');
    watchers.markReady(w);
  } catch (err) {
    logger.warn({ err: (err as Error).message, jobId }, 'could not start watching a job');
    watchers.remove(w);
    ws.close(1011, 'internal error');
  }
}

// Dead or unresponsive sockets are closed within two heartbeats; slow readers are cut off.
const heartbeat = setInterval(() => {
  for (const ws of wss.clients as Set<Alive>) {
    if (!ws.alive || ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      continue;
    }
    ws.alive = false;
    ws.ping();
  }
}, HEARTBEAT_MS);

let running = true;
async function readEvents(): Promise<void> {
  // Start from the newest entry: older events reach clients through their per-job replay.
  let lastId = '$';
  try {
    const newest = (await redis.xrevrange(eventsStream, '+', '-', 'COUNT', 1)) as [string, string[]][];
    if (newest[0]) lastId = newest[0][0];
  } catch {
    /* read from $ */
  }
  while (running) {
    try {
      const res = (await blockingRedis.xread('COUNT', 500, 'BLOCK', config.BLOCK_MS, 'STREAMS', eventsStream, lastId)) as
        | [string, [string, string[]][]][]
        | null;
      if (!res) continue;
      for (const [, entries] of res) {
        for (const [id, arr] of entries) {
          lastId = id;
          const f: Record<string, string> = {};
          for (let i = 0; i + 1 < arr.length; i += 2) f[arr[i]!] = arr[i + 1]!;
          if (f.job && f.event_id && f.event) watchers.deliver(f.job, f.event_id, f.event);
        }
      }
    } catch (err) {
      if (!running) break;
      logger.warn({ err: (err as Error).message }, 'event read failed; retrying');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

server.listen(config.NOTIFIER_PORT, config.HOST, () => {
  logger.info({ port: config.NOTIFIER_PORT }, `notifier listening on ws://${config.HOST}:${config.NOTIFIER_PORT}`);
});
const reader = readEvents();
ctx.onClose(async () => {
  running = false;
  clearInterval(heartbeat);
  for (const ws of wss.clients) ws.close(1001, 'notifier shutting down');
  await new Promise<void>((r) => server.close(() => r()));
  await Promise.race([reader, new Promise((r) => setTimeout(r, config.BLOCK_MS + 500))]);
});
