import { renderTable } from './text-table.js';
import type { StreamsReport } from './stream-stats.js';

/** 950 ms → `950ms`, 75 s → `1m15s`, 2 h → `2h00m`: idle times at a glance. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${(ms / 1000).toFixed(s < 10 ? 1 : 0)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}

/** The `policydiff streams` view: one row per stage, its consumers listed under it. */
export function renderStreamsReport(r: StreamsReport, width = 120): string {
  const rows = r.streams.map((s) => [
    s.stage,
    String(s.length),
    s.groupExists ? (s.lag === null ? '?' : String(s.lag)) : 'no group',
    String(s.pending),
    formatDuration(s.oldestPendingAgeMs),
    String(s.retryWaiting),
    s.consumers.length
      ? s.consumers.map((c) => `${c.name} (${c.pending} pending, idle ${formatDuration(c.idleMs)})`).join('\n')
      : '—',
  ]);
  const table = renderTable(
    [
      { header: 'stage' },
      { header: 'length', align: 'right' },
      { header: 'lag', align: 'right' },
      { header: 'pending', align: 'right' },
      { header: 'oldest pending', align: 'right' },
      { header: 'retrying', align: 'right' },
      { header: 'consumers (idle)', flexible: true, minWidth: 20 },
    ],
    rows,
    width,
  );
  return `${table}\n\ndead letters: ${r.deadLetters}    (at ${r.at})`;
}
