import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePolicyPair, makeTestPdfPair, type PrivatePostgres } from '@policydiff/testkit';
import { getJob, json, startSystem, submit, waitFor, waitForStatus, watch, type System } from './harness.js';

/** The system suite, run once per store dialect (system.test.ts, system-postgres.test.ts). */
export function systemSuite(dialect: 'sqlite' | 'postgres', postgres: PrivatePostgres | { skip: string } | null = null): void {
let sys: System;
const skipReason = postgres && 'skip' in postgres ? postgres.skip : '';
if (skipReason) console.warn(`skipping the ${dialect} system suite: ${skipReason}`);
const pair = async (seed: number) => {
  const p = await makeTestPdfPair(seed);
  return { a: { bytes: p.a.pdf, name: `expiring-${seed}.pdf` }, b: { bytes: p.b.pdf, name: `renewal-${seed}.pdf` } };
};

beforeAll(async () => {
  if (skipReason) return;
  const env: Record<string, string> = {};
  if (postgres && 'url' in postgres) env.DATABASE_URL = postgres.url;
  sys = await startSystem({ scale: { 'stage-layout': 2 }, env });
});
afterAll(async () => {
  await sys?.stop();
  if (postgres && 'stop' in postgres) await postgres.stop();
});

const ts = (s: string | null) => (s ? Date.parse(s) : NaN);

describe.skipIf(!!skipReason)(`the running system (${dialect} store)`, () => {
  it('takes a job QUEUED → RUNNING → COMPLETED through all 11 segments in order, live over the WebSocket', async () => {
    const { a, b } = await pair(101);
    const sub = await submit(sys.baseUrl, a, b);
    expect(sub.status).toBe(202);
    expect(sub.body.status).toBe('QUEUED');
    expect(sub.body.job_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sub.body.stream_id).toMatch(/^\d+-\d+$/);

    const w = watch(sys.wsUrl, sub.body.job_id);
    await w.opened;
    const done = await w.until((m) => m.type === 'completed');
    expect(done.status).toBe('COMPLETED');
    expect(w.messages[0].type).toBe('snapshot');
    expect(w.messages[0].job.job_id).toBe(sub.body.job_id);
    w.close();

    const seen = new Set(w.messages.map((m) => m.status ?? m.job?.status));
    expect(seen.has('RUNNING')).toBe(true);

    const job = await getJob(sys.baseUrl, sub.body.job_id);
    expect(job.status).toBe('COMPLETED');
    expect(job.total_segments).toBe(11);
    expect(job.progress_pct).toBe(100);
    expect(job.segments).toHaveLength(11);
    for (const s of job.segments) {
      expect(s.status, `segment ${s.segment}`).toBe('completed');
      expect(s.duration_ms).toBeGreaterThanOrEqual(0);
    }
    const seg = (n: number) => job.segments[n - 1];
    expect(seg(1).name).toBe('Document A: Layout Analysis');
    expect(seg(8).name).toBe('Document B: Clause DNA Extraction');
    expect(seg(9).name).toBe('Semantic Alignment');
    for (const [from, to] of [[1, 2], [2, 3], [3, 4], [5, 6], [6, 7], [7, 8], [9, 10], [10, 11]]) {
      expect(ts(seg(to).started_at)).toBeGreaterThanOrEqual(ts(seg(from).completed_at));
    }
    expect(ts(seg(9).started_at)).toBeGreaterThanOrEqual(Math.max(ts(seg(4).completed_at), ts(seg(8).completed_at)));

    // Each segment's completion was announced once, in branch order.
    const completions = w.events().filter((e) => e.type === 'progress' && e.segment_status === 'completed').map((e) => e.segment);
    expect([...completions].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const order = (n: number) => completions.indexOf(n);
    expect(order(1) < order(2) && order(2) < order(3) && order(3) < order(4)).toBe(true);
    expect(order(5) < order(6) && order(6) < order(7) && order(7) < order(8)).toBe(true);
    expect(order(9)).toBeGreaterThan(Math.max(order(4), order(8)));
    const ids = w.events().map((e) => e.event_id);
    expect(new Set(ids).size).toBe(ids.length);

    const res = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/result`);
    expect(res.status).toBe(200);
    const result = await json(res);
    expect(result.job_id).toBe(sub.body.job_id);
    expect(result.documents.a.file_name).toBe('expiring-101.pdf');
    expect(result.documents.a.page_count).toBeGreaterThan(1);
    expect(result.summary.headline.length).toBeGreaterThan(10);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.changes.some((c: any) => c.status !== 'unchanged')).toBe(true);

    const list = await json(await fetch(`${sys.baseUrl}/jobs?status=COMPLETED`));
    expect(list.jobs.map((j: any) => j.job_id)).toContain(sub.body.job_id);
    expect(list.total).toBeGreaterThanOrEqual(1);
    const bad = await fetch(`${sys.baseUrl}/jobs?status=DONE`);
    expect(bad.status).toBe(400);
    expect((await json(bad)).detail).toContain('unknown status');
  });

  it('gives a client that connects mid-job the snapshot and every later event, and a reconnect with `after` exactly what it missed', async () => {
    const { a, b } = await pair(202);
    const sub = await submit(sys.baseUrl, a, b);
    const full = watch(sys.wsUrl, sub.body.job_id);
    await full.opened;
    // Connect a second client once the job is under way.
    await full.until((m) => m.type === 'progress' && m.segment_status === 'completed');
    const mid = watch(sys.wsUrl, sub.body.job_id);
    await mid.opened;
    await mid.until((m) => m.type === 'snapshot');
    const firstMid = await mid.until((m) => m.type !== 'snapshot');
    mid.close();
    const resumeFrom = firstMid.event_id;
    await full.until((m) => m.type === 'completed');
    const later = watch(sys.wsUrl, sub.body.job_id, resumeFrom);
    await later.opened;
    await later.until((m) => m.type === 'completed');
    full.close();
    later.close();

    const fullIds = full.events().map((e) => e.event_id);
    const snapshotOfMid = mid.messages[0];
    expect(snapshotOfMid.type).toBe('snapshot');
    // Every event after the mid client's snapshot reached it, in order, without gaps.
    const midIds = mid.events().map((e) => e.event_id);
    const startIdx = fullIds.indexOf(midIds[0]);
    expect(startIdx).toBeGreaterThan(0);
    expect(midIds).toEqual(fullIds.slice(startIdx, startIdx + midIds.length));
    // The resumed client got exactly the events after `after`: none missed, none twice.
    const laterIds = later.events().map((e) => e.event_id);
    expect(laterIds).toEqual(fullIds.slice(fullIds.indexOf(resumeFrom) + 1));
  });

  it('answers a repeated pair from cache: segments 1–8 cached, and faster', async () => {
    const { a, b } = await pair(303);
    const first = await submit(sys.baseUrl, a, b);
    const j1 = await waitForStatus(sys.baseUrl, first.body.job_id, ['COMPLETED']);
    const second = await submit(sys.baseUrl, a, b);
    const j2 = await waitForStatus(sys.baseUrl, second.body.job_id, ['COMPLETED']);
    for (const s of j2.segments.slice(0, 8)) expect(s.cached, `segment ${s.segment}`).toBe(true);
    for (const s of j1.segments) expect(s.cached, `first run segment ${s.segment}`).toBe(false);
    const wall = (j: any) => ts(j.completed_at) - ts(j.created_at);
    expect(wall(j2)).toBeLessThan(wall(j1));
    const r1 = await json(await fetch(`${sys.baseUrl}/jobs/${j1.job_id}/result`));
    const r2 = await json(await fetch(`${sys.baseUrl}/jobs/${j2.job_id}/result`));
    expect(r2.changes).toEqual(r1.changes);
    console.log(`[figures] first run ${wall(j1)} ms, cached repeat ${wall(j2)} ms`);
  });

  it('cancels a running job: status CANCELLED, and no later segment starts', async () => {
    const { a, b } = await pair(404);
    const sub = await submit(sys.baseUrl, a, b);
    const w = watch(sys.wsUrl, sub.body.job_id);
    await w.opened;
    await w.until((m) => m.type === 'progress');
    const res = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/cancel`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await json(res)).status).toBe('CANCELLED');
    await w.until((m) => m.type === 'cancelled');
    const atCancel = await getJob(sys.baseUrl, sub.body.job_id);
    const startedAtCancel = atCancel.segments.filter((s: any) => s.started_at).map((s: any) => s.segment);
    await new Promise((r) => setTimeout(r, 2500));
    const after = await getJob(sys.baseUrl, sub.body.job_id);
    expect(after.status).toBe('CANCELLED');
    const startedAfter = after.segments.filter((s: any) => s.started_at).map((s: any) => s.segment);
    expect(startedAfter).toEqual(startedAtCancel);
    expect(after.segments[10].status).toBe('pending');
    const cancelIdx = w.messages.findIndex((m) => m.type === 'cancelled');
    expect(w.messages.slice(cancelIdx + 1)).toEqual([]);
    w.close();
    // Cancelling a finished job changes nothing.
    const again = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/cancel`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect((await json(again)).detail).toContain('already CANCELLED');
    const result = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/result`);
    expect(result.status).toBe(409);
  });

  it('splits stage-layout work across two instances of the same group', async () => {
    const pairs = await Promise.all([11, 12, 13, 14].map((s) => pair(500 + s)));
    const subs = await Promise.all(pairs.map((p) => submit(sys.baseUrl, p.a, p.b)));
    const jobs = await Promise.all(subs.map((s) => waitForStatus(sys.baseUrl, s.body.job_id, ['COMPLETED'])));
    const layoutConsumers = new Set(jobs.flatMap((j) => [j.segments[0].consumer, j.segments[4].consumer]));
    expect(layoutConsumers.size).toBe(2);
    const consumers = (await sys.client.xinfo('CONSUMERS', '{policydiff}:stage:layout', 'layout')) as any[];
    const names = consumers.map((c) => c[1]);
    expect(names).toHaveLength(2);
    for (const n of layoutConsumers) expect(names).toContain(n);
    const groups = (await sys.client.xinfo('GROUPS', '{policydiff}:stage:layout')) as any[];
    expect(groups.length).toBe(1);
  });

  it('refuses a non-PDF with a clear 4xx and keeps serving other jobs', async () => {
    const exe = { bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), name: 'setup.exe' };
    const { a, b } = await pair(606);
    const r = await submit(sys.baseUrl, { ...exe, name: 'policy.pdf' }, b);
    expect(r.status).toBe(415);
    expect(r.body.title).toBe('Not a PDF');
    expect(r.body.detail).toBe('file_a (policy.pdf) is not a PDF: it is a Windows executable (starts with "MZ")');
    const missing = await fetch(`${sys.baseUrl}/jobs/compare`, { method: 'POST', body: (() => { const f = new FormData(); f.set('file_a', new Blob([a.bytes]), 'a.pdf'); return f; })() });
    expect(missing.status).toBe(400);
    expect((await json(missing)).detail).toContain('missing field "file_b"');
    const ok = await submit(sys.baseUrl, a, b);
    expect(ok.status).toBe(202);
    await waitForStatus(sys.baseUrl, ok.body.job_id, ['COMPLETED']);
    const unknown = await fetch(`${sys.baseUrl}/jobs/00000000-0000-0000-0000-000000000000`);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).type).toContain('not-found');
    const ws = watch(sys.wsUrl, '00000000-0000-0000-0000-000000000000');
    const closed = await ws.closed;
    expect(closed.code).toBe(4404);
    expect(closed.reason).toContain('unknown job');
    for (const s of sys.services) expect(s.proc.exitCode, `${s.label} still running`).toBeNull();
  });

  it('compares one base with several alternatives as a batch, analysing the base once, and ranks them', async () => {
    const pairs = await Promise.all([801, 802, 803].map((s) => pair(s)));
    const base = pairs[0]!.a;
    const form = new FormData();
    form.set('base', new Blob([base.bytes], { type: 'application/pdf' }), 'base.pdf');
    pairs.forEach((p, i) => form.append('alternatives', new Blob([p.b.bytes], { type: 'application/pdf' }), `alt-${i}.pdf`));
    const res = await fetch(`${sys.baseUrl}/jobs/compare-batch`, { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const accepted = await json(res);
    expect(accepted.jobs.map((j: any) => j.file_name)).toEqual(['alt-0.pdf', 'alt-1.pdf', 'alt-2.pdf']);
    const jobs = await Promise.all(accepted.jobs.map((j: any) => waitForStatus(sys.baseUrl, j.job_id, ['COMPLETED'])));
    // The base (document A of every job) was analysed once; the other jobs reused it.
    expect(jobs.filter((j) => !j.segments[0].cached)).toHaveLength(1);
    const batch = await json(await fetch(`${sys.baseUrl}/batches/${accepted.batch_id}`));
    expect(batch.status).toBe('COMPLETED');
    expect(batch.base_file_name).toBe('base.pdf');
    expect(batch.alternatives.map((a: any) => a.rank)).toEqual([1, 2, 3]);
    const scores = batch.alternatives.map((a: any) => a.net_cover_score);
    expect([...scores].sort((x: number, y: number) => y - x)).toEqual(scores);
    for (const a of batch.alternatives) expect(a.headline).toEqual(expect.any(String));
    expect((await fetch(`${sys.baseUrl}/batches/nope`)).status).toBe(404);
    const empty = new FormData();
    empty.set('base', new Blob([base.bytes]), 'base.pdf');
    const none = await fetch(`${sys.baseUrl}/jobs/compare-batch`, { method: 'POST', body: empty });
    expect(none.status).toBe(400);
    expect((await json(none)).detail).toBe('send at least one "alternatives" PDF to compare with the base');
  });

  it('runs a high-priority job ahead of a backlog of normal jobs', async () => {
    // Its own system with one slot of normal work per stage, so normal jobs really queue; the high
    // lane has a slot of its own in every stage. On a shared system with spare slots there is no
    // backlog to jump, and the test would measure nothing.
    const env: Record<string, string> = { STAGE_CONCURRENCY: '1' };
    if (postgres && 'url' in postgres) env.DATABASE_URL = postgres.url;
    const own = await startSystem({ env });
    try {
      const normal = await Promise.all(
        [901, 902, 903, 904, 905, 906].map(async (seed) => {
          const p = await generatePolicyPair({ seed, pages: 50, edits: 3 });
          return { a: { bytes: p.a.pdf, name: `n${seed}-a.pdf` }, b: { bytes: p.b.pdf, name: `n${seed}-b.pdf` } };
        }),
      );
      const urgent = await pair(907);
      const normalSubs = [];
      for (const p of normal) normalSubs.push(await submit(own.baseUrl, p.a, p.b));
      const high = await submit(own.baseUrl, urgent.a, urgent.b, { priority: 'high' });
      expect(high.status).toBe(202);
      const highJob = await waitForStatus(own.baseUrl, high.body.job_id, ['COMPLETED']);
      const normalJobs = await Promise.all(normalSubs.map((s) => waitForStatus(own.baseUrl, s.body.job_id, ['COMPLETED'])));
      const finishedAfterHigh = normalJobs.filter((j) => ts(j.completed_at) > ts(highJob.completed_at)).length;
      console.log(`[figures] high-priority job finished ahead of ${finishedAfterHigh} of ${normalJobs.length} earlier normal jobs`);
      expect(finishedAfterHigh).toBeGreaterThanOrEqual(3);
      const bad = await submit(own.baseUrl, urgent.a, urgent.b, { priority: 'urgent' });
      expect(bad.status).toBe(400);
      expect(bad.body.detail).toBe('priority must be "high" or "normal" (got "urgent")');
    } finally {
      await own.stop();
    }
  });

  it('deletes a finished job with its result', async () => {
    const { a, b } = await pair(707);
    const sub = await submit(sys.baseUrl, a, b);
    await waitForStatus(sys.baseUrl, sub.body.job_id, ['COMPLETED']);
    const del = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}`)).status).toBe(404);
    expect((await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/result`)).status).toBe(404);
  });
});

}

export { waitFor };
