import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env, Hono } from 'hono';

/**
 * Content-Security-Policy on everything the gateway serves. The web app's own policy is written
 * by its build (services/web/content-security-policy.ts → dist/content-security-policy.txt), since
 * the build knows what the app loads; the gateway's own pages (/docs, the fallback page) carry a
 * policy that allows their inline script and style by hash; and without a built app, everything
 * else gets the strictest policy, which a JSON answer does not notice.
 */
export const STRICT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1]!));

/** The policy of a self-contained page: its inline scripts and styles by hash, the API and WebSocket of this origin, nothing else. */
export function inlinePagePolicy(html: string): string {
  const scripts = inline(html, 'script');
  const styles = inline(html, 'style');
  return [
    "default-src 'none'",
    `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The web app's policy from its build, or null when the app is not built (or predates it). */
export function readAppPolicy(webDist: string): string | null {
  const file = join(webDist, 'content-security-policy.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
}

/**
 * Sets `policy` on every response that has none of its own. Not on PDFs: a browser showing one
 * with its built-in viewer would apply the policy to the viewer.
 */
export function mountContentSecurityPolicy<E extends Env>(app: Hono<E>, policy: string): void {
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.has('content-security-policy') || (c.res.headers.get('content-type') ?? '').startsWith('application/pdf')) return;
    c.res.headers.set('content-security-policy', policy);
  });
}
