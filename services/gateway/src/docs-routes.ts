import type { Env, Hono, MiddlewareHandler } from 'hono';
import { buildOpenApi, type OpenApiDocument } from '@policydiff/contracts';
import { inlinePagePolicy } from './content-security-policy.js';
import { docsPage } from './docs-page.js';

/**
 * Serves the generated OpenAPI document at /openapi.json (behind `guards`: with keys on it needs one,
 * like every API route) and the interactive reference at /docs, a page without data that fetches
 * the document with the key typed into it.
 */
export function mountDocs<E extends Env>(app: Hono<E>, guards: MiddlewareHandler<E>[] = []): void {
  let doc: OpenApiDocument | null = null; // built on first request, then kept
  for (const guard of guards) app.use('/openapi.json', guard);
  app.get('/openapi.json', (c) => {
    doc ??= buildOpenApi();
    // private: with keys on, a shared cache must not hand it to a caller without one.
    return c.json(doc, 200, { 'cache-control': 'private, max-age=300' });
  });
  const policy = inlinePagePolicy(docsPage);
  app.get('/docs', (c) => c.html(docsPage, 200, { 'content-security-policy': policy }));
}
