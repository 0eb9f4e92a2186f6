import { describe, expect, it } from 'vitest';
import { isJobId, parseWsUpgradePath, upgradeRefusalResponse, type WsUpgradeTarget } from './ws-upgrade-path.js';

const ID = '0b9c2f3e-8d4a-4c1b-9e7f-2a6d5c4b3a21';

/** The parts a caller reads; `url` is checked separately where it matters. */
const read = (raw: string | undefined) => {
  const r = parseWsUpgradePath(raw);
  return 'status' in r ? r : { jobId: r.jobId, after: r.after };
};
const refusedWith = (status: 400 | 404) => expect.objectContaining({ status, reason: expect.any(String) });

describe('parseWsUpgradePath', () => {
  it('reads a job id and the `after` cursor from a watch path', () => {
    expect(read(`/ws/jobs/${ID}`)).toEqual({ jobId: ID, after: null });
    expect(read(`/ws/jobs/${ID}?after=1700000000000-0`)).toEqual({ jobId: ID, after: '1700000000000-0' });
    expect(read(`/ws/jobs/${ID}?api_key=k&after=1-0&after=2-0`)).toEqual({ jobId: ID, after: '1-0' });
  });

  it('passes `after` on as sent: the notifier refuses a bad cursor after the handshake, with close 1008', () => {
    expect(read(`/ws/jobs/${ID}?after=yesterday`)).toEqual({ jobId: ID, after: 'yesterday' });
    expect(read(`/ws/jobs/${ID}?after=%ZZ`)).toEqual({ jobId: ID, after: '%ZZ' });
    expect(read(`/ws/jobs/${ID}?after=`)).toEqual({ jobId: ID, after: '' });
  });

  it('keeps the query for the API key', () => {
    const r = parseWsUpgradePath(`/ws/jobs/${ID}?api_key=alice-secret`) as WsUpgradeTarget;
    expect(r.url.searchParams.get('api_key')).toBe('alice-secret');
  });

  it('refuses bad percent-encoding in the id with 400, never throwing', () => {
    for (const raw of ['/ws/jobs/%ZZ', '/ws/jobs/%', '/ws/jobs/%E0%A4%A', `/ws/jobs/${ID}%`, '/ws/jobs/%C0%80']) {
      expect(read(raw), raw).toEqual({ status: 400, reason: 'the job id is not valid percent-encoding' });
    }
  });

  it('decodes a percent-encoded id before checking it', () => {
    expect(read(`/ws/jobs/%30${ID.slice(1)}`)).toEqual({ jobId: ID, after: null });
    expect(read('/ws/jobs/%00')).toEqual({ status: 400, reason: 'the job id must be a UUID' });
  });

  it('refuses an id that is not a UUID with 400', () => {
    for (const raw of ['/ws/jobs/J', '/ws/jobs/not-a-job-id', `/ws/jobs/${ID}0`, `/ws/jobs/${ID.replace(/-/g, '')}`, `/ws/jobs/{${ID}}`, `/ws/jobs/${ID.slice(0, -1)}g`]) {
      expect(read(raw), raw).toEqual({ status: 400, reason: 'the job id must be a UUID' });
    }
  });

  it('refuses a 100,000-character id with 400 and a short reason', () => {
    const r = read(`/ws/jobs/${'a'.repeat(100_000)}`);
    expect(r).toEqual({ status: 400, reason: 'the job id must be a UUID' });
    expect(read(`/ws/jobs/${'%41'.repeat(100_000)}`)).toEqual({ status: 400, reason: 'the job id must be a UUID' });
  });

  it('accepts an uppercase UUID as it is, without lowercasing (an unknown job: close 4404 after the handshake)', () => {
    expect(read(`/ws/jobs/${ID.toUpperCase()}`)).toEqual({ jobId: ID.toUpperCase(), after: null });
    expect(isJobId(ID.toUpperCase())).toBe(true);
  });

  it('answers 404 for a path that is not /ws/jobs/<id>', () => {
    for (const raw of ['/', '//', '///', '/ws', '/ws/', '/ws/jobs', '/ws/jobs/', `/ws/jobs/${ID}/`, `/ws/jobs/${ID}/x`, `/ws/batches/${ID}`, '/health', `/WS/jobs/${ID}`]) {
      expect(read(raw), raw).toEqual(refusedWith(404));
    }
  });

  it('reads `//host/…` as a path, never as another host', () => {
    expect(read('//evil.com/x')).toEqual(refusedWith(404));
    expect(read(`//evil.com/ws/jobs/${ID}`)).toEqual(refusedWith(404));
    expect(read(`/\\evil.com/ws/jobs/${ID}`)).toEqual(refusedWith(404));
    expect(read(`//ws/jobs/${ID}`)).toEqual(refusedWith(404));
  });

  it('reads an absolute-form target by its path and query only', () => {
    expect(read(`http://127.0.0.1:8000/ws/jobs/${ID}?after=1-0`)).toEqual({ jobId: ID, after: '1-0' });
    expect(read(`ws://notifier/ws/jobs/${ID}`)).toEqual({ jobId: ID, after: null });
    expect(read('http://host/ws/jobs/%ZZ')).toEqual({ status: 400, reason: 'the job id is not valid percent-encoding' });
    expect(read('http://host/elsewhere')).toEqual(refusedWith(404));
    const r = parseWsUpgradePath(`http://evil.com/ws/jobs/${ID}`) as WsUpgradeTarget;
    expect(r.url.host).toBe('upgrade.invalid');
  });

  it('refuses what is neither a path nor an absolute http(s)/ws(s) URL with 400', () => {
    for (const raw of [undefined, '', '*', 'ws/jobs/x', 'http://', 'http://[::1/ws/jobs/x', 'ftp://host/ws/jobs/x', 'javascript:alert(1)', '%ZZ', '%']) {
      expect(read(raw), String(raw)).toEqual(refusedWith(400));
    }
  });

  it('refuses spaces, NUL and other control characters anywhere, which the URL parser would drop', () => {
    for (const raw of [`/ws/jobs/${ID}\0`, `\0/ws/jobs/${ID}`, `/ws/jobs/${ID.slice(0, 8)}\t${ID.slice(8)}`, `/ws/jobs/${ID}\r\nX: y`, `/ws/jobs/${ID} `, '/ws/jobs/\0', `/ws/jobs/${ID}\x7f`]) {
      expect(read(raw), JSON.stringify(raw)).toEqual({ status: 400, reason: 'the request target holds a space or a control character' });
    }
  });

  it('normalises dot segments as the URL parser does', () => {
    expect(read(`/ws/x/../jobs/${ID}`)).toEqual({ jobId: ID, after: null });
    expect(read('/ws/jobs/%2e%2e')).toEqual(refusedWith(404));
  });

  it('never throws, whatever the string', () => {
    const samples = ['%', '%%', '%u0041', '\uD800', '/ws/jobs/\uD800', '/ws/jobs/%F0%9F%98', '/ws/jobs/é', 'http://%zz/ws/jobs/x', `/ws/jobs/${'%'.repeat(10_000)}`, '?after=1-0', '#', '/#', `/ws/jobs/${ID}#frag`];
    // Random strings from a fixed seed (xorshift32), so a failure reproduces.
    let seed = 14;
    const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>> 0) / 2 ** 32);
    for (let i = 0; i < 2000; i++) {
      let s = next() < 0.5 ? '/ws/jobs/' : '';
      for (let j = 0; j < 12; j++) s += String.fromCharCode(Math.floor(next() * 0x250));
      samples.push(s);
    }
    for (const raw of samples) expect(() => parseWsUpgradePath(raw)).not.toThrow();
  });
});

describe('upgradeRefusalResponse', () => {
  it('is a complete HTTP/1.1 response that closes the connection', () => {
    const text = upgradeRefusalResponse({ status: 400, reason: 'the job id must be a UUID' });
    expect(text).toBe(
      'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 26\r\nConnection: close\r\n\r\nthe job id must be a UUID\n',
    );
    expect(upgradeRefusalResponse({ status: 404, reason: 'x' })).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
  });
});
