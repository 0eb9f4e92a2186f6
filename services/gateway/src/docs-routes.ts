import type { Env, Hono } from 'hono';
import { buildOpenApi, type OpenApiDocument } from '@policydiff/contracts';
import { docsPage } from './docs-page.js';

/** Serves the generated OpenAPI document at /openapi.json and the interactive reference at /docs. */
export function mountDocs<E extends Env>(app: Hono<E>): void {
  let doc: OpenApiDocument | null = null; // built on first request, then kept
  app.get('/openapi.json', (c) => {
    doc ??= buildOpenApi();
    return c.json(doc, 200, { 'cache-control': 'public, max-age=300' });
  });
  app.get('/docs', (c) => c.html(docsPage));
}
