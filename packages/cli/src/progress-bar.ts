import type { JobProgress } from './job-progress.js';

/**
 * The live bar: one cell per segment, grouped as the pipeline runs them — document A (1–4),
 * document B (5–8), then the comparison (9–11) — so a user sees the two branches advance side by side.
 */
const CELL: Record<string, string> = {
  pending: '·',
  running: '▶',
  completed: '█',
  cached: '▓',
  failed: '✗',
  skipped: '-',
};

export function segmentCells(p: JobProgress): string[] {
  return p.segments.map((s) => (s.status === 'completed' && s.cached ? CELL.cached! : CELL[s.status] ?? '?'));
}

/** e.g. `A ████ B ██▶· ⇒ ··· │  55% │ 6 Document B: Definitions Extraction`, cut to `width`. */
export function renderProgressBar(p: JobProgress, width = 100): string {
  const c = segmentCells(p);
  const bar = `A ${c.slice(0, 4).join('')} B ${c.slice(4, 8).join('')} ⇒ ${c.slice(8).join('')}`;
  const pct = `${Math.round(p.progressPct).toString().padStart(3)}%`;
  const running = p.segments.filter((s) => s.status === 'running');
  const what =
    p.status === 'QUEUED'
      ? 'queued'
      : p.status === 'RUNNING'
        ? running.length
          ? running.map((s) => `${s.segment} ${s.name}`).join(', ')
          : 'waiting for a consumer'
        : p.status.toLowerCase();
  const line = `${bar} │ ${pct} │ ${what}`;
  return [...line].length > width ? `${[...line].slice(0, Math.max(0, width - 1)).join('')}…` : line;
}
