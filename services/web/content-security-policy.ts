/**
 * The app's Content-Security-Policy, computed when the app is built (vite.config.ts) and written to
 * `dist/content-security-policy.txt`, which the gateway sends with every file of the app. No
 * inline script or style anywhere: scripts, styles, the pdf.js worker and fetches are this origin's
 * only. The one exception is the printable report's stylesheet, allowed by its hash: the report opens
 * as a blob: document, and a blob: document runs under the policy of the page that made it.
 * (React's `style` props are set through the DOM, which a policy does not restrict.)
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { REPORT_STYLE } from './src/export/report-style';

/** A CSP hash source for an inline element's exact text: `'sha256-…'`. */
export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The printable report's stylesheet, as report-html.ts inlines it. */
export const reportStyle = () => REPORT_STYLE;

export function appPolicy(reportStyleSource: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${reportStyleSource}`,
    // pdf.js draws pages to canvas and may hand images and fonts over as data: or blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The API and the WebSocket (CSP 3: 'self' covers ws: and wss: of this host).
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Vite plugin: defines the report's hash for report-html.ts and emits the app's policy beside index.html. */
export function contentSecurityPolicy(): Plugin {
  const source = sha256Source(reportStyle());
  return {
    name: 'policydiff-content-security-policy',
    config: () => ({ define: { __REPORT_STYLE_HASH__: JSON.stringify(source) } }),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'content-security-policy.txt', source: `${appPolicy(source)}\n` });
    },
  };
}
