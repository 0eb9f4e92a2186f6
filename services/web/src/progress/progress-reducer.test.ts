import type { JobEvent, JobStatusBody } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { initialProgress, progressReducer, segmentStats, type ProgressState } from './progress-reducer';

const body = (over: Partial<JobStatusBody> = {}): JobStatusBody => ({
  job_id: 'j1',
  status: 'RUNNING',
  current_segment: 1,
  current_segment_name: 'Document A: Layout Analysis',
  progress_pct: 0,
  total_segments: 11,
  segments: Array.from({ length: 11 }, (_, i) => ({
    segment: i + 1,
    name: `s${i + 1}`,
    document: i < 4 ? 'A' : i < 8 ? 'B' : null,
    status: 'pending',
    cached: false,
    started_at: null,
    completed_at: null,
    duration_ms: null,
    attempts: 0,
    consumer: null,
  })),
  file_name_a: 'a.pdf',
  file_name_b: 'b.pdf',
  error_message: null,
  created_at: '2025-01-01T00:00:00.000Z',
  started_at: '2025-01-01T00:00:01.000Z',
  completed_at: null,
  last_event_id: null,
  ...over,
});

const ev = (over: Partial<JobEvent>): JobEvent => ({
  type: 'progress',
  job_id: 'j1',
  segment: 1,
  segment_name: 'x',
  segment_status: 'running',
  progress_pct: 0,
  status: 'RUNNING',
  cached: false,
  duration_ms: null,
  error_message: null,
  timestamp: '2025-01-01T00:00:02.000Z',
  event_id: '1-0',
  ...over,
});

const run = (s: ProgressState, ...actions: Parameters<typeof progressReducer>[1][]) => actions.reduce(progressReducer, s);

describe('progress reducer', () => {
  it('starts with all 11 segments pending in their groups', () => {
    const s = initialProgress('j1');
    expect(s.segments).toHaveLength(11);
    expect(s.segments.every((x) => x.state === 'pending')).toBe(true);
    expect(s.segments.map((x) => x.document)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', null, null, null]);
  });

  it('applies a snapshot then events: running, done with duration, cached', () => {
    const s = run(
      initialProgress('j1'),
      { type: 'snapshot', job: body({ last_event_id: '5-0' }) },
      { type: 'event', event: ev({ segment: 1, segment_status: 'running', event_id: '6-0' }) },
      { type: 'event', event: ev({ segment: 1, segment_status: 'completed', duration_ms: 1200, progress_pct: 9, event_id: '7-0' }) },
      { type: 'event', event: ev({ segment: 5, segment_status: 'completed', cached: true, duration_ms: 3, progress_pct: 18, event_id: '8-0' }) },
    );
    expect(s.segments[0]).toMatchObject({ state: 'done', durationMs: 1200, startedAt: '2025-01-01T00:00:02.000Z' });
    expect(s.segments[4]!.state).toBe('cached');
    expect(s.progressPct).toBe(18);
    expect(s.lastEventId).toBe('8-0');
    expect(s.fileNameA).toBe('a.pdf');
  });

  it('never goes backwards: a replayed running event after done, an older snapshot after an event', () => {
    let s = run(initialProgress('j1'), { type: 'event', event: ev({ segment: 2, segment_status: 'completed', duration_ms: 50, progress_pct: 20, event_id: '9-0' }) });
    s = run(s, { type: 'event', event: ev({ segment: 2, segment_status: 'running', event_id: '3-0' }) });
    s = run(s, { type: 'snapshot', job: body({ progress_pct: 5, last_event_id: '2-0' }) });
    expect(s.segments[1]!.state).toBe('done');
    expect(s.progressPct).toBe(20);
    expect(s.lastEventId).toBe('9-0');
  });

  it('orders stream ids numerically, not as text', () => {
    const s = run(initialProgress('j1'), { type: 'event', event: ev({ event_id: '1700000000000-10' }) }, { type: 'event', event: ev({ event_id: '1700000000000-9' }) });
    expect(s.lastEventId).toBe('1700000000000-10');
  });

  it('completes at 100% and keeps COMPLETED against a late RUNNING body', () => {
    let s = run(initialProgress('j1'), { type: 'event', event: ev({ type: 'completed', segment: null, segment_status: null, status: 'COMPLETED', progress_pct: 100, event_id: '20-0' }) });
    s = run(s, { type: 'polled', job: body({ status: 'RUNNING' }) });
    expect(s.status).toBe('COMPLETED');
    expect(s.progressPct).toBe(100);
    expect(s.completedAt).toBe('2025-01-01T00:00:02.000Z');
  });

  it('records a failure with its segment and message', () => {
    const s = run(initialProgress('j1'), {
      type: 'event',
      event: ev({ type: 'failed', segment: 3, segment_status: 'failed', status: 'FAILED', error_message: 'document A is not a PDF', event_id: '4-0' }),
    });
    expect(s.status).toBe('FAILED');
    expect(s.segments[2]!.state).toBe('failed');
    expect(s.errorMessage).toBe('document A is not a PDF');
  });

  it('ignores other jobs and marks an unknown job', () => {
    const s0 = initialProgress('j1');
    expect(progressReducer(s0, { type: 'event', event: ev({ job_id: 'other' }) })).toBe(s0);
    expect(progressReducer(s0, { type: 'not-found' }).notFound).toBe(true);
  });

  it('scales duration bars to the slowest segment and never divides by zero', () => {
    const s0 = initialProgress('j1');
    expect(segmentStats(s0.segments)).toEqual({ finished: 0, total: 11, maxDuration: 0 });
    const s = run(s0, { type: 'event', event: ev({ segment: 1, segment_status: 'completed', duration_ms: 400 }) });
    expect(segmentStats(s.segments)).toMatchObject({ finished: 1, maxDuration: 400 });
  });
});
