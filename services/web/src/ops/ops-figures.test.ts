import type { JobStatusBody, SegmentState } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { formatIdle, stageTotals, streamHealth, timelineBars } from './ops-figures';
import type { StageStreamFigures } from './ops-types';

const stream = (over: Partial<StageStreamFigures> = {}): StageStreamFigures => ({
  stage: 'layout',
  priority: 'normal',
  stream: '{policydiff}:stage:layout',
  group: 'layout',
  length: 0,
  lag: 0,
  pending: 0,
  oldest_pending_age_ms: null,
  retries_waiting: 0,
  group_exists: true,
  consumers: [],
  ...over,
});

describe('stream health', () => {
  it('tells idle, working, stale and missing apart', () => {
    expect(streamHealth(stream())).toBe('idle');
    expect(streamHealth(stream({ lag: 3 }))).toBe('busy');
    expect(streamHealth(stream({ pending: 1, oldest_pending_age_ms: 500 }))).toBe('busy');
    expect(streamHealth(stream({ retries_waiting: 1 }))).toBe('busy');
    expect(streamHealth(stream({ pending: 1, oldest_pending_age_ms: 61_000 }))).toBe('stale');
    expect(streamHealth(stream({ group_exists: false, lag: null }))).toBe('missing');
  });

  it('sums a stage over its priority streams, counting a consumer of both once', () => {
    const c = (name: string) => ({ name, pending: 0, idle_ms: 0, inactive_ms: null });
    expect(stageTotals([stream({ length: 2, lag: 1, pending: 1, consumers: [c('x'), c('y')] }), stream({ priority: 'high', length: 1, lag: null, consumers: [c('x')] })])).toEqual({
      length: 3,
      lag: 1,
      pending: 1,
      consumers: 2,
    });
  });
});

describe('formatIdle', () => {
  it('rounds to the unit an operator reads', () => {
    expect(formatIdle(null)).toBe('—');
    expect(formatIdle(850)).toBe('850 ms');
    expect(formatIdle(12_400)).toBe('12 s');
    expect(formatIdle(180_000)).toBe('3 min');
    expect(formatIdle(7_200_000)).toBe('2 h');
  });
});

describe('timelineBars', () => {
  const seg = (segment: number, over: Partial<SegmentState> = {}): SegmentState => ({
    segment,
    name: `S${segment}`,
    document: null,
    status: 'pending',
    cached: false,
    started_at: null,
    completed_at: null,
    duration_ms: null,
    attempts: 0,
    consumer: null,
    ...over,
  });
  const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s)).toISOString();
  const job = (segments: SegmentState[], over: Partial<JobStatusBody> = {}) =>
    ({ job_id: 'j', status: 'COMPLETED', started_at: at(0), completed_at: at(10), segments, ...over }) as JobStatusBody;

  it('places segments as fractions of the job span, with attempts and consumer', () => {
    const { spanMs, bars } = timelineBars(
      job([seg(1, { status: 'completed', started_at: at(0), completed_at: at(4), attempts: 2, consumer: 'stage-layout-h-1', duration_ms: 4000 }), seg(2, { status: 'completed', started_at: at(5), completed_at: at(10) }), seg(3)]),
    );
    expect(spanMs).toBe(10_000);
    expect(bars[0]).toMatchObject({ start: 0, width: 0.4, attempts: 2, consumer: 'stage-layout-h-1', durationMs: 4000 });
    expect(bars[1]).toMatchObject({ start: 0.5, width: 0.5 });
    expect(bars[2]).toMatchObject({ start: 0, width: 0, status: 'pending' });
  });

  it('runs a running segment up to now', () => {
    const now = Date.parse(at(8));
    const { spanMs, bars } = timelineBars(job([seg(1, { status: 'running', started_at: at(2) })], { status: 'RUNNING', completed_at: null }), now);
    expect(spanMs).toBe(8000);
    expect(bars[0]).toMatchObject({ start: 0.25, width: 0.75 });
  });

  it('has no span for a job that never started', () => {
    expect(timelineBars(job([seg(1)], { status: 'QUEUED', started_at: null, completed_at: null }), 0).spanMs).toBe(0);
  });
});
