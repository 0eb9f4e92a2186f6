import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './route';

describe('hash routes', () => {
  it('round-trips every route', () => {
    for (const r of [
      { name: 'upload' },
      { name: 'history' },
      { name: 'job', jobId: 'j-1', tab: 'overview', changeId: null },
      { name: 'job', jobId: 'j-1', tab: 'changes', changeId: 'c/1 x' },
      { name: 'job', jobId: 'j-1', tab: 'source', changeId: null },
    ] as const) {
      expect(parseRoute(href(r))).toEqual(r);
    }
  });

  it('falls back to upload for anything unknown', () => {
    expect(parseRoute('')).toEqual({ name: 'upload' });
    expect(parseRoute('#/nope')).toEqual({ name: 'upload' });
  });
});
