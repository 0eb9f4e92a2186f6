/**
 * Where a statement comes from, on each side: "§4.2, p. 12 → §4.3, p. 14". Every line of the
 * summary carries one, so a broker can check it against the wording.
 */
import type { ClauseRef } from '@policydiff/contracts';

export function pageLabel(start: number, end: number): string {
  return start === end ? `p. ${start}` : `pp. ${start}–${end}`;
}

/** "§4.2, p. 12", or the heading when the clause is unnumbered. */
export function citeClause(ref: ClauseRef): string {
  const where = ref.section ? `§${ref.section}` : ref.heading ? `“${shorten(ref.heading, 60)}”` : null;
  const page = pageLabel(ref.page_start, ref.page_end);
  return where ? `${where}, ${page}` : page;
}

export function citePair(a: ClauseRef | null, b: ClauseRef | null): string {
  const left = a ? citeClause(a) : 'not in A';
  const right = b ? citeClause(b) : 'not in B';
  return `${left} → ${right}`;
}

function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
