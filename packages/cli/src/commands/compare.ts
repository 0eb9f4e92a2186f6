import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import type { ComparisonResult } from '@policydiff/contracts';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { followJob } from '../follow-job.js';
import { describeEvent, type JobProgress } from '../job-progress.js';
import { renderProgressBar } from '../progress-bar.js';
import { resultFormat, writeResult } from '../result-output.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';
import { compareLocal } from './compare-local.js';

export const COMPARE_OPTIONS = {
  ...SERVER_OPTIONS,
  json: { type: 'boolean' },
  md: { type: 'boolean' },
  html: { type: 'string' },
  wait: { type: 'boolean' },
  'no-wait': { type: 'boolean' },
  local: { type: 'boolean' },
  priority: { type: 'string' },
} as const;

/** `policydiff compare A.pdf B.pdf`: upload, follow live, print the result. */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({ args, options: COMPARE_OPTIONS, allowPositionals: true });
  if (positionals.length !== 2) throw new UsageError(`compare needs two PDF files (got ${positionals.length})`);
  const [fileA, fileB] = positionals as [string, string];
  for (const f of [fileA, fileB]) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
  const format = resultFormat(v);
  if (v.wait && v['no-wait']) throw new UsageError('choose --wait or --no-wait');
  if (v.local) {
    if (v.server || v['no-wait'] || v.priority) throw new UsageError('--local runs in this process: --server, --no-wait and --priority do not apply');
    return compareLocal(fileA, fileB, format, io);
  }
  if (v.priority && v.priority !== 'high' && v.priority !== 'normal') throw new UsageError('--priority is high or normal');

  const api = apiClient(io, v);
  const accepted = await api.compare(fileA, fileB, v.priority ? { priority: v.priority } : {});
  if (v['no-wait']) {
    if (format.kind === 'json') io.out(`${JSON.stringify(accepted, null, 2)}\n`);
    else io.out(`${accepted.job_id}\n`);
    io.err(`queued job ${accepted.job_id}; follow it with: policydiff show ${accepted.job_id}\n`);
    return EXIT.ok;
  }
  io.err(`job ${accepted.job_id} queued\n`);
  const final = await followWithDisplay(api, accepted.job_id, io);
  if (final.status !== 'COMPLETED') {
    io.err(`job ${final.jobId} ${final.status}: ${final.errorMessage ?? 'no error message'}\n`);
    return EXIT.failed;
  }
  const { body } = await api.get<ComparisonResult>(`/jobs/${encodeURIComponent(final.jobId)}/result`);
  await writeResult(io, body, format);
  return EXIT.ok;
}

/** Follows a job, drawing the bar in place on a terminal and printing one line per event otherwise. */
export async function followWithDisplay(api: ReturnType<typeof apiClient>, jobId: string, io: CliIo): Promise<JobProgress> {
  const started = Date.now();
  let drawn = false;
  const draw = (p: JobProgress) => {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    io.err(`\r\x1b[2K${renderProgressBar(p, io.columns - secs.length - 4)}  ${secs}s`);
    drawn = true;
  };
  // Redraw once a second even without events, so the elapsed time moves.
  let last: JobProgress | null = null;
  const ticker = io.errIsTty ? setInterval(() => last && draw(last), 1000) : null;
  try {
    const final = await followJob(api, jobId, {
      onUpdate: (p, msg) => {
        last = p;
        if (io.errIsTty) draw(p);
        else if (msg.type !== 'snapshot') io.err(`${describeEvent(msg)}\n`);
        else io.err(`${p.status.toLowerCase()} ${Math.round(p.progressPct)}% (snapshot)\n`);
      },
      onReconnect: (n, after) => {
        if (drawn) io.err('\n');
        drawn = false;
        io.err(`connection lost; reconnecting (attempt ${n}${after ? `, after ${after}` : ''})\n`);
      },
    });
    if (io.errIsTty) {
      draw(final);
      io.err('\n');
    }
    return final;
  } finally {
    if (ticker) clearInterval(ticker);
  }
}
