import { parseArgs } from 'node:util';
import type { ComparisonResult, JobStatusBody } from '@policydiff/contracts';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { resultFormat, writeResult } from '../result-output.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';
import { renderTable } from '../text-table.js';

/** A job's status and its 11 segments: timing, cache, attempts and the consumer that ran each. */
export function renderJobStatus(j: JobStatusBody, width = 120): string {
  const head = [
    `job ${j.job_id}  ${j.status}  ${Math.round(j.progress_pct)}%`,
    `${j.file_name_a} → ${j.file_name_b}`,
    `created ${j.created_at}${j.completed_at ? `, finished ${j.completed_at}` : ''}`,
    ...(j.error_message ? [`error: ${j.error_message}`] : []),
  ];
  const table = renderTable(
    [
      { header: '#', align: 'right' },
      { header: 'segment', flexible: true, minWidth: 20 },
      { header: 'status' },
      { header: 'ms', align: 'right' },
      { header: 'cached' },
      { header: 'attempts', align: 'right' },
      { header: 'consumer', flexible: true, minWidth: 12 },
    ],
    j.segments.map((s) => [
      String(s.segment),
      s.name,
      s.status,
      s.duration_ms === null ? '' : String(Math.round(s.duration_ms)),
      s.cached ? 'yes' : '',
      String(s.attempts),
      s.consumer ?? '',
    ]),
    width,
  );
  return `${head.join('\n')}\n\n${table}`;
}

export async function showCommand(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: { ...SERVER_OPTIONS, json: { type: 'boolean' }, md: { type: 'boolean' }, html: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('show needs one job id');
  const format = resultFormat(v);
  const api = apiClient(io, v);
  const id = encodeURIComponent(positionals[0]!);
  const { body: job } = await api.get<JobStatusBody>(`/jobs/${id}`);
  const result = job.status === 'COMPLETED' ? (await api.get<ComparisonResult>(`/jobs/${id}/result`)).body : null;
  if (format.kind === 'json') {
    io.out(`${JSON.stringify({ job, result }, null, 2)}\n`);
    return job.status === 'FAILED' || job.status === 'CANCELLED' ? EXIT.failed : EXIT.ok;
  }
  if (format.kind === 'text' || !result) io.err(`${renderJobStatus(job, io.columns)}\n\n`);
  if (result) await writeResult(io, result, format);
  else if (format.kind !== 'text') io.err(`job is ${job.status}: no result to render\n`);
  return job.status === 'FAILED' || job.status === 'CANCELLED' ? EXIT.failed : EXIT.ok;
}
