import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { apiClient, SERVER_OPTIONS } from '../server-options.js';
import { renderTable } from '../text-table.js';

export interface DeadLetterRow {
  id: string;
  job_id: string | null;
  stream: string;
  reason: string;
  error: string;
  segment: number | null;
  deliveries: number | null;
  dead_at: string;
}

export function renderDeadLetters(entries: DeadLetterRow[], total: number, width = 120): string {
  const table = renderTable(
    [
      { header: 'id' },
      { header: 'dead at (UTC)' },
      { header: 'job' },
      { header: 'seg', align: 'right' },
      { header: 'tries', align: 'right' },
      { header: 'reason / error', flexible: true, minWidth: 24 },
    ],
    entries.map((e) => [
      e.id,
      e.dead_at.replace('T', ' ').slice(0, 19),
      e.job_id ?? '—',
      e.segment === null ? '' : String(e.segment),
      e.deliveries === null ? '' : String(e.deliveries),
      [e.reason, e.error].filter(Boolean).join(': '),
    ]),
    width,
  );
  return `${table}\n${entries.length} of ${total} dead letters`;
}

/** `policydiff dlq list|replay ID`, through the gateway's admin API. */
export async function dlqCommand(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: { ...SERVER_OPTIONS, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [sub, id, ...rest] = positionals;
  const api = apiClient(io, v);
  if (sub === 'list' && !id) {
    const { body } = await api.get<{ entries: DeadLetterRow[]; total: number }>(`/admin/dlq${v.limit ? `?limit=${encodeURIComponent(v.limit)}` : ''}`);
    io.out(v.json ? `${JSON.stringify(body, null, 2)}\n` : `${renderDeadLetters(body.entries, body.total, io.columns)}\n`);
    return EXIT.ok;
  }
  if (sub === 'replay' && id && !rest.length) {
    const body = await api.post<{ id: string; status: string }>(`/admin/dlq/${encodeURIComponent(id)}/replay`);
    io.out(`dead letter ${body.id} ${body.status}\n`);
    return EXIT.ok;
  }
  throw new UsageError('use: policydiff dlq list, or policydiff dlq replay ID');
}
