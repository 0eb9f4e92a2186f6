import { parseArgs } from 'node:util';
import type { JobStatusBody } from '@policydiff/contracts';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';

export async function cancelCommand(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({ args, options: SERVER_OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cancel needs one job id');
  const body = await apiClient(io, v).post<JobStatusBody>(`/jobs/${encodeURIComponent(positionals[0]!)}/cancel`);
  io.out(`job ${body.job_id} ${body.status} at ${Math.round(body.progress_pct)}%\n`);
  return EXIT.ok;
}
