import { describe, expect, it } from 'vitest';
import { parseApiKeys } from '@policydiff/platform';
import { identifyWatcher, mayWatch } from './watch-access.js';

const keys = parseApiKeys('alice=alice-secret,bob=bob-secret1,ops=ops-secret1:admin');
const off = parseApiKeys('');
const url = (q = '') => new URL(`http://notifier/ws/jobs/J${q}`);

describe('WebSocket access', () => {
  it('lets everyone in when API keys are off', () => {
    expect(identifyWatcher(off, {}, url())).toEqual({ principal: null });
    expect(mayWatch(off, null, 'alice')).toBe(true);
  });

  it('closes a missing or wrong key with 4401', () => {
    expect(identifyWatcher(keys, {}, url())).toMatchObject({ code: 4401 });
    expect(identifyWatcher(keys, {}, url('?api_key=alice-secreX'))).toMatchObject({ code: 4401 });
    expect(identifyWatcher(keys, { authorization: 'Bearer nope-nope' }, url())).toMatchObject({ code: 4401 });
  });

  it('takes the key from ?api_key= or the Authorization header', () => {
    expect(identifyWatcher(keys, {}, url('?api_key=alice-secret'))).toEqual({ principal: { name: 'alice', admin: false, metrics: false } });
    expect(identifyWatcher(keys, { authorization: 'Bearer bob-secret1' }, url())).toEqual({ principal: { name: 'bob', admin: false, metrics: false } });
  });

  it("lets a key watch only its own jobs; an admin key watches any", () => {
    const alice = { name: 'alice', admin: false, metrics: false };
    expect(mayWatch(keys, alice, 'alice')).toBe(true);
    expect(mayWatch(keys, alice, 'bob')).toBe(false);
    expect(mayWatch(keys, alice, null)).toBe(false);
    expect(mayWatch(keys, { name: 'ops', admin: true, metrics: true }, 'bob')).toBe(true);
  });
});
