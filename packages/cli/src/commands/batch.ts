import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_BATCH_ALTERNATIVES, type BatchBody } from '@policydiff/contracts';
import type { ApiClient } from '../api-client.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';
import { renderTable } from '../text-table.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Net cover with a sign: +3, −1.5, ±0. */
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Number.isInteger(Math.abs(n)) ? Math.abs(n) : Math.abs(n).toFixed(1)}`;

/** The batch ranked against its base: one row per alternative, most cover added first. */
export function renderBatchTable(b: BatchBody, width = 120): string {
  const done = (s: string) => s === 'COMPLETED';
  const rows = b.alternatives.map((a) => [
    a.rank === null ? '—' : String(a.rank),
    a.file_name,
    done(a.status) ? 'done' : a.status === 'RUNNING' || a.status === 'QUEUED' ? `${Math.round(a.progress_pct)}%` : a.status.toLowerCase(),
    done(a.status) ? String(a.broader) : '',
    done(a.status) ? String(a.narrower) : '',
    done(a.status) ? signed(a.net_cover_score) : '',
    a.error_message ?? a.headline ?? '',
  ]);
  const table = renderTable(
    [
      { header: 'rank', align: 'right' },
      { header: 'alternative', flexible: true, minWidth: 16 },
      { header: 'status' },
      { header: 'broader', align: 'right' },
      { header: 'narrower', align: 'right' },
      { header: 'net cover', align: 'right' },
      { header: 'headline', flexible: true, minWidth: 24 },
    ],
    rows,
    width,
  );
  return `batch ${b.batch_id}  ${b.status}\nbase ${b.base_file_name}\n\n${table}`;
}

/** One line of progress: "2 of 3 done, 1 failed". */
export function batchLine(b: BatchBody): string {
  const done = b.alternatives.filter((a) => a.status === 'COMPLETED').length;
  const failed = b.alternatives.filter((a) => a.status === 'FAILED' || a.status === 'CANCELLED').length;
  return `${done} of ${b.alternatives.length} done${failed ? `, ${failed} failed` : ''}`;
}

async function submitBatch(api: ApiClient, base: string, alternatives: string[], priority?: string): Promise<{ batch_id: string }> {
  const form = new FormData();
  form.set('base', new Blob([await readFile(base)], { type: 'application/pdf' }), basename(base));
  for (const alt of alternatives) form.append('alternatives', new Blob([await readFile(alt)], { type: 'application/pdf' }), basename(alt));
  if (priority) form.set('priority', priority);
  return api.post('/jobs/compare-batch', form);
}

/**
 * `policydiff batch BASE.pdf ALT1.pdf …`: the broker's market comparison. Uploads the base and the
 * alternatives, polls the batch until every job has finished, then prints the ranked table.
 * Exits 1 when any alternative failed (the table still shows the others).
 */
export async function batchCommand(args: string[], io: CliIo, pollMs = 1000): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: { ...SERVER_OPTIONS, json: { type: 'boolean' }, priority: { type: 'string' }, timeout: { type: 'string' } },
    allowPositionals: true,
  });
  const [base, ...alternatives] = positionals;
  if (!base || !alternatives.length) throw new UsageError('batch needs a base PDF and at least one alternative: policydiff batch BASE.pdf ALT1.pdf …');
  if (alternatives.length > MAX_BATCH_ALTERNATIVES) throw new UsageError(`a batch holds at most ${MAX_BATCH_ALTERNATIVES} alternatives (got ${alternatives.length})`);
  if (v.priority && v.priority !== 'high' && v.priority !== 'normal') throw new UsageError('--priority is high or normal');
  const timeoutS = Number(v.timeout ?? 1800);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new UsageError('--timeout is a number of seconds');
  const api = apiClient(io, v);
  const { batch_id } = await submitBatch(api, base, alternatives, v.priority);
  io.err(`batch ${batch_id}: ${alternatives.length} ${alternatives.length === 1 ? 'alternative' : 'alternatives'} against ${basename(base)}\n`);
  const deadline = Date.now() + timeoutS * 1000;
  let last = '';
  let body: BatchBody;
  for (;;) {
    body = (await api.get<BatchBody>(`/batches/${encodeURIComponent(batch_id)}`)).body;
    const line = batchLine(body);
    if (line !== last) io.err(`${line}\n`);
    last = line;
    if (body.status === 'COMPLETED') break;
    if (Date.now() > deadline) {
      io.err(`policydiff batch: still running after ${timeoutS} s (see GET /batches/${batch_id})\n`);
      io.out(v.json ? `${JSON.stringify(body, null, 2)}\n` : `${renderBatchTable(body, io.columns)}\n`);
      return EXIT.failed;
    }
    await sleep(pollMs);
  }
  io.out(v.json ? `${JSON.stringify(body, null, 2)}\n` : `${renderBatchTable(body, io.columns)}\n`);
  return body.alternatives.some((a) => a.status !== 'COMPLETED') ? EXIT.failed : EXIT.ok;
}
