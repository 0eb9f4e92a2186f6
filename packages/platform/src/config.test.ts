import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'pd-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('API_KEYS_FILE', () => {
  it('reads the keys from a mounted secret file', () => {
    const file = join(dir, 'api_keys');
    writeFileSync(file, 'alice=alice-secret-1,prom=prom-secret-1:metrics\n');
    expect(loadConfig('gateway', { API_KEYS_FILE: file }).API_KEYS).toBe('alice=alice-secret-1,prom=prom-secret-1:metrics');
  });

  it('fails fast when the file is missing or empty, or API_KEYS is set too', () => {
    expect(() => loadConfig('gateway', { API_KEYS_FILE: join(dir, 'nope') })).toThrow(ConfigError);
    expect(() => loadConfig('gateway', { API_KEYS_FILE: join(dir, 'nope') })).toThrow(`API_KEYS_FILE: ${join(dir, 'nope')} cannot be read (ENOENT)`);
    const empty = join(dir, 'empty');
    writeFileSync(empty, '\n');
    expect(() => loadConfig('gateway', { API_KEYS_FILE: empty })).toThrow('is empty');
    expect(() => loadConfig('gateway', { API_KEYS_FILE: empty, API_KEYS: 'a=secret-secret' })).toThrow('API_KEYS and API_KEYS_FILE are both set');
  });
});
