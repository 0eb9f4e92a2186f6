import { parseArgs } from 'node:util';
import { JOB_STATUSES, type JobList, type JobStatus, type JobStatusBody } from '@policydiff/contracts';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';
import { renderTable } from '../text-table.js';

/** The jobs list as a table, newest first. */
export function renderJobsTable(list: JobList, width = 120): string {
  const rows = list.jobs.map((j: JobStatusBody) => [
    j.job_id,
    j.status,
    `${Math.round(j.progress_pct)}%`,
    j.created_at.replace('T', ' ').slice(0, 19),
    `${j.file_name_a} → ${j.file_name_b}`,
    j.error_message ?? '',
  ]);
  const table = renderTable(
    [
      { header: 'job' },
      { header: 'status' },
      { header: 'progress', align: 'right' },
      { header: 'created (UTC)' },
      { header: 'files', flexible: true, minWidth: 20 },
      { header: 'error', flexible: true, minWidth: 16 },
    ],
    rows,
    width,
  );
  return `${table}\n${list.jobs.length} of ${list.total} jobs`;
}

export async function jobsCommand(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: { ...SERVER_OPTIONS, status: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length) throw new UsageError(`jobs takes no arguments (got ${positionals.join(' ')})`);
  const status = v.status?.toUpperCase();
  if (status && !JOB_STATUSES.includes(status as JobStatus)) throw new UsageError(`--status is one of ${JOB_STATUSES.join(', ')}`);
  const q = new URLSearchParams();
  if (status) q.set('status', status);
  if (v.limit) q.set('limit', v.limit);
  const { body } = await apiClient(io, v).get<JobList>(`/jobs${q.size ? `?${q}` : ''}`);
  io.out(v.json ? `${JSON.stringify(body, null, 2)}\n` : `${renderJobsTable(body, io.columns)}\n`);
  return EXIT.ok;
}
