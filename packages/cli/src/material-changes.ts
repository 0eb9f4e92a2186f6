import type { Change, ClauseRef, ComparisonResult, KeyFigure } from '@policydiff/contracts';

/**
 * What a reader needs first: changes that are not `unchanged`, high and medium materiality,
 * most material first. When nothing reaches medium, the few largest low ones, so the table is never
 * empty for a pair that does differ.
 */
export function materialChanges(result: ComparisonResult, lowFallback = 5): Change[] {
  const moved = result.changes.filter((c) => c.status !== 'unchanged');
  const byScore = (a: Change, b: Change) => b.materiality_score - a.materiality_score;
  const material = moved.filter((c) => c.materiality !== 'low').sort(byScore);
  return material.length ? material : moved.sort(byScore).slice(0, lowFallback);
}

/** `4.2 Flood (p. 7)` — where a clause is, as a citation. */
export function cite(ref: ClauseRef | null): string {
  if (!ref) return '—';
  const where = [ref.section, ref.heading].filter(Boolean).join(' ') || ref.clause_id;
  const pages = ref.page_start === ref.page_end ? `p. ${ref.page_start}` : `pp. ${ref.page_start}–${ref.page_end}`;
  return `${where} (${pages})`;
}

/** The clause a change is about, named once: B's citation, or A's for a removed clause. */
export function changeClause(c: Change): string {
  if (c.status === 'removed' || !c.b) return cite(c.a);
  if (c.a && (c.a.page_start !== c.b.page_start || c.a.section !== c.b.section)) return `${cite(c.b)} ← ${cite(c.a)}`;
  return cite(c.b);
}

/** The deltas' own descriptions, or the change's kind when it carries none. */
export function changeWhat(c: Change): string {
  const described = c.deltas.map((d) => d.description).filter(Boolean);
  if (described.length) return [...new Set(described)].join('; ');
  return `${c.clause_type.replace(/_/g, ' ')} ${c.status}`;
}

/**
 * The change's one line on why it has its direction ("flood limit reduced £10,000 → £5,000 →
 * narrower"), or null for a result stored before changes carried one.
 */
export function changeWhy(c: Change): string | null {
  const why = (c as Partial<Change>).why;
  return typeof why === 'string' && why.trim() ? why.trim() : null;
}

export function formatFigure(v: KeyFigure['a']): string {
  return v ? v.text : '—';
}

export function formatFigureChange(f: KeyFigure): string {
  if (f.change_pct !== null && Number.isFinite(f.change_pct)) {
    const sign = f.change_pct > 0 ? '+' : '';
    return `${sign}${f.change_pct.toFixed(f.change_pct % 1 === 0 ? 0 : 1)}%`;
  }
  if (!f.a && f.b) return 'added';
  if (f.a && !f.b) return 'removed';
  return '';
}

/** Figures that moved, then the rest; a result may list many unchanged figures. */
export function keyFiguresToShow(result: ComparisonResult, max = 15): KeyFigure[] {
  const changed = result.key_figures.filter((f) => f.a?.value !== f.b?.value || !f.a || !f.b);
  return (changed.length ? changed : result.key_figures).slice(0, max);
}
