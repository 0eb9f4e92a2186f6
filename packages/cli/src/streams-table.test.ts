import { describe, expect, it } from 'vitest';
import { formatDuration, renderStreamsReport } from './streams-table.js';
import { idTime, pairs } from './stream-stats.js';

describe('formatDuration', () => {
  it('reads at a glance', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(950)).toBe('950ms');
    expect(formatDuration(2500)).toBe('2.5s');
    expect(formatDuration(75_000)).toBe('1m15s');
    expect(formatDuration(2 * 3600_000 + 5 * 60_000)).toBe('2h05m');
    expect(formatDuration(50 * 3600_000)).toBe('2d02h');
  });
});

describe('XINFO replies', () => {
  it('become records, and an entry id carries its time', () => {
    expect(pairs(['name', 'layout', 'lag', 3, 'pending', 1])).toEqual({ name: 'layout', lag: 3, pending: 1 });
    expect(idTime('1764000000123-4')).toBe(1764000000123);
  });
});

describe('the streams view', () => {
  it('shows each stage with its consumers and the dead letters', () => {
    const text = renderStreamsReport(
      {
        at: '2026-01-01T00:00:00.000Z',
        deadLetters: 2,
        streams: [
          { stage: 'layout', stream: '{policydiff}:stage:layout', group: 'layout', length: 4, lag: 2, pending: 2, oldestPendingAgeMs: 61_000, retryWaiting: 1, groupExists: true,
            consumers: [{ name: 'stage-layout-1', pending: 1, idleMs: 300, inactiveMs: 300 }, { name: 'stage-layout-2', pending: 1, idleMs: 12_000, inactiveMs: null }] },
          { stage: 'delivery', stream: '{policydiff}:stage:delivery', group: 'delivery', length: 0, lag: null, pending: 0, oldestPendingAgeMs: null, retryWaiting: 0, groupExists: false, consumers: [] },
        ],
      },
      120,
    ).split('\n');
    expect(out(text[0])).toEqual(['stage', 'length', 'lag', 'pending', 'oldest', 'pending', 'retrying', 'consumers', '(idle)']);
    expect(out(text[2])).toEqual(['layout', '4', '2', '2', '1m01s', '1', 'stage-layout-1', '(1', 'pending,', 'idle', '300ms)']);
    expect(text[3]).toMatch(/^\s+stage-layout-2 \(1 pending, idle 12s\)$/);
    expect(out(text[4])).toEqual(['delivery', '0', 'no', 'group', '0', '—', '0', '—']);
    expect(text.at(-1)).toBe('dead letters: 2    (at 2026-01-01T00:00:00.000Z)');
  });
});

const out = (line: string | undefined) => (line ?? '').trim().split(/\s+/);
