/**
 * What every fault scenario measures: for a set of jobs, how many were lost (did not reach the
 * status they should, or left work behind in a stream) and how many progress events were
 * duplicated (the same segment transition announced twice in a job's event log).
 */
import { makeTestPdfPair } from '@policydiff/testkit';
import type { RunningService, System } from '../src/harness.js';
import { getJob } from '../src/harness.js';

export interface Audit {
  jobs: number;
  lost: number;
  duplicated: number;
  events: number;
}

/** What the audit reads: the gateway's API and the system's Redis (a harness System, or any other). */
export type Observed = Pick<System, 'baseUrl' | 'client'>;

export const STAGE_STREAMS = ['layout', 'definitions', 'classification', 'dna', 'alignment', 'delta', 'narrative', 'delivery'].map((s) => `{policydiff}:stage:${s}`);

export async function jobEvents(sys: Observed, jobId: string): Promise<{ id: string; event: Record<string, any> }[]> {
  const rows = (await sys.client.xrange(`{policydiff}:job:${jobId}:events`, '-', '+')) as [string, string[]][];
  return rows.map(([id, f]) => ({ id, event: JSON.parse(f[f.indexOf('event') + 1]!) }));
}

/** Job ids with an entry still in a stage stream (work not handed off). */
export async function jobsInStreams(sys: Observed): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const s of STAGE_STREAMS) {
    for (const [, f] of (await sys.client.xrange(s, '-', '+')) as [string, string[]][]) {
      try {
        ids.add(JSON.parse(f[f.indexOf('event') + 1]!).jobId);
      } catch {
        /* not a work entry */
      }
    }
  }
  return ids;
}

export async function audit(sys: Observed, jobIds: string[], expected: string[] = ['COMPLETED']): Promise<Audit> {
  let lost = 0;
  let duplicated = 0;
  let events = 0;
  const leftover = await jobsInStreams(sys);
  for (const id of jobIds) {
    const job = await getJob(sys.baseUrl, id);
    if (!expected.includes(job.status) || leftover.has(id)) lost++;
    const evs = await jobEvents(sys, id);
    events += evs.length;
    const keys = evs.map(({ event: e }) => `${e.type}:${e.segment}:${e.segment_status}`);
    duplicated += keys.length - new Set(keys).size;
    if (job.status === 'COMPLETED' && keys.filter((k) => k.startsWith('completed:')).length !== 1) lost++;
  }
  return { jobs: jobIds.length, lost, duplicated, events };
}

export function figures(scenario: string, values: Record<string, string | number>): void {
  const line = Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`[figures] ${scenario}: ${line}`);
}

export async function pdfPair(seed: number) {
  const p = await makeTestPdfPair(seed);
  return { a: { bytes: p.a.pdf, name: `expiring-${seed}.pdf` }, b: { bytes: p.b.pdf, name: `renewal-${seed}.pdf` } };
}

/** The running process whose consumer name is `consumer` (names are `<label>-<random>`). */
export function serviceByConsumer(sys: System, consumer: string): RunningService {
  const svc = sys.services.find((s) => s.proc.exitCode === null && !s.proc.signalCode && consumer.startsWith(`${s.label}-`));
  if (!svc) throw new Error(`no running service for consumer ${consumer}`);
  return svc;
}

export const exited = (svc: RunningService) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => {
    if (svc.proc.exitCode !== null || svc.proc.signalCode) return r({ code: svc.proc.exitCode, signal: svc.proc.signalCode });
    svc.proc.once('exit', (code, signal) => r({ code, signal }));
  });

export const alive = (sys: System) => sys.services.filter((s) => s.proc.exitCode === null && !s.proc.signalCode);
