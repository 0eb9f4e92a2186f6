import type { BatchAlternative } from '@policydiff/contracts';

/** How an alternative reads against the base, for the table's cover column. */
export type CoverVerdict = 'adds' | 'removes' | 'level' | 'pending';

export function coverVerdict(a: BatchAlternative): CoverVerdict {
  if (a.status !== 'COMPLETED') return 'pending';
  if (a.net_cover_score > 0) return 'adds';
  if (a.net_cover_score < 0) return 'removes';
  return 'level';
}

export const VERDICT_TEXT: Record<CoverVerdict, string> = { adds: 'Adds cover', removes: 'Removes cover', level: 'Level', pending: '—' };

/** Net cover score with a sign, one decimal when it has one: +3, −1.5, ±0. */
export function formatNetScore(score: number): string {
  const sign = score > 0 ? '+' : score < 0 ? '−' : '±';
  const abs = Math.abs(score);
  return `${sign}${Number.isInteger(abs) ? abs : abs.toFixed(1)}`;
}

/** The rows in display order: ranked ones first by rank, then unranked (running, failed) by file name. */
export function displayOrder(alts: BatchAlternative[]): BatchAlternative[] {
  return [...alts].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.file_name.localeCompare(b.file_name);
  });
}

/** A one-line state of the whole batch: "2 of 3 done, 1 running". */
export function batchProgress(alts: BatchAlternative[]): string {
  const done = alts.filter((a) => a.status === 'COMPLETED').length;
  const failed = alts.filter((a) => a.status === 'FAILED' || a.status === 'CANCELLED').length;
  const waiting = alts.length - done - failed;
  const parts = [`${done} of ${alts.length} done`];
  if (waiting) parts.push(`${waiting} running`);
  if (failed) parts.push(`${failed} failed`);
  return parts.join(', ');
}
