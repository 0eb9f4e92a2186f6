import type { Change, ComparisonResult } from '@policydiff/contracts';
import { changeTitle } from '../lib/change-title';
import { changeRules, changeWhy } from '../lib/direction-reason';
import { sortChanges } from '../review/change-filters';
import { toCsv, type Cell } from './csv';

export const CHANGES_CSV_HEADER = [
  'rank',
  'change_id',
  'title',
  'status',
  'clause_type',
  'direction',
  'materiality',
  'materiality_score',
  'confidence',
  'why',
  'rule',
  'section_a',
  'heading_a',
  'pages_a',
  'section_b',
  'heading_b',
  'pages_b',
  'deltas',
  'text_a',
  'text_b',
] as const;

const pages = (r: Change['a']) => (r ? (r.page_start === r.page_end ? String(r.page_start) : `${r.page_start}-${r.page_end}`) : '');

export function changeRow(c: Change, rank: number): Cell[] {
  return [
    rank,
    c.id,
    changeTitle(c),
    c.status,
    c.clause_type,
    c.direction,
    c.materiality,
    c.materiality_score,
    c.confidence,
    changeWhy(c) ?? '',
    // The rule that decided the direction; the materiality caps after it are in the JSON.
    changeRules(c)[0] ?? '',
    c.a?.section ?? '',
    c.a?.heading ?? '',
    pages(c.a),
    c.b?.section ?? '',
    c.b?.heading ?? '',
    pages(c.b),
    c.deltas.map((d) => (d.from !== null || d.to !== null ? `${d.description} (${d.from ?? '—'} → ${d.to ?? '—'})` : d.description)).join('; '),
    c.a?.text ?? '',
    c.b?.text ?? '',
  ];
}

/** Every change except unchanged clauses, most material first: one row each. */
export function changesCsv(result: ComparisonResult): string {
  const rows = sortChanges(result.changes.filter((c) => c.status !== 'unchanged')).map((c, i) => changeRow(c, i + 1));
  return toCsv(CHANGES_CSV_HEADER, rows);
}
