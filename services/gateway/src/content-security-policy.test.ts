import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';
import { docsPage } from './docs-page.js';
import { fallbackPage } from './fallback-page.js';
import { STRICT_POLICY, inlinePagePolicy } from './content-security-policy.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-csp-'));
  store = openStore({ databaseUrl: `file:${join(dir, 'db.sqlite')}`, dataDir: dir });
});
afterAll(async () => {
  redis.disconnect();
  await store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const appWith = (env: Record<string, string>) =>
  createApp({ config: loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, ...env }), store, redis, logger: createLogger('gateway', 'silent') });
const directives = (policy: string | null) => new Map((policy ?? '').split(/;\s*/).filter(Boolean).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('sends the web app\'s policy from its build on every answer, and the strictest without one', async () => {
    const web = mkdtempSync(join(tmpdir(), 'pd-web-'));
    const appPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-abc='; frame-ancestors 'none'";
    writeFileSync(join(web, 'content-security-policy.txt'), `${appPolicy}\n`);
    try {
      const built = appWith({ WEB_DIST_DIR: web });
      for (const path of ['/health', '/jobs', '/no-such-route']) expect((await built.request(path)).headers.get('content-security-policy'), path).toBe(appPolicy);
      const bare = appWith({ WEB_DIST_DIR: join(web, 'missing') });
      expect((await bare.request('/jobs')).headers.get('content-security-policy')).toBe(STRICT_POLICY);
    } finally {
      rmSync(web, { recursive: true, force: true });
    }
  });

  it('allows the /docs page its inline script and style by hash, and nothing inline else', async () => {
    const res = await appWith({}).request('/docs');
    const policy = directives(res.headers.get('content-security-policy'));
    const script = /<script>([\s\S]*?)<\/script>/.exec(docsPage)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(docsPage)![1]!;
    expect(policy.get('script-src')).toEqual([hashOf(script)]);
    expect(policy.get('style-src')).toEqual([hashOf(style)]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // Inline attributes would be blocked: there are none.
    expect(docsPage).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    expect(fallbackPage).not.toMatch(/\sstyle=|\son[a-z]+=["']/i);
    expect(directives(inlinePagePolicy(fallbackPage)).get('script-src')).toEqual([hashOf(/<script>([\s\S]*?)<\/script>/.exec(fallbackPage)![1]!)]);
  });

  it('never allows unsafe-inline or unsafe-eval', () => {
    for (const policy of [STRICT_POLICY, inlinePagePolicy(docsPage), inlinePagePolicy(fallbackPage)]) expect(policy).not.toMatch(/unsafe-/);
  });
});
