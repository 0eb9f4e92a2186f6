import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi, comparisonResultSchema } from '@policydiff/contracts';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';
import { mountDocs } from './docs-routes.js';
import { mountMetrics } from './metrics-routes.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  redis.on('error', () => undefined);
  dir = mkdtempSync(join(tmpdir(), 'pd-docs-'));
  const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir });
  store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  app = createApp({ config, store, redis, logger: createLogger('gateway', 'silent') });
  // Until app.ts mounts them itself: mounting twice would only add duplicate routes.
  if (!app.routes.some((r) => r.path === '/openapi.json')) mountDocs(app);
  if (!app.routes.some((r) => r.path === '/metrics')) mountMetrics(app, { redis, store });
});
afterAll(async () => {
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every `$ref` in the document, with the JSON path where it appears. */
function refs(node: unknown, path = '#', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => refs(n, `${path}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push([path, v]);
      else refs(v, `${path}/${k}`, out);
    }
  }
  return out;
}

const resolvePointer = (doc: unknown, ref: string) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('the OpenAPI document', () => {
  const doc = buildOpenApi();

  it('is OpenAPI 3.1 with every $ref resolving inside the document', () => {
    expect(doc.openapi).toBe('3.1.0');
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const [where, ref] of all) {
      expect(ref.startsWith('#/'), `${where}: external ref ${ref}`).toBe(true);
      expect(resolvePointer(doc, ref), `${where}: ${ref} does not resolve`).toBeTypeOf('object');
    }
  });

  it('has unique operation ids, declared path parameters and responses on every operation', () => {
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops) as [string, any][]) {
        expect(METHODS).toContain(method);
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(ids.has(op.operationId), `duplicate ${op.operationId}`).toBe(false);
        ids.add(op.operationId);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        const declared = (op.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name).sort();
        const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        expect(declared, `${method} ${path}`).toEqual(inPath);
        expect((doc.tags as { name: string }[]).map((t) => t.name), `${method} ${path} tag`).toContain(op.tags[0]);
      }
    }
  });

  it('is generated from the contracts: the result schema lists exactly the zod schema’s fields', () => {
    const result = doc.components.schemas.ComparisonResult as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(result.properties).sort()).toEqual(Object.keys(comparisonResultSchema.shape).sort());
    expect(result.required).toContain('summary');
    // Nested contract schemas become references, not copies.
    expect((doc.components.schemas.JobList as any).properties.jobs.items).toEqual({ $ref: '#/components/schemas/JobStatus' });
  });

  it('documents the WebSocket messages and close codes', () => {
    const ws = (doc.paths['/ws/jobs/{id}'] as any).get;
    expect(ws['x-websocket'].serverMessages).toEqual([{ $ref: '#/components/schemas/SnapshotMessage' }, { $ref: '#/components/schemas/JobEvent' }]);
    expect(Object.keys(ws['x-websocket'].closeCodes)).toContain('4404');
    const event = doc.components.schemas.JobEvent as any;
    expect(event.properties.type.enum).toEqual(['progress', 'completed', 'failed', 'cancelled']);
  });
});

describe('routes and the document agree', () => {
  const documented = () => {
    const out = new Set<string>();
    for (const [path, ops] of Object.entries(buildOpenApi().paths)) for (const m of Object.keys(ops)) out.add(`${m.toUpperCase()} ${path}`);
    return out;
  };
  const served = () =>
    new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`),
    );

  it('every route of the gateway app is documented', () => {
    const docs = documented();
    const missing = [...served()].filter((r) => !docs.has(r));
    expect(missing, 'add these operations to packages/contracts/src/openapi.ts').toEqual([]);
  });

  it('every documented operation is served (the WebSocket by the upgrade handler in main.ts)', () => {
    const routes = served();
    const ghost = [...documented()].filter((r) => !routes.has(r) && !r.startsWith('GET /ws/'));
    expect(ghost).toEqual([]);
  });
});

describe('GET /openapi.json and /docs', () => {
  it('serve the document and a self-contained reference page', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.paths['/jobs/compare'].post.operationId).toBe('compare');
    const page = await app.request('/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain("fetch('/openapi.json', { headers: auth() })");
    expect(html).toContain('Try it');
    // Offline-safe: nothing is loaded from another origin.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/);
  });
});
