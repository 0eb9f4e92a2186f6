/** Markdown tables and figures as the benchmark prints them: the console and docs/benchmarks.md show the same text. */
import type { Ratio } from './score-generated.js';

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "0.973 (146/150)", or "n/a" when nothing was counted. */
export function formatRatio(r: Ratio): string {
  return r.rate === null ? 'n/a' : `${r.rate.toFixed(3)} (${r.hit}/${r.total})`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? 'n/a' : rate.toFixed(3);
}
