import type { JobStatusBody } from '@policydiff/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { JobWatcher, type JobWatcherHandlers } from './job-watcher';

/** A stand-in WebSocket: records the URLs it was opened with; tests push messages and closes. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  onmessage: ((m: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(msg: object) {
    this.readyState = 1;
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  close() {
    this.readyState = 3;
  }
}

const job = (status: JobStatusBody['status']) => ({ job_id: 'j1', status, last_event_id: null }) as unknown as JobStatusBody;

function setup(fetchJob = vi.fn(async () => job('RUNNING'))) {
  let cursor: string | null = null;
  let finished = false;
  const seen: string[] = [];
  const h: JobWatcherHandlers = {
    snapshot: () => seen.push('snapshot'),
    event: (e) => {
      seen.push(`event:${e.event_id}`);
      cursor = e.event_id;
      if (e.type === 'completed') finished = true;
    },
    polled: (j) => {
      seen.push(`polled:${j.status}`);
      if (j.status === 'COMPLETED') finished = true;
    },
    connection: (c) => seen.push(`conn:${c}`),
    notFound: () => seen.push('not-found'),
    cursor: () => cursor,
    finished: () => finished,
  };
  const w = new JobWatcher('j1', h, {
    socketUrl: (id, after) => `ws://x/ws/jobs/${id}${after ? `?after=${after}` : ''}`,
    fetchJob,
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    pollMs: 1000,
    safetyPollMs: 10_000,
  });
  return { w, seen, fetchJob };
}

describe('job watcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('resumes after a dropped connection from the last event id', async () => {
    const { w, seen } = setup();
    w.start();
    const first = FakeSocket.all[0]!;
    expect(first.url).toBe('ws://x/ws/jobs/j1');
    first.send({ type: 'snapshot', job: job('RUNNING') });
    first.send({ type: 'progress', event_id: '17-2', job_id: 'j1' });
    first.drop();
    expect(seen).toContain('conn:reconnecting');
    await vi.advanceTimersByTimeAsync(600);
    expect(FakeSocket.all[1]!.url).toBe('ws://x/ws/jobs/j1?after=17-2');
    FakeSocket.all[1]!.send({ type: 'snapshot', job: job('RUNNING') });
    expect(seen.filter((s) => s === 'conn:live')).toHaveLength(2);
    w.stop();
  });

  it('polls while the socket is down, and stops when polling sees the job finish', async () => {
    const fetchJob = vi.fn(async () => job('RUNNING'));
    const { w, seen } = setup(fetchJob);
    w.start();
    FakeSocket.all[0]!.drop();
    await vi.advanceTimersByTimeAsync(300);
    expect(fetchJob).toHaveBeenCalledTimes(1);
    FakeSocket.all[1] ?? (await vi.advanceTimersByTimeAsync(500));
    FakeSocket.all[1]!.drop();
    expect(seen).toContain('conn:polling');
    fetchJob.mockResolvedValue(job('COMPLETED'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(seen).toContain('polled:COMPLETED');
    expect(seen[seen.length - 1]).toBe('conn:closed');
    const calls = fetchJob.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetchJob.mock.calls.length).toBe(calls);
  });

  it('stops on close code 4404 (unknown job) and on a 404 poll', async () => {
    const a = setup();
    a.w.start();
    FakeSocket.all[0]!.drop(4404);
    expect(a.seen).toContain('not-found');

    FakeSocket.all = [];
    const b = setup(vi.fn(async () => Promise.reject(new ApiError(404, 'Not found', 'no job'))));
    b.w.start();
    await vi.advanceTimersByTimeAsync(1100);
    expect(b.seen).toContain('not-found');
  });

  it('closes the socket once the job completes', () => {
    const { w, seen } = setup();
    w.start();
    FakeSocket.all[0]!.send({ type: 'completed', event_id: '30-0', job_id: 'j1' });
    expect(seen[seen.length - 1]).toBe('conn:closed');
    expect(FakeSocket.all[0]!.readyState).toBe(3);
    w.stop();
  });
});
