#!/usr/bin/env node
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { isWsUpgradeRefusal, parseWsUpgradePath, upgradeRefusalResponse } from '@policydiff/contracts';
import { createServiceContext } from '@policydiff/pipeline';
import { answerClientError, assertSafeToListen, capConnectionsPerAddress, closeSocket, guardRequest, guardUpgrade, httpServerOptions, parseApiKeys, parseTrustedProxies } from '@policydiff/platform';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { createApp } from './app.js';
import { fallbackPage } from './fallback-page.js';
import { inlinePagePolicy } from './content-security-policy.js';
import { webDistDir } from './web-dist.js';
import { localModePolicy, localModeRefusal, localModeUpgradeRefusal } from './local-mode-guard.js';
import { badRequest, notFound } from './problems.js';
import { createWsProxy } from './ws-proxy.js';

const ctx = createServiceContext('gateway');
const { config, logger } = ctx;
// With keys off, only on loopback (or with the loudly logged opt-out): otherwise this throws and the gateway does not start.
assertSafeToListen(config, logger);
const app = createApp(ctx);

// A WebSocket path asked over plain HTTP (no upgrade): 400 with why, before the web app's fallback
// would answer it with index.html.
app.all('/ws/*', (c) => {
  const target = parseWsUpgradePath(c.req.url);
  if (!isWsUpgradeRefusal(target)) throw badRequest('this path takes a WebSocket upgrade (Connection: Upgrade, Upgrade: websocket)');
  throw target.status === 404 ? notFound(target.reason) : badRequest(target.reason);
});

// The web app (services/web) is built to static files; without it, a small built-in page.
const webDist = webDistDir(config);
if (existsSync(join(webDist, 'index.html'))) {
  app.use('/*', serveStatic({ root: relative(process.cwd(), webDist) }));
  app.get('/*', serveStatic({ root: relative(process.cwd(), webDist), path: 'index.html' }));
} else {
  const policy = inlinePagePolicy(fallbackPage);
  app.get('/', (c) => c.html(fallbackPage, 200, { 'content-security-policy': policy }));
}

const localMode = parseApiKeys(config.API_KEYS).enabled ? null : localModePolicy(config);
const proxy = createWsProxy(
  config.NOTIFIER_URLS.split(',').map((u) => new URL(u.trim())),
  (err) => logger.warn({ err: err.message }, 'websocket proxy error'),
);
// Headers within HEADERS_TIMEOUT_MS, the whole request within REQUEST_TIMEOUT_MS, and at most
// MAX_CONNECTIONS_PER_ADDRESS open connections (WebSockets included) per client, a trusted proxy excepted.
const server = createServer(httpServerOptions(config), guardRequest(logger, getRequestListener(app.fetch, { hostname: config.HOST })));
const proxies = parseTrustedProxies(config.TRUSTED_PROXIES);
capConnectionsPerAddress(server, config.MAX_CONNECTIONS_PER_ADDRESS, (address) => proxies.has(address));
server.listen(config.PORT, config.HOST, () => {
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, `gateway listening on http://${config.HOST}:${port}`);
});
// Only a readable watch path is forwarded: the proxy writes the target to the notifier as it came.
server.on(
  'upgrade',
  guardUpgrade(logger, (req, socket, head) => {
    const target = parseWsUpgradePath(req.url);
    if (isWsUpgradeRefusal(target)) return closeSocket(socket, upgradeRefusalResponse(target));
    if (localMode) {
      // A page on any site may open a WebSocket to 127.0.0.1: with keys off, only this origin's.
      const header = (name: string) => [req.headers[name]].flat()[0];
      const refusal = localModeRefusal({ method: 'GET', upgrade: true, host: header('host'), origin: header('origin'), secFetchSite: header('sec-fetch-site') }, localMode);
      if (refusal) return closeSocket(socket, localModeUpgradeRefusal(refusal));
    }
    proxy(req, socket, head);
  }),
);
server.on('clientError', answerClientError(logger));
ctx.onClose(() => new Promise<void>((r) => server.close(() => r())));
