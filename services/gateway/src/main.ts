#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createServiceContext } from '@policydiff/pipeline';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { fallbackPage } from './fallback-page.js';
import { createWsProxy } from './ws-proxy.js';

const ctx = createServiceContext('gateway');
const { config, logger } = ctx;
const app = createApp(ctx);

// The web app (services/web) is built to static files; without it, a small built-in page.
const webDist = config.WEB_DIST_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
if (existsSync(join(webDist, 'index.html'))) {
  app.use('/*', serveStatic({ root: relative(process.cwd(), webDist) }));
  app.get('/*', serveStatic({ root: relative(process.cwd(), webDist), path: 'index.html' }));
} else {
  app.get('/', (c) => c.html(fallbackPage));
}

const proxy = createWsProxy(
  config.NOTIFIER_URLS.split(',').map((u) => new URL(u.trim())),
  (err) => logger.warn({ err: err.message }, 'websocket proxy error'),
);
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info({ port: info.port }, `gateway listening on http://${config.HOST}:${info.port}`);
}) as Server;
server.on('upgrade', (req, socket, head) => {
  if (req.url?.startsWith('/ws/')) proxy(req, socket, head);
  else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
});
ctx.onClose(() => new Promise<void>((r) => server.close(() => r())));
